/** A1 references for formulas the SheetDoc writes. All indices are 0-based. */

/**
 * Column letters of a 0-based column index.
 * @example colLetter(27) // 'AB'
 */
export function colLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 address of a cell; `abs` makes it absolute ($A$1).
 * @example a1(0, 1) // 'B1'
 */
export function a1(row: number, col: number, abs = false): string {
  return abs ? `$${colLetter(col)}$${row + 1}` : `${colLetter(col)}${row + 1}`;
}

/**
 * A1 address of a range.
 * @example a1Range(0, 0, 3, 0, true) // '$A$1:$A$4'
 */
export function a1Range(r0: number, c0: number, r1: number, c1: number, abs = false): string {
  return `${a1(r0, c0, abs)}:${a1(r1, c1, abs)}`;
}

/**
 * The 0-based first column of an A1 range address (a sheet prefix is ignored); 0 when it has none.
 * @example firstColumnOf('C3:K200') // 2
 */
export function firstColumnOf(address: string): number {
  const m = /^(?:.*!)?\$?([A-Za-z]{1,3})\$?\d*/.exec(address);
  if (!m) return 0;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
