/**
 * A1 helpers for the Excel host (0-based indexes in, A1 text out).
 * @example colName(27) // 'AB'
 */
export function colName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 address of a block of rows × cols at (row, col), 0-based.
 * @example blockAddress(0, 0, 20001, 10) // 'A1:J20001'
 */
export function blockAddress(row: number, col: number, rows: number, cols: number): string {
  return `${colName(col)}${row + 1}:${colName(col + cols - 1)}${row + rows}`;
}
