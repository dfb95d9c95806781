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

export function loadProject(outDir: string, gas: FakeGas): Project {
  const ctx = createContext({ ...gas.globals, console }) as Project;
  for (const f of SCRIPT_FILES)
    new Script(readFileSync(join(outDir, f), 'utf8'), { filename: f }).runInContext(ctx);
  return ctx;
}
