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
    now: () => Date.now(),
  };
}

/** The developer-metadata key (and SheetDoc owner) marking tabs written by Sales Review. */
export const OWNER_KEY = 'sales-review';
