/**
 * Excel on the web caps one request/response at 5 MB and a read at 5M cells. We stay under 4 MB
 * per round trip (JSON overhead and safety margin) and plan blocks from measured sizes.
 */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
export const MAX_CELLS_PER_REQUEST = 5_000_000;
/** First (speculative) read block: small enough for any realistic width, big enough for most sheets. */
export const FIRST_BLOCK_ROWS = 1000;
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
 * Serialized size of a value as it travels in a request (JSON), in bytes (UTF-16 length is a
 * close upper bound for ASCII-heavy data; CJK text is 3 bytes in UTF-8, so count those twice).
 * @example payloadBytes([[1, 'ab']]) // 10
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let extra = 0;
  // inline scan for performance: count non-ASCII code units once more
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) extra++;
  return json.length + extra;
}
