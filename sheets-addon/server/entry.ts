/**
 * The bundle entry: what the build exposes as the global `SalesReviewLib`. Each function builds
 * its environment when called — module load has no side effects, because Apps Script loads the
 * whole project on every custom-function call.
 */
import { gasEnv } from './env';
import { sheetsCall as evaluateForSheets } from './functions';
import { makeDateToSerial } from './cells';
import { callApi } from './api';
import { langFromLocale, type Lang } from '../../core/i18n';
import * as menu from './menu';

/** Custom functions: `SALES_NAME(a, b)` → `sheetsCall('NAME', [a, b])`. */
export function sheetsCall(name: string, args: unknown[]): unknown {
  return evaluateForSheets(
    name,
    args,
    () => makeDateToSerial(Utilities, SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()),
    functionLang(),
  );
}

/** Error-message language of custom functions: the user's locale when Apps Script tells us. */
function functionLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale().replace('_', '-'));
  } catch {
    return 'en';
  }
}

/** Sidebar server functions: `salesReviewApi_NAME(...)` → `api('NAME', [...])`. */
export function api(name: string, args: unknown[]): unknown {
  return callApi(gasEnv(), name, args);
}

export function onOpen(e?: GoogleAppsScript.Events.AppsScriptEvent): void {
  menu.onOpen(gasEnv(), e);
}

export function onInstall(e?: GoogleAppsScript.Events.AppsScriptEvent): void {
  menu.onOpen(gasEnv(), e);
}

export function generateReview(): void {
  const startedAt = Date.now();
  menu.generateReview(gasEnv(), startedAt);
}

export function openWizard(): void {
  menu.openWizard(gasEnv());
}

export function showHelp(): void {
  menu.showHelp(gasEnv());
}
