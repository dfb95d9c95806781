/**
 * The 6-minute guard. Apps Script kills an execution at 360 s, which would leave a review half
 * written, so the one-click run estimates its work from the sheet size before touching anything
 * and checks the clock between blocks; it stops with a clear message while nothing has changed.
 *
 * Cost constants (per cell / per row / per tab), and where they come from:
 * - READ_MS_PER_CELL 0.01 — Range.getValues in Apps Script transfers roughly 100,000 cells a
 *   second in published measurements (e.g. 20,000 rows × 10 columns in ~2 s); we take the slow end.
 * - COMPUTE_MS_PER_ROW 0.02 — the core pipeline (ingest → review → SheetDoc) measured under Node
 *   on the 2-core dev box at 0.0036 ms per row (100,000 rows in 361 ms:
 *   `npx tsx test/sheets-addon/measure-compute.ts 50000`), times 5 for Apps Script's slower,
 *   shared V8.
 * - WRITE_MS_PER_TAB 3000 — one tab is ~20 batched calls plus charts, ~100–150 ms each.
 * - MAX_CELLS 3,000,000 — beyond this the grid alone (≈ 40 bytes a value) risks the execution's
 *   memory, whatever the clock says.
 * With a 60 s safety margin the clock admits ≈ 20 million cells, so in practice the cell cap binds:
 * 300,000 rows × 10 columns in one click; larger sheets go through the wizard (each block its own
 * execution) or the command-line tool.
 */

/** Apps Script's hard limit for one execution. */
export const EXECUTION_LIMIT_MS = 360_000;
/** Kept free for the swap, the toast and slow service days. */
export const SAFETY_MARGIN_MS = 60_000;
export const READ_MS_PER_CELL = 0.01;
export const COMPUTE_MS_PER_ROW = 0.02;
export const WRITE_MS_PER_TAB = 3_000;
export const MAX_CELLS = 3_000_000;
/** Tabs a full review writes (all sections). */
export const FULL_REVIEW_TABS = 8;

/**
 * Estimated milliseconds to read, compute and write a review of a rows × cols sheet.
 * @example estimateReviewMs(10_000, 10) // 25200
 */
export function estimateReviewMs(rows: number, cols: number, tabs = FULL_REVIEW_TABS): number {
  return Math.round(rows * cols * READ_MS_PER_CELL + rows * COMPUTE_MS_PER_ROW + tabs * WRITE_MS_PER_TAB);
}

/**
 * Whether a one-click review of a rows × cols sheet fits in what is left of this execution.
 * @example fitsOneRun(100_000, 10, 300_000) // true
 */
export function fitsOneRun(
  rows: number,
  cols: number,
  remainingMs: number,
  tabs = FULL_REVIEW_TABS,
): boolean {
  return rows * cols <= MAX_CELLS && estimateReviewMs(rows, cols, tabs) <= remainingMs;
}

/** Thrown by the clock checks; caught at the entry point and turned into a message. */
export class OutOfTime extends Error {
  constructor() {
    super('OUT_OF_TIME');
  }
}

/** An execution's clock: started when the entry point is called (never at load). */
export interface Deadline {
  /** Milliseconds left before the safety margin. */
  remaining(): number;
  /** Throws OutOfTime when fewer than `needMs` remain. */
  ensure(needMs: number): void;
}

/**
 * A deadline for an execution that started at `start`.
 * @example deadline(Date.now(), () => Date.now()).remaining() // ≈ 300000
 */
export function deadline(start: number, now: () => number): Deadline {
  const end = start + EXECUTION_LIMIT_MS - SAFETY_MARGIN_MS;
  return {
    remaining: () => end - now(),
    ensure(needMs) {
      if (end - now() < needMs) throw new OutOfTime();
    },
  };
}

/**
 * The `onTab` hook of a write: before each tab, half a tab's estimate per tab left must still fit
 * (the first tabs of a run have proven faster than the estimate), else OutOfTime rolls it back.
 * @example writeSheetDoc(env, ss, doc, { onTab: tabGuard(clock) })
 */
export function tabGuard(clock: Deadline): (done: number, total: number) => void {
  return (done, total) => clock.ensure((total - done) * WRITE_MS_PER_TAB * 0.5);
}
