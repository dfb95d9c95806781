/**
 * Groups queued operations into round trips of at most ~4 MB: callers reserve the bytes of the
 * operation they are about to queue; when the batch would overflow, the queued ones are sent first.
 * Every batch runs with API calculation suspended (the workbook recalculates once, after it).
 */
import { MAX_PAYLOAD_BYTES } from './limits';

export class Batcher {
  private pending = 0;
  /** Round trips sent by this batcher. */
  syncs = 0;
  /** Bytes reserved in total (the payload of the write). */
  totalBytes = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly limit: number = MAX_PAYLOAD_BYTES,
  ) {
    ctx.application.suspendApiCalculationUntilNextSync();
  }

  /**
   * Makes room for an operation of `bytes`; sends the queued batch first when it would overflow.
   * @example await batch.reserve(payloadBytes(values)); range.values = values;
   */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limit) await this.flush();
    this.pending += bytes;
    this.totalBytes += bytes;
  }

  /**
   * Sends what is queued (one `context.sync()`), then suspends calculation for the next batch.
   * @example await batch.flush();
   */
  async flush(): Promise<void> {
    await this.ctx.sync();
    this.syncs++;
    this.pending = 0;
    this.ctx.application.suspendApiCalculationUntilNextSync();
  }
}
