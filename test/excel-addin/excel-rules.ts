/**
 * What Excel refuses, one rule per function, each beside the page that states it. Both Excel test
 * doubles enforce these: the hand-written object-model fake (fake-excel.ts) and the request server
 * behind Microsoft's own client library (office-js/wire-server.ts).
 */

/** An error as Excel reports it: a code (`error.code`) and a message. */
export class OfficeError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/**
 * Sheet names. "Worksheet names cannot: be blank; contain more than 31 characters; contain any of
 * / \ ? * : [ ]; begin or end with an apostrophe ('); be named History" — and two sheets cannot
 * share a name, compared without case.
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
export function checkSheetName(name: string, others: readonly string[]): void {
  const bad = (why: string) => new OfficeError('InvalidArgument', `Invalid sheet name "${name}": ${why}.`);
  if (name.length === 0) throw bad('blank');
  if (name.length > 31) throw bad('more than 31 characters');
  if (/[\\/?*:[\]]/.test(name)) throw bad('contains one of / \\ ? * : [ ]');
  if (name.startsWith("'") || name.endsWith("'")) throw bad('begins or ends with an apostrophe');
  if (name.toLowerCase() === 'history') throw bad('"History" is reserved');
  if (others.some((o) => o.toLowerCase() === name.toLowerCase()))
    throw new OfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

/**
 * `range.values` / `range.numberFormat` take a 2-D array of exactly the range's rows × columns
 * ("the dimensions of the array must match the dimensions of the range").
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 */
export function checkShape(what: string, grid: unknown, rows: number, cols: number): void {
  const ok =
    Array.isArray(grid) &&
    grid.length === rows &&
    grid.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok)
    throw new OfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array for ${what} doesn't match the size of the range (${rows} × ${cols}).`,
    );
}

/** Excel on the web: "payload size limit for requests and responses of 5MB". */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
/** Excel on the web: "a range is limited to five million cells" for reads and writes. */
export const MAX_RANGE_CELLS = 5_000_000;
/** https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins */
export const LIMITS_PAGE =
  'https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins';

/** A request or response over 5 MB fails as a whole (see LIMITS_PAGE). */
export function checkPayload(direction: 'Request' | 'Response', bytes: number): void {
  if (bytes > MAX_REQUEST_BYTES)
    throw new OfficeError(
      `${direction}PayloadSizeLimitExceeded`,
      `The ${direction.toLowerCase()} payload size has exceeded the limit (${bytes} bytes).`,
    );
}

/** Reading or writing cell values of more than five million cells fails (see LIMITS_PAGE). */
export function checkCells(rows: number, cols: number): void {
  if (rows * cols > MAX_RANGE_CELLS)
    throw new OfficeError('ResponsePayloadSizeLimitExceeded', `A range of ${rows * cols} cells is over 5M.`);
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellBox {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * Merging a range that overlaps a merged area without containing it is refused. Excel's reference
 * states no rule for Range.merge here; the app itself will not merge part of a merged cell, so
 * the fakes refuse it rather than guess what a build does.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
 */
export function checkMerge(existing: readonly CellBox[], box: CellBox): void {
  const overlaps = (a: CellBox, b: CellBox) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
  const inside = (a: CellBox, b: CellBox) => a.r0 >= b.r0 && a.r1 <= b.r1 && a.c0 >= b.c0 && a.c1 <= b.c1;
  if (existing.some((m) => overlaps(m, box) && !inside(m, box)))
    throw new OfficeError('InvalidOperation', 'Cannot merge a range that overlaps part of a merged area.');
}

/**
 * Charts whose features Excel builds reject: a waterfall has no editable series ("Chart.series
 * returns UnsupportedOperation for Doughnut, Waterfall, Sunburst"), and Excel 2016 refuses even
 * its title (UnsupportedOperation at Chart.title). `oldBuild` plays such a build.
 * https://github.com/OfficeDev/office-js-docs/issues/910
 * https://github.com/OfficeDev/office-js/issues/2041
 */
export function checkChartMember(type: string, member: string, oldBuild: boolean): void {
  if (type !== 'Waterfall') return;
  const refused = oldBuild ? ['series', 'title', 'legend', 'axes'] : ['series'];
  if (refused.includes(member))
    throw new OfficeError(
      'UnsupportedOperation',
      `This operation is not supported: Chart.${member} (${type}).`,
    );
}

/** Chart types this add-in asks for; Excel refuses a type it does not know (https://learn.microsoft.com/javascript/api/excel/excel.charttype). */
export const CHART_TYPES = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'BarClustered',
  'Line',
  'Waterfall',
  'Pareto',
]);
