/**
 * The Apps Script services the server code uses, passed in explicitly so the host can run against
 * the real globals in Apps Script and against an in-memory fake in tests.
 */
export interface GasEnv {
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  charts: GoogleAppsScript.Charts.Charts;
  properties: GoogleAppsScript.Properties.PropertiesService;
  utilities: GoogleAppsScript.Utilities.Utilities;
  session: GoogleAppsScript.Base.Session;
  html: GoogleAppsScript.HTML.HtmlService;
  /** One document lock: the menu, the sidebar and other editors never write the review at once. */
  lock: GoogleAppsScript.Lock.LockService;
  /** Milliseconds clock (the time guard measures the execution with it). */
  now(): number;
}

/**
 * The real Apps Script globals. Called inside each entry point, never at top level.
 * @example gasEnv().app.getActiveSpreadsheet()
 */
export function gasEnv(): GasEnv {
  return {
    app: SpreadsheetApp,
    charts: Charts,
    properties: PropertiesService,
    utilities: Utilities,
    session: Session,
    html: HtmlService,
    lock: LockService,
    now: () => Date.now(),
  };
}

/** The developer-metadata key (and SheetDoc owner) marking tabs written by Sales Review. */
export const OWNER_KEY = 'sales-review';

/**
 * The marker's value: the tab key and the id of the sheet it was written on, so a user's copy of
 * a review tab (which may carry the copied marker) is the user's, never replaced on refresh.
 * @example ownerValue('overview', 1234) // 'overview#1234'
 */
export function ownerValue(key: string, sheetId: number): string {
  return `${key}#${sheetId}`;
}

/**
 * Whether a marker value belongs to the sheet it sits on (a value without an id is accepted).
 * @example ownsSheet('overview#1234', 1234) // true
 */
export function ownsSheet(value: string | null, sheetId: number): boolean {
  const hash = value === null ? -1 : value.lastIndexOf('#');
  return hash < 0 || value?.slice(hash + 1) === String(sheetId);
}
