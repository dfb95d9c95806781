/**
 * The custom-function registry's contract: every formula function is declared as data (name,
 * parameters with help in three languages, result shape) plus an implementation; one runner
 * (evaluate.ts) validates and coerces arguments, and host wrappers are generated from the data.
 */
import type { Lang, MessageArgs, MessageCode, MessageText } from '../i18n';

/** Spreadsheet error kinds a function may return. */
export type FnErrorType = '#DIV/0!' | '#VALUE!' | '#NUM!' | '#N/A';

/** An error value (never thrown): the host shows `error`, with `message` as the tooltip. */
export interface FnError {
  error: FnErrorType;
  message: string;
}

/** One result cell. '' = blank. */
export type FnValue = number | string | boolean | FnError;

/** What a call returns: a scalar, or a 2-D array that spills. */
export type FnResult = FnValue | FnValue[][];

/**
 * Help text in the three languages: the catalogue's MessageText, declared beside the function it
 * describes (the registry is data; the host wrappers and help are generated from it).
 */
export type Texts = MessageText;

/**
 * A parameter. `type` is the public shape: number (one value; with `spread`, also a range evaluated
 * element by element), range (a block of cells used as a whole), text. `cell` says what the cells
 * hold, for coercion and the hosts' typing: number (text amounts like "12.5万" are parsed),
 * text, or any (dates, customer ids).
 */
export interface ParamDef {
  name: string;
  type: 'number' | 'range' | 'text';
  cell: 'number' | 'text' | 'any';
  /** Elementwise over ranges, broadcasting scalars (for number/text params of 'same-shape' functions). */
  spread?: boolean;
  optional?: boolean;
  default?: number | string;
  help: Texts;
}

/** Result shapes: one value; a range the shape of the (broadcast) inputs; a matrix; one row. */
export type ResultShape = 'scalar' | 'same-shape' | 'matrix' | 'row';

/** The spreadsheet a formula runs in: its functions are SALES.NAME in Excel, SALES_NAME in Sheets. */
export type FnHost = 'excel' | 'sheets';

/**
 * A registry function as the user types it in a host: SALES.NAME in Excel, SALES_NAME in Sheets.
 * @example fnName('DATA_QUALITY', 'sheets') // 'SALES_DATA_QUALITY'
 */
export function fnName(name: string, host: FnHost): string {
  return `SALES${host === 'sheets' ? '_' : '.'}${name}`;
}

/**
 * Context handed to implementations: the message language, the host (so a message names a
 * function as the user types it), the largest data range the host can read in one call, and the
 * error builder.
 */
export interface FnContext {
  lang: Lang;
  host: FnHost;
  /** Cells of a `data` range one call may read (rows used × columns); undefined = no limit of its own. */
  maxTableCells?: number;
  error<C extends MessageCode>(type: FnErrorType, code: C, ...params: MessageArgs<C>): FnError;
}

/** A cell-level argument after coercion: number, string, or raw cell for 'any'. */
export type CellArg = number | string | unknown;

/** A 2-D block of raw cells as a host passed it. */
export type Matrix = readonly (readonly unknown[])[];

/** Arguments of a whole-range implementation: numbers/strings for scalar params, matrices for ranges. */
export type WholeArg = number | string | Matrix;

interface FunctionDefBase {
  name: string;
  params: readonly ParamDef[];
  result: ResultShape;
  description: Texts;
}

/** Evaluated once per cell of the broadcast spread arguments. */
export interface ElementwiseDef extends FunctionDefBase {
  kind: 'elementwise';
  map(args: readonly CellArg[], ctx: FnContext): FnValue;
}

/** Evaluated once on whole arguments. */
export interface WholeDef extends FunctionDefBase {
  kind: 'whole';
  run(args: readonly WholeArg[], ctx: FnContext): FnResult;
}

export type FunctionDef = ElementwiseDef | WholeDef;

/**
 * Whether a value is an FnError.
 * @example isFnError({ error: '#N/A', message: 'x' }) // true
 */
export function isFnError(v: unknown): v is FnError {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { error?: unknown }).error === 'string' &&
    typeof (v as { message?: unknown }).message === 'string'
  );
}
