import { Writable } from 'node:stream';
import { progressPrinter } from '../../cli/progress';

function sink(tty: boolean): { out: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const w = new Writable({
    write(chunk: Buffer, _e, cb) {
      text += chunk.toString();
      cb();
    },
  }) as unknown as NodeJS.WriteStream;
  (w as { isTTY?: boolean }).isTTY = tty;
  return { out: w, text: () => text };
}

describe('progressPrinter', () => {
  it('prints one line per update when not a terminal, localized', () => {
    const s = sink(false);
    const p = progressPrinter('zh-CN', s.out, true, 0, 0);
    p({ stage: 'reading', done: 250000, total: 1000000 });
    p({ stage: 'computing', done: 0, total: 1 });
    p.end();
    expect(s.text()).toBe('读取中… 25%\n正在计算复盘…\n');
  });

  it('rewrites one line in place on a terminal and clears it at the end', () => {
    const s = sink(true);
    const p = progressPrinter('en', s.out, true, 0, 0);
    p({ stage: 'writing', done: 1, total: 8 });
    p.end();
    expect(s.text()).toBe('\r\x1b[KWriting… 12%\r\x1b[K');
  });

  it('throttles updates and prints nothing when disabled', () => {
    const s = sink(false);
    const p = progressPrinter('en', s.out, true, 60_000, 0);
    p({ stage: 'reading', done: 1, total: 2 });
    p({ stage: 'reading', done: 2, total: 2 });
    expect(s.text()).toBe('Reading… 50%\n');
    const off = sink(false);
    progressPrinter('en', off.out, false)({ stage: 'reading', done: 1, total: 1 });
    expect(off.text()).toBe('');
  });

  it('stays silent through the first second, so short runs print nothing', () => {
    const s = sink(false);
    const p = progressPrinter('en', s.out, true, 0, 60_000);
    p({ stage: 'reading', done: 1, total: 2 });
    p({ stage: 'writing', done: 1, total: 2 });
    expect(s.text()).toBe('');
  });
});
