/**
 * A typed promise bridge over google.script.run: `callServer('listSheets')` resolves with what the
 * server function returned. Only plain data crosses (google.script.run drops Dates, functions and
 * class instances), so arguments are checked to be plain before they are sent.
 */
import { API_PREFIX, type ApiName } from '../api-names';
import type { ServerApi } from '../server/api';

/** The part of google.script.run the bridge uses (structural, so tests can stub it). */
export interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

/** A server failure as the sidebar sees it. */
export class ServerError extends Error {
  constructor(
    readonly fn: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

/**
 * Throws when a value is not plain data (a Date, a function, a class instance, NaN…).
 * @example assertPlain({ a: [1, 'x', null] }) // ok
 */
export function assertPlain(v: unknown, path = 'value'): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new TypeError(`${path} is not a finite number`);
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => assertPlain(x, `${path}[${i}]`));
    return;
  }
  if (
    typeof v === 'object' &&
    (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)
  ) {
    for (const [k, x] of Object.entries(v)) if (x !== undefined) assertPlain(x, `${path}.${k}`);
    return;
  }
  throw new TypeError(`${path} cannot cross google.script.run (${Object.prototype.toString.call(v)})`);
}

function defaultRun(): ScriptRun {
  const g = globalThis as { google?: { script?: { run?: ScriptRun } } };
  const run = g.google?.script?.run;
  if (!run) throw new Error('google.script.run is not available (not running in a Sheets sidebar)');
  return run;
}

/** A bridge: one typed call per server function. */
export type Bridge = <K extends ApiName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
) => Promise<ReturnType<ServerApi[K]>>;

/**
 * Creates the bridge over `run` (default: the page's google.script.run).
 * @example const call = createBridge(); await call('readBlock', 'Sales', 1, 500, 9)
 */
export function createBridge(run: () => ScriptRun = defaultRun): Bridge {
  return <K extends ApiName>(name: K, ...args: Parameters<ServerApi[K]>) =>
    new Promise<ReturnType<ServerApi[K]>>((resolve, reject) => {
      args.forEach((a, i) => assertPlain(a, `${name} argument ${i + 1}`));
      const fn = API_PREFIX + name;
      const runner = run()
        .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
        .withFailureHandler((error) =>
          reject(new ServerError(fn, error instanceof Error ? error.message : String(error))),
        );
      const target = runner[fn];
      if (typeof target !== 'function') {
        reject(new ServerError(fn, `Server function ${fn} is not deployed`));
        return;
      }
      (target as (...a: unknown[]) => void).apply(runner, args);
    });
}
