/**
 * A stub google.script.run that dispatches to the server API over a fake spreadsheet, and — like
 * the real one — passes arguments and results through a JSON round trip (plain data only), async.
 */
import { makeApi } from '../../sheets-addon/server/api';
import { API_PREFIX } from '../../sheets-addon/api-names';
import type { ScriptRun } from '../../sheets-addon/client/bridge';
import type { FakeGas } from './fake-spreadsheet-app';

export function stubScriptRun(gas: FakeGas, calls: string[] = []): () => ScriptRun {
  const api = makeApi(gas.env) as unknown as Record<string, (...a: unknown[]) => unknown>;
  const make = (ok: (v: unknown) => void = () => {}, fail: (e: unknown) => void = () => {}): ScriptRun => {
    const runner: ScriptRun = {
      withSuccessHandler: (fn) => make(fn, fail),
      withFailureHandler: (fn) => make(ok, fn),
    };
    for (const name of Object.keys(api)) {
      runner[API_PREFIX + name] = (...args: unknown[]) => {
        calls.push(name);
        setTimeout(() => {
          try {
            const plainArgs = JSON.parse(JSON.stringify(args)) as unknown[];
            const result = api[name](...plainArgs);
            ok(result === undefined ? null : JSON.parse(JSON.stringify(result)));
          } catch (e) {
            fail(e instanceof Error ? e : new Error(String(e)));
          }
        }, 0);
      };
    }
    return runner;
  };
  return () => make();
}
