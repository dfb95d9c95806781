/**
 * Progress on stderr for runs longer than a second: nothing before the first second, then at most
 * one update a second (a new stage shows at once); a TTY line is rewritten in place.
 */
import type { Lang } from '../core/i18n';
import type { ProgressEvent } from '../core/host';
import { cliMessage } from './messages';

export interface Progress {
  (e: ProgressEvent): void;
  /** Ends an in-place line, if one is open. */
  end(): void;
}

/**
 * A progress printer writing to `out` (stderr), or a no-op when disabled.
 * @example const p = progressPrinter('en', process.stderr, true); p({ stage: 'reading', done: 1, total: 2 });
 */
export function progressPrinter(
  lang: Lang,
  out: NodeJS.WriteStream,
  enabled: boolean,
  intervalMs = 1000,
  delayMs = 1000,
): Progress {
  const started = Date.now();
  let last = 0;
  let lastStage = '';
  let open = false;
  const tty = out.isTTY === true;
  const percent = (e: ProgressEvent): string =>
    String(Math.min(100, Math.floor((100 * e.done) / Math.max(1, e.total))));
  const print = (e: ProgressEvent): void => {
    if (!enabled) return;
    const now = Date.now();
    if (now - started < delayMs) return;
    // A new stage always shows; within a stage, at most one update per interval ('computing' once).
    if (e.stage === lastStage && (e.stage === 'computing' || now - last < intervalMs)) return;
    last = now;
    lastStage = e.stage;
    const text =
      e.stage === 'reading'
        ? cliMessage('PROGRESS_READING', lang, { percent: percent(e) })
        : e.stage === 'computing'
          ? cliMessage('PROGRESS_COMPUTING', lang)
          : e.stage === 'writing'
            ? cliMessage('PROGRESS_WRITING', lang, { percent: percent(e) })
            : '';
    if (text.length === 0) return;
    if (tty) {
      out.write(`\r\x1b[K${text}`);
      open = true;
    } else {
      out.write(`${text}\n`);
    }
  };
  const p = print as Progress;
  p.end = () => {
    if (open) out.write('\r\x1b[K');
    open = false;
  };
  return p;
}
