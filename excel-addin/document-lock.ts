/**
 * One review write at a time in this runtime. With the shared runtime the ribbon button, the
 * wizard and the custom functions of a workbook live in one page, so the ribbon's Generate and the
 * wizard's Generate could otherwise write at once: the second run's tabs got "(2)" and the first
 * run's were orphaned. (Two people co-authoring a workbook on the web run two runtimes; that case
 * is not covered: each keeps its own tabs consistent, the last write wins.)
 */

/** A lock that a waiter gives up on after `waitMs`. */
export class DocumentLock {
  private held = false;
  private waiters: (() => boolean)[] = [];

  /**
   * Resolves with a release function, or null when the lock stayed taken for `waitMs`.
   * @example const release = await lock.acquire(20_000); if (release) try { … } finally { release(); }
   */
  acquire(waitMs: number): Promise<(() => void) | null> {
    return new Promise((resolve) => {
      const grant = () => {
        this.held = true;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.release();
        });
      };
      if (!this.held) return grant();
      let waiting = true;
      const timer = setTimeout(() => {
        waiting = false;
        resolve(null);
      }, waitMs);
      this.waiters.push(() => {
        if (!waiting) return false;
        waiting = false;
        clearTimeout(timer);
        grant();
        return true;
      });
    });
  }

  private release(): void {
    this.held = false;
    while (this.waiters.length > 0) if (this.waiters.shift()!()) return;
  }
}

/** How long a second write waits for the first to finish before saying BUSY. */
export const LOCK_WAIT_MS = 20_000;

/** The runtime's lock (one workbook per shared runtime). */
export const documentLock = new DocumentLock();
