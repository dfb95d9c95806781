/**
 * The one-click review end to end with the real core pipeline (ingest → review → SheetDoc) over
 * the fake workbook: real tabs, owned, text kept as text, and the round trips counted.
 */
import { ExcelHost } from '../../excel-addin/host';
import { oneClickReview } from '../../excel-addin/one-click';
import { OWNED_TABS_KEY } from '../../excel-addin/owned-registry';
import { SETTINGS_KEY } from '../../excel-addin/settings-store';
import { FakeExcel } from './fake-excel';
import { officeFake } from './office-fake';

const EVIL = '=HYPERLINK("http://evil.example","click")';

/** Two years of monthly sales as Excel gives them (date serials, numbers, text). */
function salesGrid(rowsPerMonth: number): (string | number)[][] {
  const grid: (string | number)[][] = [['日期', '客户', '区域', '产品', '销售额', '成本']];
  const customers = ['华东贸易', '北方物流', EVIL, '南方电子', '西部能源', '+cmd|calc'];
  const regions = ['华东', '华北', '华南', '西部'];
  for (let m = 0; m < 24; m++) {
    const serial = 45292 + Math.floor(m * 30.44) + 4; // 2024-01-05 onward
    for (let i = 0; i < rowsPerMonth; i++) {
      const amount = 1000 + ((m * 37 + i * 11) % 500) * (m >= 12 ? 1.1 : 1);
      grid.push([
        serial,
        customers[(m + i) % customers.length],
        regions[i % 4],
        `P${i % 5}`,
        amount,
        amount * 0.6,
      ]);
    }
  }
  return grid;
}

function setup(rowsPerMonth = 20) {
  const xl = new FakeExcel(['销售数据']);
  xl.sheets[0].setGrid(salesGrid(rowsPerMonth));
  const of = officeFake({ lang: 'zh-CN' });
  return { xl, of, host: new ExcelHost({ run: xl.run, office: of.office }) };
}

describe('oneClickReview (real pipeline)', () => {
  test('writes the review tabs, all owned, and saves the settings used', async () => {
    const { xl, of, host } = setup();
    const out = await oneClickReview(host, of.office);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.tabs.length).toBeGreaterThanOrEqual(4);
    expect(out.tabs.map((t) => t.key)).toContain('overview');
    expect(xl.sheets.slice(1).map((s) => s.name)).toEqual(out.tabs.map((t) => t.name));
    const owned = of.saved.get(OWNED_TABS_KEY) as { id: string }[];
    expect(owned.map((o) => o.id)).toEqual(xl.sheets.slice(1).map((s) => s.id));
    expect(JSON.parse(of.saved.get(SETTINGS_KEY) as string)).toMatchObject({
      sheet: '销售数据',
      language: 'zh-CN',
    });
    expect(out.message).toContain('销售复盘已生成');
  });

  test('customer names that look like formulas are written as text everywhere', async () => {
    const { xl, of, host } = setup();
    await oneClickReview(host, of.office);
    let seen = 0;
    for (const s of xl.sheets.slice(1)) {
      for (const cell of s.cells.values()) {
        if (cell.formula) expect(cell.formula).not.toContain('evil.example');
        if (cell.value === EVIL || cell.value === '+cmd|calc') {
          seen++;
          expect(cell.numberFormat).toBe('@');
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('the review has native formulas', async () => {
    const { xl, of, host } = setup();
    await oneClickReview(host, of.office);
    const formulas = xl.sheets.slice(1).flatMap((s) => [...s.cells.values()].filter((c) => c.formula));
    expect(formulas.length).toBeGreaterThan(0);
  });

  test.each([
    [20, 9],
    [300, 10],
  ])(
    'with saved settings, %i rows a month take %i round trips (reads: 1 + a block per ~3 MB past the first 1000 rows; the sheet list, 2, for sheets that go on with its header and the owned tabs; the findings and plan tabs, 1 each, for the notes a refresh keeps; write: 4)',
    async (rowsPerMonth, syncs) => {
      const { xl, of, host } = setup(rowsPerMonth);
      await oneClickReview(host, of.office); // first run saves the settings
      const before = xl.syncCount;
      const out = await oneClickReview(host, of.office);
      expect(out.ok).toBe(true);
      expect(xl.syncCount - before).toBe(syncs);
    },
  );

  test('refresh replaces the owned tabs and leaves the data sheet as it was', async () => {
    const { xl, of, host } = setup();
    await oneClickReview(host, of.office);
    const data = JSON.stringify([...xl.sheets[0].cells]);
    const names = xl.sheets.map((s) => s.name);
    await oneClickReview(host, of.office);
    expect(xl.sheets.map((s) => s.name)).toEqual(names);
    expect(JSON.stringify([...xl.sheets[0].cells])).toBe(data);
  });

  test('a sheet without an amount column reports the core message and writes nothing', async () => {
    const xl = new FakeExcel(['Notes']);
    xl.sheets[0].setGrid([
      ['Name', 'Comment'],
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const of = officeFake({ lang: 'en-US' });
    const out = await oneClickReview(new ExcelHost({ run: xl.run, office: of.office }), of.office);
    expect(out.ok).toBe(false);
    expect(out.message.startsWith('Sales review failed: ')).toBe(true);
    expect(xl.sheets).toHaveLength(1);
  });
});
