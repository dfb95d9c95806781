/**
 * Loads the BUILT Apps Script project (dist files) into a Node vm context whose globals are the
 * fake services — the way Apps Script loads every file of a project into one global scope.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script, type Context } from 'node:vm';
import type { FakeGas } from './fake-spreadsheet-app';

export const SCRIPT_FILES = ['sales-review-lib.js', 'main.js', 'functions.js'] as const;

export type Project = Context & Record<string, (...args: unknown[]) => unknown>;

/**
 * The project as one execution sees it; `as: 'customFunction'` gives it the services a custom
 * function may use (Sheets runs each SALES_* call as such an execution).
 */
export function loadProject(outDir: string, gas: FakeGas, as: 'menu' | 'customFunction' = 'menu'): Project {
  const globals = as === 'customFunction' ? gas.customFunctionGlobals : gas.globals;
  const ctx = createContext({ ...globals, console }) as Project;
  for (const f of SCRIPT_FILES)
    new Script(readFileSync(join(outDir, f), 'utf8'), { filename: f }).runInContext(ctx);
  return ctx;
}
