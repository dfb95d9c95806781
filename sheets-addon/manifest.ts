/** The Apps Script manifest (appsscript.json) of the add-on: V8, least-privilege scopes. */

/** Scopes: this spreadsheet only (no Drive, no other files) and the sidebar/menu/dialogs. */
export const OAUTH_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
] as const;

/**
 * The manifest object. The script time zone only affects logs: dates are read in the
 * spreadsheet's own zone.
 * @example manifest().runtimeVersion // 'V8'
 */
export function manifest(timeZone = 'Asia/Shanghai') {
  return {
    timeZone,
    runtimeVersion: 'V8',
    exceptionLogging: 'STACKDRIVER',
    oauthScopes: [...OAUTH_SCOPES],
    dependencies: {},
  };
}
