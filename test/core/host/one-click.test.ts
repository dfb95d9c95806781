/**
 * The one-click run every host's button or menu drives: saved settings or defaults in the host's
 * language, the saved sheet or the active one (never a review tab), BAD_SETTINGS kept and shown.
 */
import { oneClickReview, settingsForRun, type Host, type SheetInfo } from '../../../core/host';
import { runReview } from '../../../core/pipeline';
import type { SheetDoc } from '../../../core/sheetdoc';

const GRID = [['日期', '销售额'], ...Array.from({ length: 24 }, (_, i) => [45292 + i * 30, 100 + i])];

function host(opts: { saved?: unknown; sheets?: SheetInfo[]; lang?: string } = {}) {
  const written: SheetDoc[] = [];
  const saved: unknown[] = [];
  const h: Host = {
    kind: 'browser',
    displayLanguage: () => opts.lang ?? 'zh-TW',
    listSheets: async () =>
      opts.sheets ?? [
        { name: 'Sales', rows: GRID.length, cols: 2, isActive: true, owned: false, hidden: false },
      ],
    readGrid: async (sheet) => ({ sheet, address: 'A1', grid: GRID }),
    writeSheetDoc: async (doc) => {
      written.push(doc);
      return { ok: true, tabs: doc.tabs.map((t) => ({ key: t.key, name: t.name })) };
    },
    loadSettings: async () => opts.saved ?? null,
    saveSettings: async (s) => void saved.push(s),
    activateSheet: async () => undefined,
  };
  return { h, written, saved };
}

describe('oneClickReview', () => {
  it('with nothing saved: the active sheet, in the host’s language; saves the sheet and the run', async () => {
    const { h, written, saved } = host();
    const r = await oneClickReview(h, { runReview });
    expect(r.lang).toBe('zh-TW');
    expect(r.result.ok).toBe(true);
    expect(written[0].lang).toBe('zh-TW');
    expect(saved[0]).toMatchObject({
      sheet: 'Sales',
      language: 'zh-TW',
      lastRun: { tabs: expect.any(Array) },
    });
  });

  it('never reviews a review tab: with nothing saved and one active, NO_DATA_SHEET and nothing written', async () => {
    const { h, written } = host({
      sheets: [{ name: '复盘-总览', rows: 9, cols: 9, isActive: true, owned: true, hidden: false }],
    });
    const r = await oneClickReview(h, { runReview });
    expect(r.result).toMatchObject({ ok: false, code: 'NO_DATA_SHEET' });
    expect(written).toEqual([]);
  });

  it('settings that no longer validate stop the run (BAD_SETTINGS) with what is wrong; nothing saved over them', async () => {
    const { h, written, saved } = host({ saved: { version: 1, fiscalStartMonth: 13 } });
    const r = await oneClickReview(h, { runReview });
    expect(r.result).toMatchObject({
      ok: false,
      code: 'BAD_SETTINGS',
      detail: expect.stringMatching(/^fiscalStartMonth: /),
    });
    expect(written).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('uses the saved sheet and language', async () => {
    const { h, written } = host({ saved: { sheet: 'Sales', language: 'en' }, lang: 'zh-CN' });
    const r = await oneClickReview(h, { runReview });
    expect([r.lang, r.settings?.sheet, written[0].lang]).toEqual(['en', 'Sales', 'en']);
  });
});

describe('settingsForRun', () => {
  it('defaults in the host’s language when nothing is saved', async () => {
    const r = await settingsForRun(host({ lang: 'en-US' }).h);
    expect('settings' in r && r.settings.language).toBe('en');
  });
});
