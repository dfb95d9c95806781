import { ExcelHost } from '../../excel-addin/host';
import { HostError } from '../../core/host/errors';
import { FakeExcel } from './fake-excel';
import { officeFake } from './office-fake';

function bigGrid(rows: number, cols: number): (string | number)[][] {
  const grid: (string | number)[][] = [Array.from({ length: cols }, (_, c) => `Header ${c}`)];
  for (let r = 1; r < rows; r++) {
    grid.push(
      Array.from({ length: cols }, (_, c) => (c % 3 === 0 ? `客户-${r}-${c}-text` : r * 10 + c + 0.25)),
    );
  }
  return grid;
}

function hostOver(xl: FakeExcel) {
  return new ExcelHost({ run: xl.run, office: officeFake().office });
}

describe('ExcelHost.readGrid', () => {
  test('a small sheet is read in one round trip', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid([
      ['Date', 'Amount'],
      [45658, 100],
    ]);
    const r = await hostOver(xl).readGrid('Sales');
    expect(r).toEqual({
      sheet: 'Sales',
      address: 'A1:B2',
      grid: [
        ['Date', 'Amount'],
        [45658, 100],
      ],
      date1904: false,
    });
    expect(xl.syncCount).toBe(1);
  });

  test('a preview reads the rows asked for, not a 1,000-row block', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid(bigGrid(5000, 10));
    const r = await hostOver(xl).readGrid('Sales', { maxRows: 30 });
    expect(r.grid).toHaveLength(30);
    expect(xl.cellsRead).toBe(30 * 10);
    expect(xl.syncCount).toBe(1);
  });

  test('a used range over 10 million cells (one stray value in column XFD) is TOO_LARGE after one round trip', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid(bigGrid(50, 3));
    xl.sheets[0].setGrid([['stray']], 700, 16383);
    const err = await hostOver(xl)
      .readGrid('Sales')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({
      code: 'TOO_LARGE',
      params: { sheet: 'Sales', address: 'A1:XFD701', cells: '11,485,184', limit: '10,000,000' },
    });
    // only the speculative first block was read (at most 1,000 rows × 64 columns)
    expect(xl.cellsRead).toBeLessThanOrEqual(1000 * 64);
    expect(xl.syncCount).toBe(1);
  });

  test('the 10 million cells cap holds for a data set over several sheets: cells read before count', async () => {
    const xl = new FakeExcel(['Sheet2']);
    xl.sheets[0].setGrid(bigGrid(50, 3));
    const host = hostOver(xl);
    await expect(host.readGrid('Sheet2', { priorCells: 10_000_000 - 150 })).resolves.toMatchObject({
      address: 'A1:C50',
    });
    xl.syncCount = 0;
    xl.cellsRead = 0;
    const err = await host.readGrid('Sheet2', { priorCells: 10_000_000 - 149 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TOO_LARGE', params: { sheet: 'Sheet2', cells: '10,000,001' } });
    // refused after the one round trip that learns the size, before any further block
    expect(xl.syncCount).toBe(1);
  });

  test('reads the workbook’s date system (1904 on old Mac workbooks) with the grid', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid([['Date'], [43831]]);
    expect((await hostOver(xl).readGrid('Sales')).date1904).toBe(false);
    xl.date1904 = true;
    expect((await hostOver(xl).readGrid('Sales')).date1904).toBe(true);
  });

  test('a large sheet is read in blocks under 4 MB, correctly reassembled', async () => {
    const xl = new FakeExcel(['Sales']);
    const grid = bigGrid(40000, 12);
    xl.sheets[0].setGrid(grid);
    const r = await hostOver(xl).readGrid('Sales');
    expect(r.grid).toEqual(grid);
    expect(r.address).toBe('A1:L40000');
    const bytes = JSON.stringify(grid).length;
    expect(xl.syncCount).toBeGreaterThan(1);
    // one round trip per ~3 MB block, plus the first (size + head) one
    expect(xl.syncCount).toBeLessThanOrEqual(2 + Math.ceil(bytes / (3 * 1024 * 1024)));
    expect(xl.maxSyncBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  test('reports reading progress up to the row count', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid(bigGrid(3000, 12));
    const events: [number, number][] = [];
    await hostOver(xl).readGrid('Sales', { onProgress: (e) => events.push([e.done, e.total]) });
    expect(events[events.length - 1]).toEqual([3000, 3000]);
    expect(events.map((e) => e[0])).toEqual([...events.map((e) => e[0])].sort((a, b) => a - b));
    expect(events.length).toBeGreaterThanOrEqual(2);
  });

  test('an offset used range keeps its address and only its cells', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid(
      [
        ['Region', 'Amount'],
        ['East', 5],
      ],
      2,
      1,
    );
    const r = await hostOver(xl).readGrid('Sales');
    expect(r.address).toBe('B3:C4');
    expect(r.grid).toEqual([
      ['Region', 'Amount'],
      ['East', 5],
    ]);
  });

  test('a used range starting below the first block is read by blocks', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid(
      [
        ['Region', 'Amount'],
        ['East', 5],
      ],
      1500,
      0,
    );
    const r = await hostOver(xl).readGrid('Sales');
    expect(r.address).toBe('A1501:B1502');
    expect(r.grid).toEqual([
      ['Region', 'Amount'],
      ['East', 5],
    ]);
  });

  test('maxRows reads only the first rows (wizard preview)', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid(bigGrid(5000, 4));
    const r = await hostOver(xl).readGrid('Sales', { maxRows: 20 });
    expect(r.grid).toHaveLength(20);
    expect(r.address).toBe('A1:D20');
    expect(xl.syncCount).toBe(1);
  });

  test('cancellation between blocks rejects with CANCELLED', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid(bigGrid(3000, 12));
    const signal = { aborted: false };
    const p = hostOver(xl).readGrid('Sales', {
      signal,
      onProgress: (e) => {
        if (e.done > 0) signal.aborted = true;
      },
    });
    await expect(p).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  test('a missing sheet rejects with SHEET_NOT_FOUND', async () => {
    const xl = new FakeExcel(['Sales']);
    const p = hostOver(xl).readGrid('Nope');
    await expect(p).rejects.toBeInstanceOf(HostError);
    await expect(hostOver(xl).readGrid('Nope')).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
  });

  test('reading never writes', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.sheets[0].setGrid(bigGrid(100, 3));
    const before = JSON.stringify([...xl.sheets[0].cells]);
    await hostOver(xl).readGrid('Sales');
    expect(JSON.stringify([...xl.sheets[0].cells])).toBe(before);
    expect(xl.sheets[0].log).toEqual([]);
  });
});

describe('ExcelHost.listSheets / settings / activateSheet', () => {
  test('lists every sheet with used sizes, active, owned and hidden flags, in two round trips', async () => {
    const xl = new FakeExcel(['Sales', 'Empty', 'Hidden', 'Lookup']);
    xl.sheets[0].setGrid(bigGrid(10, 4));
    xl.sheets[2].visibility = 'Hidden';
    xl.sheets[2].setGrid(bigGrid(3, 4));
    xl.sheets[3].visibility = 'VeryHidden';
    const of = officeFake();
    of.store.set('salesReview.ownedTabs', [
      { id: xl.sheets[1].id, key: 'overview', name: 'empty' },
      // an id recorded under another name (ids are renumbered between sessions) is not ours
      { id: xl.sheets[0].id, key: 'quarterly', name: 'Review - Quarterly' },
    ]);
    const sheets = await new ExcelHost({ run: xl.run, office: of.office }).listSheets();
    expect(sheets).toEqual([
      { name: 'Sales', rows: 10, cols: 4, isActive: true, owned: false, hidden: false },
      { name: 'Empty', rows: 0, cols: 0, isActive: false, owned: true, hidden: false },
      // listed so it can be chosen, never combined by default (hidden and very hidden alike)
      { name: 'Hidden', rows: 3, cols: 4, isActive: false, owned: false, hidden: true },
      { name: 'Lookup', rows: 0, cols: 0, isActive: false, owned: false, hidden: true },
    ]);
    expect(xl.syncCount).toBe(2);
  });

  test('settings round-trip through the document settings and are persisted', async () => {
    const of = officeFake();
    const host = new ExcelHost({ run: new FakeExcel().run, office: of.office });
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({ version: 1, sheet: 'Sales', fiscalStartMonth: 4 });
    expect(of.saves).toBe(1);
    expect(await host.loadSettings()).toEqual({ version: 1, sheet: 'Sales', fiscalStartMonth: 4 });
  });

  test('a failed save rejects', async () => {
    const of = officeFake({ failSave: true });
    const host = new ExcelHost({ run: new FakeExcel().run, office: of.office });
    await expect(host.saveSettings({ version: 1 })).rejects.toThrow('disk full');
  });

  test('corrupt saved settings load as null', async () => {
    const of = officeFake();
    of.store.set('salesReview.settings', '{not json');
    expect(await new ExcelHost({ run: new FakeExcel().run, office: of.office }).loadSettings()).toBeNull();
  });

  test('activateSheet brings the tab to front', async () => {
    const xl = new FakeExcel(['Sales', 'Review - Overview']);
    await hostOver(xl).activateSheet('Review - Overview');
    expect(xl.activeId).toBe(xl.sheets[1].id);
  });

  test('displayLanguage is the Office UI language', () => {
    const host = new ExcelHost({ run: new FakeExcel().run, office: officeFake({ lang: 'zh-CN' }).office });
    expect(host.displayLanguage()).toBe('zh-CN');
    expect(host.kind).toBe('excel');
  });
});
