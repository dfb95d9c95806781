/**
 * The whole-table formulas inside a spreadsheet engine (HyperFormula with the registry as a real
 * function plugin): whole-column references into another sheet, spills, and the review's figures.
 */
import { DetailedCellError, HyperFormula, type CellValue } from 'hyperformula';
import { clearTableCache, tableCacheStats } from '../../../core/functions/sales-table';
import { runReview } from '../../../core/pipeline';
import type { ReviewModel } from '../../../core/review';
import { defaultSettings } from '../../../core/settings/schema';
import type { Grid } from '../../../core/table/types';
import { fixture as messy, NAIVE_SUMIFS } from '../../fixtures/sheets/naive-sumifs';
import { demoGrid } from './demo-grid';
import { SALES_TRANSLATIONS, SalesPlugin, setPluginLang } from './hf-plugin';

beforeAll(() => HyperFormula.registerFunctionPlugin(SalesPlugin, SALES_TRANSLATIONS));
afterAll(() => HyperFormula.unregisterFunctionPlugin(SalesPlugin));

/** Cells as a spreadsheet holds them: Dates become serial numbers (1900 system), as Excel passes them. */
function cellsOf(grid: Grid): (string | number | boolean | null)[][] {
  const epoch = Date.UTC(1899, 11, 30);
  return grid.map((row) =>
    row.map((v) => (v instanceof Date ? (v.getTime() - epoch) / 86_400_000 : (v ?? null))),
  );
}

/** A workbook with the data sheet first (evaluated before the formulas read it) and the formulas. */
function workbook(data: Grid, formulas: (string | null)[][]): HyperFormula {
  return HyperFormula.buildFromSheets(
    { 销售明细: cellsOf(data), Review: formulas },
    { licenseKey: 'gpl-v3', maxRows: 1_048_576 },
  );
}

const values = (hf: HyperFormula): CellValue[][] => hf.getSheetValues(hf.getSheetId('Review') ?? 1);

describe('a messy sheet: a naive SUMIFS is wrong, SALES.REVENUE is right', () => {
  const D = "'销售明细'";
  const hf = () =>
    workbook(messy.grid, [
      [
        `=SUMIFS(${D}!D:D,${D}!A:A,"华东",${D}!B:B,">="&DATE(2025,1,1),${D}!B:B,"<"&DATE(2026,1,1))`,
        `=SALES.REVENUE(${D}!A:D,2025,"region","华东")`,
        `=SALES.REVENUE(${D}!A:D,2025)`,
        `=SALES.REVENUE(${D}!A:D,2025,"区域","华南")`,
      ],
      [`=SALES.DATA_QUALITY(${D}!A:D)`],
    ]);

  it('SUMIFS counts the 小计 row and drops text dates and 万 amounts; SALES.REVENUE does neither', () => {
    const [row] = values(hf());
    expect(row[0]).toBe(NAIVE_SUMIFS.east2025Sumifs);
    expect(row[1]).toBe(NAIVE_SUMIFS.east2025);
    expect(row[2]).toBe(NAIVE_SUMIFS.total2025);
    expect(row[3]).toBe(53000.5);
  });

  it('SALES.DATA_QUALITY spills why: the subtotal rows skipped, the refund kept', () => {
    const v = values(hf()).slice(1);
    const line = (label: string) => v.find((r) => r[0] === label);
    expect(line('Rows used')?.slice(1, 3)).toEqual([8, 518000.5]);
    expect(line('Subtotal / total row (not counted twice)')?.[1]).toBe(2);
    expect(line('Refund / negative amount (kept)')?.slice(1, 3)).toEqual([1, -20000]);
    expect(line('Amount')?.[3]).toBe('销售额(元)');
  });
});

describe('formulas beside the data: A:I on the same sheet, mapping hints as text, errors in Chinese', () => {
  // two money columns: the review reads 实收(万元) (in 万, from its header); "amount=订单金额" the other;
  // both years run January–April, so the YoY is like for like over whole years
  const data: Grid = [
    ['日期', '区域', '客户', '订单金额', '实收(万元)'],
    [45672, '华东', '甲', 120000, 11.5],
    [45700, '华南', '乙', 80000, 7.8],
    [45760, '华东', '丙', 50000, 5],
    [45320, '华东', '甲', 90000, 9],
    [45400, '华南', '丁', 60000, 6],
  ];
  const cells = cellsOf(data).map((r) => [...r, null]);
  cells[0].push('=SALES.REVENUE(A:E,2025)');
  cells[1].push('=SALES.REVENUE(A:E,2025,,,,"amount=订单金额")');
  cells[2].push('=SALES.REVENUE(A:E,2025,"区域","华东",,"amount=订单金额; fiscal_start=1")');
  cells[3].push('=SALES.YOY(A:E,2025,,,"金额＝订单金额")');
  cells[4].push('=SALES.REVENUE(A:E,2025,,,,"amount=实付金额")');
  cells[5].push('=SALES.REVENUE(A:E,2025,,,,"amount=订单金额; fiscal_start=13")');
  let v: CellValue[][];
  let review: (mapping: Record<string, string>) => number;

  beforeAll(() => {
    setPluginLang('zh-CN');
    clearTableCache();
    const hf = HyperFormula.buildFromSheets(
      { 销售明细: cells },
      { licenseKey: 'gpl-v3', maxRows: 1_048_576 },
    );
    v = hf.getSheetValues(0);
    review = (mapping) => {
      const r = runReview(data, { ...defaultSettings(), language: 'zh-CN', year: 2025, mapping });
      if (!r.ok) throw new Error(r.message);
      return r.model.totals.revenue;
    };
  });
  afterAll(() => setPluginLang('en'));

  it('reads the columns beside it (A:E, no sheet name) as the review reads the sheet', () => {
    expect(v[0][6]).toBe(review({}));
    expect(v[0][6]).toBeCloseTo(243_000, 6);
  });

  it('a mapping hint given as text (full-width ＝ too) reads the column the user names, as the review would', () => {
    expect(v[1][6]).toBe(review({ amount: '订单金额' }));
    expect(v[1][6]).toBe(250_000);
    expect(v[2][6]).toBe(170_000);
    expect(v[3][6]).toBeCloseTo(250_000 / 150_000 - 1, 9);
  });

  it('a hint that names no column, or a bad option, is an error in the user language naming the fix', () => {
    expect(v[4][6]).toBeInstanceOf(DetailedCellError);
    expect((v[4][6] as DetailedCellError).message).toBe(
      'mapping：为“销售额”指定的“实付金额”不是 data 的表头（表头：日期、区域、客户、订单金额、实收(万元)）。',
    );
    expect((v[5][6] as DetailedCellError).message).toBe('mapping：fiscal_start“13”必须是 1 到 12 的月份。');
  });
});

describe('the demo workbook in a spreadsheet engine', () => {
  let model: ReviewModel;
  let sheet: CellValue[][];
  let ingests = 0;
  const A = "'销售明细'!A:I";
  /** Where each spill starts in the Review sheet: [row, column]. */
  const AT = {
    breakdown: [2, 0],
    quarters: [2, 8],
    customers: [2, 16],
    top: [2, 20],
    error: [0, 21],
  } as const;

  beforeAll(async () => {
    const data = await demoGrid();
    const r = runReview(data, { ...defaultSettings(), language: 'en' });
    if (!r.ok) throw new Error(r.message);
    model = r.model;
    const scalars = [
      `=SALES.REVENUE(${A},2025)`,
      `=SALES.YOY(${A},2025)`,
      ...(model.breakdowns.region ?? []).map((x) => `=SALES.REVENUE(${A},2025,"region","${x.key}")`),
      ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `=SALES.REVENUE(${A},2025,,,"${q}")`),
      `=SALES.ATTAINMENT_OF(${A},"3.45亿",2025)`,
      ...(model.breakdowns.product ?? [])
        .slice(0, 3)
        .map((x) => `=SALES.YOY(${A},2025,"product","${x.key}")`),
      `=SALES.REVENUE(${A},2024)`,
      `=SALES.REVENUE(${A},2025,"channel","直销","H2")`,
      `=SALES.REVENUE(${A},2025,,,12)`,
      `=SALES.YOY(${A})`,
      `=SALES.REVENUE(${A},2025,"客户","上海华瑞汽车集团股份有限公司")`,
      `=SALES.REVENUE(${A},2019)`,
    ];
    const formulas: (string | null)[][] = [scalars, [], [], []];
    const put = ([r, c]: readonly [number, number], f: string) => {
      while (formulas[r].length < c) formulas[r].push(null);
      formulas[r][c] = f;
    };
    put(AT.breakdown, `=SALES.BREAKDOWN(${A},"region",2025)`);
    put(AT.quarters, `=SALES.QUARTERS(${A},2025)`);
    put(AT.customers, `=SALES.CUSTOMERS(${A})`);
    put(AT.top, `=SALES.TOP_CUSTOMERS(${A},5,2025)`);
    clearTableCache();
    sheet = values(workbook(data, formulas));
    ingests = tableCacheStats().ingests;
  });

  /** The spill that starts at `at`, as rows of cells. */
  const spill = ([r, c]: readonly [number, number], width: number): CellValue[][] =>
    sheet
      .slice(r)
      .map((row) => row.slice(c, c + width))
      .filter((row) => row.some((x) => x !== null && x !== undefined));

  it('twenty formulas and four spills over the whole columns read the sheet once', () => {
    const row = sheet[0];
    expect(row.slice(0, 20).every((v) => typeof v === 'number')).toBe(true);
    expect(row[0]).toBeCloseTo(model.totals.revenue, 2);
    expect(row[1]).toBeCloseTo(model.totals.yoy ?? NaN, 9);
    expect(ingests).toBe(1);
  });

  it('SALES.BREAKDOWN(data, "region", 2025) spills the review\'s region table and its total', () => {
    const v = spill(AT.breakdown, 7);
    const rows = model.breakdowns.region ?? [];
    expect(v[0]).toEqual([
      'Region',
      'Revenue',
      'Prior year',
      'YoY',
      'Share',
      'Share change',
      'Contribution to growth',
    ]);
    expect(v).toHaveLength(rows.length + 2);
    rows.forEach((r, i) => {
      const got = v[i + 1];
      expect(got[0]).toBe(r.key);
      [r.revenue, r.priorRevenue, r.yoy, r.share, r.shareChange, r.contribution].forEach((x, k) =>
        expect(got[k + 1]).toBeCloseTo(x ?? NaN, 6),
      );
    });
    expect(v[rows.length + 1][0]).toBe('Total');
    expect(v[rows.length + 1][1]).toBeCloseTo(model.totals.revenue, 2);
  });

  it("SALES.QUARTERS spills the quarterly tab's quarters", () => {
    const v = spill(AT.quarters, 7);
    expect(v).toHaveLength(6);
    model.quarters.forEach((q, i) => {
      const got = v[i + 1];
      expect(got[0]).toBe(q.label);
      [q.revenue, q.priorRevenue, q.yoy].forEach((x, k) => expect(got[k + 1]).toBeCloseTo(x ?? NaN, 6));
      // an unknown figure is a blank cell
      if (q.qoq === null) expect(got[4]).toBe('');
      else expect(got[4]).toBeCloseTo(q.qoq, 9);
      expect(got[6]).toBeCloseTo(q.cumulative, 2);
    });
  });

  it('SALES.CUSTOMERS and SALES.TOP_CUSTOMERS spill the customers tab', () => {
    const c = model.customers;
    const lifecycle = spill(AT.customers, 3);
    const metric = (label: string) => lifecycle.find((r) => r[0] === label)?.[1];
    expect(metric('Active customers')).toBe(c.active);
    expect(metric('New customers')).toBe(c.new);
    expect(metric('Lost customers')).toBe(c.lost);
    expect(metric('Repurchase rate')).toBeCloseTo(c.repurchaseRate ?? NaN, 9);
    const top = spill(AT.top, 8);
    expect(top).toHaveLength(6);
    c.top.slice(0, 5).forEach((t, i) => {
      expect(top[i + 1].slice(0, 2)).toEqual([i + 1, t.key]);
      expect(top[i + 1][2]).toBeCloseTo(t.revenue, 2);
    });
  });

  it('an error keeps its message in the cell', () => {
    const e = sheet[0][20];
    expect(e).toBeInstanceOf(DetailedCellError);
    expect((e as DetailedCellError).message).toBe(
      'data has no rows in 2019 (years with data: 2023, 2024, 2025).',
    );
  });
});
