/**
 * The one runner: finds a function, checks and fills arguments (defaults for omitted optionals),
 * broadcasts elementwise functions over ranges, and returns values or error values — never throws
 * on user input.
 */
import type { Lang } from '../i18n';
import { t } from '../i18n';
import { asMatrix, asScalar, cellNumber, cellText, isBlank } from './coerce';
import { REGISTRY_BY_NAME } from './registry';
import {
  isFnError,
  type CellArg,
  type ElementwiseDef,
  type FnContext,
  type FnHost,
  type FnResult,
  type FnValue,
  type FunctionDef,
  type Matrix,
  type ParamDef,
  type WholeArg,
} from './types';

/**
 * Options of a call: the language of error messages (default English), the host (default Excel),
 * and the most cells a whole-table formula may read in one call on that host.
 */
export interface EvaluateOptions {
  lang?: Lang;
  host?: FnHost;
  maxTableCells?: number;
}

/**
 * A context whose errors carry catalogue messages in one language.
 * @example makeContext('en').error('#N/A', 'FN_BLANK', { param: 'x' }) // { error: '#N/A', message: 'x is blank.' }
 */
export function makeContext(lang: Lang, options: Omit<EvaluateOptions, 'lang'> = {}): FnContext {
  const ctx: FnContext = {
    lang,
    host: options.host ?? 'excel',
    error: (error, code, ...params) => ({ error, message: t(code, lang, ...params) }),
  };
  if (options.maxTableCells !== undefined) ctx.maxTableCells = options.maxTableCells;
  return ctx;
}

/** Name as written in a formula: "ATTAINMENT", "SALES.ATTAINMENT", "sales_attainment". */
function canonical(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/^SALES[._]/, '');
}

/**
 * Evaluates a registry function on host arguments (scalars, 2-D arrays, null/undefined for omitted).
 * @example evaluate('ATTAINMENT', [[[137], [120]], 120]) // [[1.1416…], [1]]
 */
export function evaluate(name: string, args: readonly unknown[], options: EvaluateOptions = {}): FnResult {
  const ctx = makeContext(options.lang ?? 'en', options);
  const def = REGISTRY_BY_NAME.get(canonical(name));
  if (!def) return ctx.error('#N/A', 'FN_UNKNOWN', { name });
  // hosts pad omitted trailing optionals with null/undefined: only real extra values are an error
  let last = args.length;
  while (last > def.params.length && isBlank(args[last - 1])) last -= 1;
  if (last > def.params.length)
    return ctx.error('#VALUE!', 'FN_TOO_MANY_ARGS', { name: def.name, max: def.params.length });
  const filled: unknown[] = [];
  for (let i = 0; i < def.params.length; i++) {
    const p = def.params[i];
    const v = args[i];
    if (isOmitted(v, p)) {
      if (!p.optional) return ctx.error('#VALUE!', 'FN_MISSING_ARG', { param: p.name });
      filled.push(p.default);
    } else filled.push(v);
  }
  const out = def.kind === 'elementwise' ? runElementwise(def, filled, ctx) : runWhole(def, filled, ctx);
  return finite(out, ctx);
}

/** A result a cell cannot hold (±Infinity, NaN from overflow) becomes #NUM!, as in built-in functions. */
function finite(out: FnResult, ctx: FnContext): FnResult {
  const fix = (v: FnValue): FnValue =>
    typeof v === 'number' && !Number.isFinite(v) ? ctx.error('#NUM!', 'FN_OUT_OF_RANGE') : v;
  return Array.isArray(out) ? out.map((row) => row.map(fix)) : fix(out);
}

function isOmitted(v: unknown, p: ParamDef): boolean {
  if (v === undefined || v === null) return true;
  // an empty cell given for an optional scalar means "use the default", as in built-in functions
  return p.optional === true && !Array.isArray(v) && isBlank(v);
}

function coerceCell(v: unknown, p: ParamDef, ctx: FnContext): CellArg {
  if (v === undefined) return undefined;
  if (p.cell === 'number') return cellNumber(v, p.name, ctx);
  if (p.cell === 'text') return cellText(v, p.name, ctx);
  return v;
}

function runElementwise(def: ElementwiseDef, args: readonly unknown[], ctx: FnContext): FnResult {
  const blocks: (Matrix | null)[] = [];
  let rows = 1;
  let cols = 1;
  let spreadAny = false;
  for (let i = 0; i < def.params.length; i++) {
    const p = def.params[i];
    if (p.spread && Array.isArray(args[i])) {
      const m = asMatrix(args[i]);
      blocks.push(m);
      spreadAny = true;
      rows = Math.max(rows, m.length);
      cols = Math.max(cols, m[0]?.length ?? 0);
    } else {
      blocks.push(null);
    }
  }
  for (const m of blocks) {
    if (!m) continue;
    const ok = (m.length === rows || m.length === 1) && m.every((r) => r.length === cols || r.length === 1);
    if (!ok) return ctx.error('#VALUE!', 'FN_SHAPE_MISMATCH', { shapes: shapes(blocks) });
  }
  // scalar (non-spread) params are coerced once; a range there is an error
  const fixed: CellArg[] = [];
  for (let i = 0; i < def.params.length; i++) {
    if (blocks[i]) {
      fixed.push(undefined);
      continue;
    }
    const s = asScalar(args[i]);
    if (!s.ok) return ctx.error('#VALUE!', 'FN_NOT_SCALAR', { param: def.params[i].name });
    const c = coerceCell(s.value, def.params[i], ctx);
    if (isFnError(c) && !def.params[i].spread) return c;
    fixed.push(c);
  }
  const cell = (r: number, c: number): FnValue => {
    const raw: unknown[] = [];
    for (let i = 0; i < def.params.length; i++) {
      const m = blocks[i];
      if (!m) continue;
      const row = m.length === 1 ? m[0] : m[r];
      raw[i] = row.length === 1 ? row[0] : row[c];
    }
    // A row every range leaves blank is past the data (an open-ended B2:B, C2:C): blank, not #N/A.
    // One cell keeps its #N/A: hosts pass a single cell as a scalar or as 1×1, alike.
    if (rows * cols > 1 && blocks.every((m, i) => !m || isBlank(raw[i]))) return '';
    const vals: CellArg[] = [];
    for (let i = 0; i < def.params.length; i++)
      vals.push(blocks[i] ? coerceCell(raw[i], def.params[i], ctx) : fixed[i]);
    const bad = vals.find(isFnError);
    return bad ?? def.map(vals, ctx);
  };
  if (!spreadAny) return cell(0, 0);
  const out: FnValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: FnValue[] = [];
    for (let c = 0; c < cols; c++) line.push(cell(r, c));
    out.push(line);
  }
  return out;
}

function shapes(blocks: readonly (Matrix | null)[]): string {
  return blocks
    .filter((m): m is Matrix => m !== null)
    .map((m) => `${m.length}×${m[0]?.length ?? 0}`)
    .join(', ');
}

function runWhole(def: FunctionDef & { kind: 'whole' }, args: readonly unknown[], ctx: FnContext): FnResult {
  const whole: WholeArg[] = [];
  for (let i = 0; i < def.params.length; i++) {
    const p = def.params[i];
    const v = args[i];
    if (p.type === 'range') {
      whole.push(asMatrix(v));
      continue;
    }
    const s = asScalar(v);
    if (!s.ok) return ctx.error('#VALUE!', 'FN_NOT_SCALAR', { param: p.name });
    const c = coerceCell(s.value, p, ctx);
    if (isFnError(c)) return c;
    whole.push(c as number | string);
  }
  return def.run(whole, ctx);
}
