/**
 * Excel on the web caps one request/response at 5 MB and a read at 5M cells. We stay under 4 MB
 * per round trip, counted as the request body Office.js builds (wire-cost.ts), and plan read
 * blocks from measured sizes.
 */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
export const MAX_CELLS_PER_REQUEST = 5_000_000;
/** First (speculative) read block: small enough for any realistic width, big enough for most sheets. */
export const FIRST_BLOCK_ROWS = 1000;
/**
 * Columns of the speculative block (≤ 64,000 cells however wide the used range turns out): a sheet
 * wider than this is read once its size is known.
 */
export const FIRST_BLOCK_COLS = 64;
/**
 * The most cells a read takes in Excel (the size of the largest Google Sheets spreadsheet; the
 * command-line tool takes more). One stray value in column XFD makes a used range 16,384 columns
 * wide; this stops such a read with a message instead of minutes of reading empty cells.
 */
export const MAX_READ_CELLS = 10_000_000;
/** Keep 25% headroom: later rows may be wider than the first block suggests. */
const SAFETY = 0.75;

/**
 * Rows per read block from the bytes per row measured on the first block, within both caps.
 * @example rowsPerBlock(200, 10) // 15728
 */
export function rowsPerBlock(bytesPerRow: number, cols: number): number {
  const byBytes = Math.floor((MAX_PAYLOAD_BYTES * SAFETY) / Math.max(1, bytesPerRow));
  const byCells = Math.floor(MAX_CELLS_PER_REQUEST / Math.max(1, cols));
  return Math.max(1, Math.min(byBytes, byCells));
}

/**
 * Size of a value in the request body: the UTF-8 bytes of its JSON (CJK text is 3 bytes a
 * character, a surrogate pair 4).
 * @example payloadBytes([[1, 'ab']]) // 10
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  // inline scan for performance: values blocks are up to ~10^6 characters
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 2; // with its low surrogate: 4 bytes for 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}
