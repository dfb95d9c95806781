import { BrowserHost, type JsonBook } from '../../../examples/browser-host/browser-host';
import type { SheetDoc, TabDoc } from '../../../core/sheetdoc/types';

function tab(key: string, name: string): TabDoc {
  return {
    key,
    name,
    cells: [['a', 1]],
    formats: [],
    merges: [],
    colWidths: [],
    freeze: { rows: 0, cols: 0 },
    conditionalFormats: [],
    charts: [],
    inputRanges: [],
    print: { landscape: false, fitToWidth: true },
  };
}
const doc = (...tabs: TabDoc[]): SheetDoc => ({ owner: 'sales-review', version: 1, lang: 'en', tabs });

function book(): JsonBook {
  const grid = [['日期', '销售额'], ...Array.from({ length: 12001 }, (_, i) => ['2025-01-01', i])];
  return {
    name: 'b',
    sheets: [
      { name: 'Sales', grid },
      { name: 'Review - Overview', grid: [['mine']] },
    ],
  };
}

class MemoryStore {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

const make = (store = new MemoryStore()) => new BrowserHost(book(), null, store, 'k', 'zh-CN');

describe('BrowserHost', () => {
  it('lists the sheets with their used size, the first active', async () => {
    const sheets = await make().listSheets();
    expect(sheets[0]).toEqual({
      name: 'Sales',
      rows: 12002,
      cols: 2,
      isActive: true,
      owned: false,
      hidden: false,
    });
  });

  it('reads in blocks with progress, and only maxRows when asked', async () => {
    const host = make();
    const events: number[] = [];
    const r = await host.readGrid('Sales', { onProgress: (e) => events.push(e.done) });
    expect(r.grid).toHaveLength(12002);
    expect(r.address).toBe('A1:B12002');
    expect(events).toEqual([5000, 10000, 12002]);
    expect((await host.readGrid('Sales', { maxRows: 30 })).grid).toHaveLength(30);
  });

  it('fails with a code for a missing sheet and on cancel', async () => {
    const host = make();
    await expect(host.readGrid('Nope')).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
    await expect(host.readGrid('Sales', { signal: { aborted: true } })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('writes tabs as owned, suffixing a clash with a user sheet, and replaces them on refresh', async () => {
    const host = make();
    const first = await host.writeSheetDoc(
      doc(tab('overview', 'Review - Overview'), tab('plan', 'Review - Plan')),
    );
    expect(first).toEqual({
      ok: true,
      tabs: [
        { key: 'overview', name: 'Review - Overview (2)' },
        { key: 'plan', name: 'Review - Plan' },
      ],
    });
    await host.writeSheetDoc(doc(tab('overview', 'Review - Overview')));
    const sheets = await host.listSheets();
    expect(sheets.map((s) => [s.name, s.owned])).toEqual([
      ['Sales', false],
      ['Review - Overview', false],
      ['Review - Overview (2)', true],
    ]);
    expect(sheets.find((s) => s.isActive)?.name).toBe('Review - Overview (2)');
  });

  it('refuses invalid tab names and leaves the book as it was', async () => {
    const host = make();
    const r = await host.writeSheetDoc(doc(tab('x', 'a/b')));
    expect(r).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect((await host.listSheets()).some((s) => s.owned)).toBe(false);
  });

  it('keeps the written tabs in the store, so a reload finds them as owned tabs', async () => {
    const store = new MemoryStore();
    await make(store).writeSheetDoc(doc(tab('plan', 'Review - Plan')));
    const reopened = await make(store).listSheets();
    expect(reopened.filter((s) => s.owned).map((s) => s.name)).toEqual(['Review - Plan']);
  });

  it('keeps no tabs after a failed write, and ignores a damaged stored entry', async () => {
    const store = new MemoryStore();
    await make(store).writeSheetDoc(doc(tab('x', 'a/b')));
    expect(store.data.has('k:tabs')).toBe(false);
    store.setItem('k:tabs', '{broken');
    expect((await make(store).listSheets()).some((s) => s.owned)).toBe(false);
  });

  it('stores settings as JSON and hands back text that is not JSON as is', async () => {
    const store = new MemoryStore();
    const host = make(store);
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({ year: 2025 });
    expect(await host.loadSettings()).toEqual({ year: 2025 });
    store.setItem('k', '{broken');
    expect(await host.loadSettings()).toBe('{broken');
  });

  it('activates a sheet or fails with SHEET_NOT_FOUND', async () => {
    const host = make();
    await host.activateSheet('Review - Overview');
    expect((await host.listSheets()).find((s) => s.isActive)?.name).toBe('Review - Overview');
    await expect(host.activateSheet('Nope')).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
  });

  it('reports its kind and the display language it was given', () => {
    const host = make();
    expect(host.kind).toBe('browser');
    expect(host.displayLanguage()).toBe('zh-CN');
  });
});
