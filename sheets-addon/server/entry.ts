/**
 * The server bundle entry (menu, one-click review, sidebar API). Each function builds its
 * environment when called — module load has no side effects, because Apps Script loads the whole
 * project on every execution. Custom functions have their own, smaller entry (functions-entry.ts).
 */
import { gasEnv } from './env';
import { callApi } from './api';
import * as menu from './menu';

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

export function generateReview(): Promise<void> {
  const startedAt = Date.now();
  return menu.generateReview(gasEnv(), startedAt);
}

export function openWizard(): void {
  menu.openWizard(gasEnv());
}

export function showHelp(): void {
  menu.showHelp(gasEnv());
}
