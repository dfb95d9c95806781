/**
 * The two globals the Excel host talks to, injected so tests can pass fakes: `Excel.run` (the
 * batched object model) and the slice of `Office` used for settings, language and requirement sets.
 */

/** Runs a batch against the workbook (`Excel.run` in production). */
export type RunFn = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The document settings property bag (a subset of `Office.Settings`). */
export interface SettingsBag {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/** The slice of the `Office` global the host uses. */
export interface OfficeApi {
  context: {
    displayLanguage: string;
    document: { settings: SettingsBag };
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/**
 * The real globals, read lazily so importing this module outside Office does not throw.
 * @example const host = new ExcelHost(realEnv());
 */
export function realEnv(): { run: RunFn; office: OfficeApi } {
  return {
    run: (batch) => Excel.run(batch),
    office: Office as unknown as OfficeApi,
  };
}
