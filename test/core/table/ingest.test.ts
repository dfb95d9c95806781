import { ingest } from '../../../core/table/ingest';
import type { Grid } from '../../../core/table/types';

const base: Grid = [
  ['日期', '客户', '区域', '销售额'],
  ['2025-01-01', '甲', '华东', 100],
  ['2025-02-01', '乙', '华南', 200],
  ['华东合计', null, null, 100],
  [null, '丙', '华北', 50],
];

describe('ingest', () => {
  it('builds a columnar table with dictionary-encoded dimensions', () => {
    const r = ingest(base);
    if (!r.ok) throw new Error(r.code);
    expect(r.table.rowCount).toBe(2);
    expect(Array.from(r.table.sourceRow)).toEqual([2, 3]);
    expect(Array.from(r.table.monthIndex)).toEqual([2025 * 12, 2025 * 12 + 1]);
    expect(r.table.dims.customer?.values).toEqual(['甲', '乙']);
    expect(Array.from(r.table.dims.customer?.codes ?? [])).toEqual([0, 1]);
    expect(r.table.measures.amount?.values).toBeInstanceOf(Float64Array);
    expect(r.table.currency).toBe('CNY');
  });

  it('reports subtotal amounts on the issue but keeps them out of amountRead', () => {
    const r = ingest(base);
    if (!r.ok) throw new Error(r.code);
    const sub = r.quality.skipped.find((s) => s.code === 'SUBTOTAL_ROW');
    expect(sub).toMatchObject({ row: 4, amount: 100, raw: '华东合计' });
    expect(r.quality.amountRead).toBe(350);
    expect(r.quality.amountUsed).toBe(300);
    expect(r.quality.amountSkipped).toBe(50);
  });

  it('counts a row skipped for no date in amountSkipped with its sheet row and message', () => {
    const r = ingest(base, { lang: 'en' });
    if (!r.ok) throw new Error(r.code);
    expect(r.quality.skipped.find((s) => s.code === 'NO_DATE')).toEqual({
      row: 5,
      code: 'NO_DATE',
      message: 'Row 5: the date is blank.',
      amount: 50,
    });
  });

  it('numbers rows from sheetRowOffset', () => {
    const r = ingest(base, { sheetRowOffset: 11 });
    if (!r.ok) throw new Error(r.code);
    expect(Array.from(r.table.sourceRow)).toEqual([12, 13]);
  });

  it('localizes messages', () => {
    const zh = ingest(base, { lang: 'zh-TW' });
    if (!zh.ok) throw new Error(zh.code);
    expect(zh.quality.skipped[0].message).toContain('第 4 列');
  });

  it('does not mutate the grid or the options', () => {
    const grid = JSON.parse(JSON.stringify(base));
    const options = { rates: { USD: 7 }, overrides: { customer: '客户' } };
    ingest(grid, options);
    expect(grid).toEqual(JSON.parse(JSON.stringify(base)));
    expect(options).toEqual({ rates: { USD: 7 }, overrides: { customer: '客户' } });
  });

  it('converts a header currency with its rate and reports the conversion', () => {
    const r = ingest(
      [
        ['Date', 'Revenue (USD)'],
        ['2025-01-01', 100],
        ['2025-01-02', 50],
      ],
      { rates: { USD: 7.2 } },
    );
    if (!r.ok) throw new Error(r.code);
    expect(Array.from(r.table.measures.amount?.values ?? [])).toEqual([720, 360]);
    expect(r.quality.conversions).toEqual([{ currency: 'USD', rate: 7.2, rows: 2, amountOriginal: 150 }]);
  });

  it('fails with MISSING_RATE naming the currency that two currencies need to be added up', () => {
    const r = ingest(
      [
        ['Date', 'Currency', 'Revenue'],
        ['2025-01-01', 'CNY', 720],
        ['2025-01-02', 'USD', 100],
      ],
      { lang: 'en' },
    );
    expect(r).toMatchObject({ ok: false, code: 'MISSING_RATE', params: { currency: 'USD', target: 'CNY' } });
    if (!r.ok) expect(r.message).toContain('USD');
  });

  it('reviews a sheet all in one other currency, with no rate given, in that currency', () => {
    // "Revenue (USD)" used to stop with MISSING_RATE: a person reviews a dollar sheet in dollars
    const r = ingest(
      [
        ['Date', 'Revenue (USD)'],
        ['2025-01-01', 100],
      ],
      { lang: 'en' },
    );
    if (!r.ok) throw new Error(r.code);
    expect(r.table.currency).toBe('USD');
    expect(Array.from(r.table.measures.amount?.values ?? [])).toEqual([100]);
    expect(r.quality.conversions).toEqual([]);
  });

  it('reads an Italian invoice list: decimal commas in euros, day-first dates, the net amount', () => {
    const r = ingest(
      [
        ['Numero Fattura', 'Data', 'Cliente', 'Importo Netto (€)', 'Importo Totale (€)'],
        ['12/2025', '17/12/2025', 'BELKA S.R.L.', '2000,0', '2000,0'],
        ['11/2025', '11/12/2025', 'Bitcomet', '520,0', '540,8'],
        ['10/2025', '27/11/2025', 'BELKA S.R.L.', '1260,5', '1310,92'],
      ],
      { lang: 'en' },
    );
    if (!r.ok) throw new Error(r.code);
    expect([r.mapping.roles.date?.header, r.mapping.roles.amount?.header]).toEqual([
      'Data',
      'Importo Netto (€)',
    ]);
    expect(r.table.currency).toBe('EUR');
    expect(Array.from(r.table.measures.amount?.values ?? [])).toEqual([2000, 520, 1260.5]);
    expect(Array.from(r.table.monthIndex)).toEqual([2025 * 12 + 11, 2025 * 12 + 11, 2025 * 12 + 10]);
  });

  it('converts into another report currency', () => {
    const r = ingest(
      [
        ['日期', '币种', '金额'],
        ['2025-01-01', 'CNY', 720],
        ['2025-01-02', 'USD', 10],
      ],
      { currency: 'USD', rates: { CNY: 1 / 7.2 } },
    );
    if (!r.ok) throw new Error(r.code);
    expect(r.table.currency).toBe('USD');
    expect(r.quality.amountUsed).toBeCloseTo(110, 9);
  });

  it('returns the mapping with a failure so a wizard can still show columns', () => {
    const r = ingest([
      ['日期', '客户'],
      ['2025-01-01', 'A'],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('NO_AMOUNT_COLUMN');
      expect(r.mapping?.roles.customer?.column).toBe(1);
    }
  });

  it('fails NO_HEADER when no row looks like a header', () => {
    expect(
      ingest([
        [1, 2],
        [3, 4],
      ]),
    ).toMatchObject({ ok: false, code: 'NO_HEADER' });
  });

  it('falls back on the period column when the date is blank', () => {
    const r = ingest([
      ['日期', '月份', '金额'],
      [null, '2025-03', 10],
      ['2025-01-05', '2025-01', 20],
    ]);
    if (!r.ok) throw new Error(r.code);
    expect(Array.from(r.table.monthIndex)).toEqual([2025 * 12 + 2, 2025 * 12]);
    expect(Array.from(r.table.day)).toEqual([0, 5]);
    expect(r.quality.completeness.date).toBe(0.5);
  });

  it('re-codes dimensions over used rows only', () => {
    const r = ingest([
      ['日期', '区域', '金额'],
      ['bad', '只在跳过行', 1],
      ['2025-01-01', '华东', 2],
    ]);
    if (!r.ok) throw new Error(r.code);
    expect(r.table.dims.region?.values).toEqual(['华东']);
    expect(Array.from(r.table.dims.region?.codes ?? [])).toEqual([0]);
  });

  it('sees cells past the sampled width: a ragged row far down is scanned like any other', () => {
    const grid: (string | number | null)[][] = [['日期', '客户', '销售额']];
    for (let i = 0; i < 1000; i++) grid.push(['2025-03-05', `客户${i % 50}`, 100 + i]);
    // rows the sample (first 300, then every 3rd) does not take, with a fourth cell
    grid[701] = ['2025-03-05', '华东', 5000, '小计'];
    grid[902] = ['2025-03-05', '客户7', 100, '备注'];
    grid[905] = ['2025-03-05', '客户7', 100, '备注'];
    const r = ingest(grid);
    if (!r.ok) throw new Error(r.message);
    expect(r.mapping.headers).toEqual(['日期', '客户', '销售额', '']);
    expect(r.quality.skipped.map((x) => [x.row, x.code])).toEqual([[702, 'SUBTOTAL_ROW']]);
    const dups = r.quality.flagged.filter((f) => f.code === 'DUPLICATE_ROW').map((f) => f.row);
    expect(dups).toEqual([906]);
    expect(r.quality.rowsUsed).toBe(999);
  });

  it('reports completeness over used rows, whether or not rows were skipped', () => {
    const rows: (string | number | null)[][] = [
      ['2025-01-05', '甲', 100, 60],
      ['2025-01-06', null, 200, null],
      ['2025-01-07', '乙', 300, 'n/a'],
      ['2025-01-08', '  ', 400, 10],
    ];
    const header = ['日期', '客户', '销售额', '成本'];
    const all = ingest([header, ...rows]);
    const some = ingest([header, ...rows, ['合计', null, 1000, 70]]);
    for (const r of [all, some]) {
      if (!r.ok) throw new Error(r.message);
      expect(r.quality.completeness).toMatchObject({ date: 1, amount: 1, customer: 0.5, cost: 0.5 });
    }
  });

  it('encodes any text as a dimension value, including names an object would treat specially', () => {
    const names = [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '1000',
      '1e3',
      '01',
      '-0',
      'valueOf',
    ];
    const grid = [['日期', '客户', '销售额'], ...[...names, ...names].map((c) => ['2025-03-05', c, 1])];
    const r = ingest(grid);
    if (!r.ok) throw new Error(r.message);
    const cust = r.table.dims.customer;
    expect(cust?.values).toEqual(names);
    expect(Array.from(cust?.codes ?? [])).toEqual([...names.keys(), ...names.keys()]);
  });

  it('skips amounts too large to be money (text that overflows, a number times the header unit) as bad amounts', () => {
    const grid = [
      ['日期', '客户', '销售额(万元)', '成本'],
      ['2025-01-01', '甲', '1e999', 1],
      ['2025-01-02', '乙', 5, 2],
      ['2025-01-03', '丙', 1e305, 3],
      ['2025-01-04', '丁', '9'.repeat(400), 4],
      ['2025-01-05', '戊', 6, '-1e400'],
    ];
    const r = ingest(grid, { lang: 'en' });
    if (!r.ok) throw new Error(r.message);
    expect(Array.from(r.table.measures.amount?.values ?? [])).toEqual([50000, 60000]);
    expect(Array.from(r.table.measures.cost?.values ?? [])).toEqual([2, NaN]);
    expect(r.quality.skipped.map((x) => [x.row, x.code])).toEqual([
      [2, 'BAD_AMOUNT'],
      [4, 'BAD_AMOUNT'],
      [5, 'BAD_AMOUNT'],
    ]);
    expect(r.quality.amountUsed).toBe(110000);
    expect(r.quality.amountRead).toBe(110000);
  });

  it('ignores trailing blank rows of the used range', () => {
    const r = ingest([['日期', '金额'], ['2025-01-01', 1], [], [null, '']]);
    if (!r.ok) throw new Error(r.code);
    expect(r.quality.rowsRead).toBe(1);
  });

  it('keeps ids given as numbers in a customer column as text', () => {
    const r = ingest([
      ['日期', '客户编号', '金额'],
      ['2025-01-01', 1001, 1],
      ['2025-01-02', '1001', 2],
    ]);
    if (!r.ok) throw new Error(r.code);
    expect(r.table.dims.customer?.values).toEqual(['1001']);
  });

  it('counts only won deals of a CRM pipeline, though open deals carry an expected close date and amount', () => {
    const grid: Grid = [
      ['Opportunity', 'Account', 'Stage', 'Close Date', 'Amount'],
      ['A', 'Acme', 'Closed Won', '2025-03-01', 1000],
      ['B', 'Bolt', 'Closed Lost', '2025-03-05', 400],
      ['C', 'Core', 'Negotiation', '2025-06-30', 700],
      ['D', 'Dyno', 'Closed Won', '2025-04-10', 300],
    ];
    const r = ingest(grid);
    if (!r.ok) throw new Error(r.code);
    expect(Array.from(r.table.measures.amount?.values ?? [])).toEqual([1000, 300]);
    expect((r.quality.statuses ?? []).filter((x) => x.excluded).map((x) => x.status)).toEqual([
      'Closed Lost',
      'Negotiation',
    ]);
  });

  it('reads a Taiwanese sheet: Minguo dates and NT$ amounts, reviewed in TWD', () => {
    const r = ingest(
      [
        ['交易日期', '客戶名稱', '銷售金額(NT$)'],
        ['112/01/05', '甲', 'NT$1,200'],
        ['民國112年2月3日', '乙', 'NT$800'],
      ],
      { lang: 'zh-TW' },
    );
    if (!r.ok) throw new Error(r.code);
    expect(r.table.currency).toBe('TWD');
    expect(Array.from(r.table.monthIndex)).toEqual([2023 * 12, 2023 * 12 + 1]);
    expect(Array.from(r.table.measures.amount?.values ?? [])).toEqual([1200, 800]);
  });
});
