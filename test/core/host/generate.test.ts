import type { GridRead, Host, ReadOptions, WriteResult } from '../../../core/host/port';
import { runReview } from '../../../core/pipeline';
import { ReviewSettingsSchema, type ReviewSettings } from '../../../core/settings/schema';
import type { SheetDoc } from '../../../core/sheetdoc/types';
import type { CellValue, Grid } from '../../../core/table/types';
import {
  generateReview,
  type ReviewRunner,
  type GenerateProgress,
  type GenerateResult,
} from '../../../core/host/generate';
import { failureMessage } from '../../../core/taskpane/generate';

/** The wizard's sentence for a failed run (the run itself says only codes). */
const say = (r: GenerateResult, lang: 'en' | 'zh-CN' | 'zh-TW' = 'en') =>
  r.ok ? '' : failureMessage(r.code, r.detail, lang);

const GRID: CellValue[][] = [['日期', '客户', '区域', '销售额']];
for (const y of [2024, 2025]) {
  for (let m = 1; m <= 12; m++)
    GRID.push([`${y}-${String(m).padStart(2, '0')}-10`, `客户${m % 5}`, m % 2 ? '华东' : '华北', 1000 * m]);
}
const TARGETS: CellValue[][] = [
  ['季度', '目标(元)'],
  ['2025Q1', 9000],
  ['2025Q2', 20000],
  ['2025Q3', 30000],
  ['2025Q4', 40000],
];

class FakeHost implements Host {
  readonly kind = 'browser' as const;
  written: SheetDoc[] = [];
  saved: unknown[] = [];
  reads: string[] = [];
  writeFails = false;
  saveFails = false;
  date1904 = false;
  displayLanguage(): string {
    return 'en-US';
  }
  async listSheets() {
    return [];
  }
  async readGrid(sheet: string, o: ReadOptions = {}): Promise<GridRead> {
    this.reads.push(sheet);
    const grid = sheet === '目标' ? TARGETS : sheet === '销售' ? GRID : null;
    if (!grid) throw Object.assign(new Error(`Sheet "${sheet}" not found`), { code: 'SHEET_NOT_FOUND' });
    o.onProgress?.({ stage: 'reading', done: grid.length / 2, total: grid.length });
    if (o.signal?.aborted) throw Object.assign(new Error('cancelled'), { code: 'CANCELLED' });
    o.onProgress?.({ stage: 'reading', done: grid.length, total: grid.length });
    return { sheet, address: 'A1', grid, ...(this.date1904 ? { date1904: true } : {}) };
  }
  async writeSheetDoc(
    doc: SheetDoc,
    o: { onProgress?: (e: { stage: 'writing'; done: number; total: number }) => void } = {},
  ): Promise<WriteResult> {
    if (this.writeFails) return { ok: false, code: 'WRITE_FAILED', message: 'sheet protected' };
    doc.tabs.forEach((_, i) => o.onProgress?.({ stage: 'writing', done: i + 1, total: doc.tabs.length }));
    this.written.push(doc);
    return { ok: true, tabs: doc.tabs.map((t) => ({ key: t.key, name: t.name })) };
  }
  async loadSettings() {
    return null;
  }
  async saveSettings(s: unknown) {
    if (this.saveFails) throw new Error('quota');
    this.saved.push(s);
  }
  async activateSheet() {}
}

const settings = (patch: Record<string, unknown> = {}): ReviewSettings =>
  ReviewSettingsSchema.parse({ sheet: '销售', language: 'en', ...patch });

function opts(patch: Partial<Parameters<typeof generateReview>[2]> = {}) {
  const updates: GenerateProgress[] = [];
  return {
    updates,
    o: {
      runReview: runReview as ReviewRunner,
      signal: { aborted: false },
      expectedRows: 25,
      onProgress: (u: GenerateProgress) => updates.push(u),
      ...patch,
    },
  };
}

describe('generateReview', () => {
  it('reads, reviews with the core, writes and saves the settings', async () => {
    const host = new FakeHost();
    const { o, updates } = opts();
    const r = await generateReview(host, settings(), o);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tabs.length).toBe(host.written[0].tabs.length);
    expect(r.model.totals.revenue).toBe(78000);
    expect(host.saved).toEqual([{ ...settings(), lastRun: r.lastRun }]);
    expect(r.settingsSaved).toBe(true);
    const stages = [...new Set(updates.map((u) => u.stage))];
    expect(stages).toEqual(['reading', 'computing', 'writing', 'done']);
    const fractions = updates.map((u) => u.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(updates.find((u) => u.stage === 'writing')?.tabs).toBe(r.tabs.length);
  });

  it('hands the workbook’s 1904 date system to the review', async () => {
    const host = new FakeHost();
    host.date1904 = true;
    const seen: (boolean | undefined)[] = [];
    const runner: ReviewRunner = (g, s, o) => {
      seen.push(o.date1904);
      return runReview(g, s, o);
    };
    await generateReview(host, settings(), opts({ runReview: runner }).o);
    expect(seen).toEqual([true]);
  });

  it('reads the target sheet and hands it to the review', async () => {
    const host = new FakeHost();
    const seen: (Grid | undefined)[] = [];
    const runner: ReviewRunner = (g, s, o) => {
      seen.push(o.targetGrid);
      return runReview(g, s, o);
    };
    const r = await generateReview(
      host,
      settings({ targets: { kind: 'sheet', sheet: '目标' } }),
      opts({ runReview: runner }).o,
    );
    expect(host.reads).toEqual(['销售', '目标']);
    expect(seen[0]).toBe(TARGETS);
    expect(r.ok && r.model.totals.target).toBe(99000);
  });

  it('returns the review failure in the UI language and writes nothing', async () => {
    const host = new FakeHost();
    const noAmount = GRID.map((row) => row.slice(0, 3));
    const runner: ReviewRunner = (_g, s, o) => runReview(noAmount, s, o);
    const r = await generateReview(host, settings({ language: 'en' }), opts({ runReview: runner }).o);
    expect(r).toMatchObject({ ok: false, code: 'NO_AMOUNT_COLUMN', cancelled: false });
    expect(say(r, 'zh-CN')).toContain('未找到金额列');
    expect(host.written).toEqual([]);
    expect(host.saved).toEqual([]);
  });

  it('stops on cancel without writing', async () => {
    const host = new FakeHost();
    const r = await generateReview(host, settings(), opts({ signal: { aborted: true } }).o);
    expect(r).toMatchObject({ ok: false, code: 'CANCELLED', cancelled: true });
    expect(say(r)).toBe('Cancelled: nothing was written.');
    expect(host.written).toEqual([]);
  });

  it('stops when cancelled while computing', async () => {
    const host = new FakeHost();
    const signal = { aborted: false };
    const runner: ReviewRunner = (g, s, o) => {
      signal.aborted = true;
      return runReview(g, s, o);
    };
    const r = await generateReview(host, settings(), opts({ signal, runReview: runner }).o);
    expect(!r.ok && r.cancelled).toBe(true);
    expect(host.written).toEqual([]);
  });

  it('maps host errors to a message with what to do next', async () => {
    const host = new FakeHost();
    const missing = await generateReview(host, settings({ sheet: 'Gone' }), opts().o);
    expect(missing).toMatchObject({ ok: false, code: 'SHEET_NOT_FOUND' });
    expect(say(missing)).toMatch(/Go back to step 1/);
    host.writeFails = true;
    const write = await generateReview(host, settings(), opts().o);
    expect(write).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect(say(write, 'zh-TW')).toContain('sheet protected');
    expect(say(write, 'zh-TW')).toContain('活頁簿維持原樣');
    expect(host.saved).toEqual([]);
  });

  it('keeps the host detail, so the message can be rebuilt in another UI language', async () => {
    const host = new FakeHost();
    host.writeFails = true;
    const r = await generateReview(host, settings(), opts().o);
    expect(!r.ok && r.detail).toBe('sheet protected');
    const en = !r.ok ? failureMessage(r.code, r.detail, 'en') : '';
    expect(en).toMatch(/^The review tabs could not be written \(sheet protected\)/);
  });

  it('treats a failed settings save as a warning, not a failed run', async () => {
    const host = new FakeHost();
    host.saveFails = true;
    const r = await generateReview(host, settings(), opts().o);
    expect(r.ok && r.settingsSaved).toBe(false);
  });

  it('turns an unexpected exception into a value', async () => {
    const runner: ReviewRunner = () => {
      throw new Error('boom');
    };
    const r = await generateReview(new FakeHost(), settings(), opts({ runReview: runner }).o);
    expect(r).toMatchObject({ ok: false, code: 'UNEXPECTED', detail: 'boom' });
    expect(say(r)).toBe(
      'Something went wrong: boom. Try again; if it happens again, send this message to your administrator.',
    );
  });

  it('does not mutate the settings', async () => {
    const s = settings();
    const copy = structuredClone(s);
    await generateReview(new FakeHost(), s, opts().o);
    expect(s).toEqual(copy);
  });
});

describe('failureMessage', () => {
  it('prefers the catalogue in the UI language', () => {
    expect(failureMessage('NO_DATE_COLUMN', 'x', 'en')).not.toBe('x');
  });

  it('falls back to the core message when the catalogue text needs parameters or is unknown', () => {
    expect(failureMessage('MISSING_RATE', 'No exchange rate for USD…', 'zh-CN')).toBe(
      'No exchange rate for USD…',
    );
    expect(failureMessage('SOMETHING_NEW', 'Core said so', 'en')).toBe('Core said so');
  });
});
