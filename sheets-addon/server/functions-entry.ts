/**
 * The custom-functions bundle entry, kept apart from the rest of the server code: Sheets runs each
 * custom-function call as its own execution, so this bundle only holds the function registry and
 * its runner (no zod, no review, no renderer) and initializes in a fraction of the time.
 */
import { langFromLocale, type Lang } from '../../core/i18n';
import { sheetsCall as evaluateForSheets } from './functions';
import { makeDateToSerial } from './cells';

/** Custom functions: `SALES_NAME(a, b)` → `sheetsCall('NAME', [a, b])`. */
export function sheetsCall(name: string, args: unknown[]): unknown {
  return evaluateForSheets(
    name,
    args,
    () => makeDateToSerial(Utilities, SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()),
    functionLang(),
  );
}

/**
 * Error-message language of custom functions: the user's locale when Apps Script gives it to a
 * custom function, else the spreadsheet's locale (a read-only Spreadsheet call, which custom
 * functions may make), else English.
 */
function functionLang(): Lang {
  for (const locale of [
    () => Session.getActiveUserLocale(),
    () => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(),
  ]) {
    try {
      const tag = locale();
      if (tag) return langFromLocale(tag.replace('_', '-'));
    } catch {
      // not available to custom functions in this execution: try the next source
    }
  }
  return 'en';
}
