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

/** Error-message language of custom functions: the user's locale when Apps Script tells us. */
function functionLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale().replace('_', '-'));
  } catch {
    return 'en';
  }
}
