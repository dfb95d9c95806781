import { evaluate, makeContext } from '../../../core/functions';
import {
  CACHE_MAX_TABLES,
  clearTableCache,
  loadSalesTable,
  tableCacheStats,
  usedRows,
} from '../../../core/functions/sales-table';
import { isFnError } from '../../../core/functions/types';

/** 2024 and 2025 rows, two regions, a 万 text amount; 2025 total 100 + 125,000 + 50 = 125,150. */
const grid = (): unknown[][] => [
  ['日期', '区域', '客户', '销售额'],
  ['2024-03-01', '华东', '甲', 90],
  ['2025-01-05', '华东', '甲', 100],
  ['2025-02-05', '华南', '乙', '12.5万'],
  ['2025-03-05', '华南', '丙', 50],
];

beforeEach(() => clearTableCache());

describe('the table cache', () => {
  it('ingests a range once for twenty formulas over it, even when each call gets a fresh copy', () => {
    const calls: [string, unknown[]][] = [
      ['REVENUE', [grid()]],
      ['REVENUE', [grid(), 2025]],
      ['REVENUE', [grid(), 2024]],
      ['YOY', [grid(), 2025]],
      ['REVENUE', [grid(), 2025, 'region', '华东']],
      ['REVENUE', [grid(), 2025, 'region', '华南']],
      ['REVENUE', [grid(), 2025, null, null, 'Q1']],
      ['ATTAINMENT_OF', [grid(), 100000]],
      ['BREAKDOWN', [grid(), 'region']],
      ['BREAKDOWN', [grid(), 'customer', 2025]],
      ['QUARTERS', [grid()]],
      ['QUARTERS', [grid(), 2024]],
      ['CUSTOMERS', [grid()]],
      ['TOP_CUSTOMERS', [grid(), 2]],
      ['DATA_QUALITY', [grid()]],
      ['YOY', [grid(), 2025, 'region', '华东']],
      ['REVENUE', [grid(), 2025, 'customer', '乙']],
      ['REVENUE', [grid(), 2025, null, null, 'H1']],
      ['ATTAINMENT_OF', [grid(), '10万', 2025, 'region', '华南']],
      ['REVENUE', [grid(), 2025, null, null, 3]],
    ];
    for (const [name, args] of calls) expect(isFnError(evaluate(name, args))).toBe(false);
    expect(tableCacheStats()).toMatchObject({ calls: 20, ingests: 1, entries: 1 });
  });

  it('reads the range again when one cell changes, so the figure is never stale', () => {
    expect(evaluate('REVENUE', [grid(), 2025])).toBe(125150);
    const edited = grid();
    edited[4][3] = 60;
    expect(evaluate('REVENUE', [edited, 2025])).toBe(125160);
    expect(tableCacheStats().ingests).toBe(2);
  });

  it('cuts the blank rows of a whole-column reference before reading: A:D is A1:D5', () => {
    const blank = [null, null, null, null];
    const whole = [...grid(), ...new Array<unknown[]>(1_048_571).fill(blank)];
    expect(whole).toHaveLength(1_048_576);
    expect(usedRows(whole)).toBe(5);
    expect(evaluate('REVENUE', [whole, 2025])).toBe(125150);
    expect(evaluate('REVENUE', [grid(), 2025])).toBe(125150);
    expect(tableCacheStats()).toMatchObject({ ingests: 1, cells: 5 * 4 });
  });

  it('a host with a limit per call (Sheets: 30 s) refuses a larger range at once, without reading it', () => {
    const limit = { host: 'sheets', maxTableCells: 5 * 4 } as const;
    expect(evaluate('REVENUE', [grid(), 2025], limit)).toBe(125150);
    clearTableCache();
    const longer = [...grid(), ['2025-04-05', '华南', '丙', 1]];
    expect(evaluate('REVENUE', [longer, 2025], { ...limit, lang: 'zh-CN' })).toEqual({
      error: '#VALUE!',
      message:
        'data 共有 24 个单元格，超过 Google 表格单个公式 30 秒内能读完的量（约 20 个）：请改用“扩展程序 › 销售复盘 › 生成复盘”（分块读取），或缩小区域。',
    });
    expect(tableCacheStats().ingests).toBe(0);
    // Excel has no such limit of its own (its 5 MB payload cap refuses a call before it runs)
    expect(evaluate('REVENUE', [longer, 2025])).toBe(125151);
  });

  it('keeps Sheets blanks ("") and Excel blanks (null) as the same content', () => {
    const sheets = grid().map((r) => r.map((v) => v ?? ''));
    sheets.push(['', '', '', '']);
    evaluate('REVENUE', [grid()]);
    evaluate('REVENUE', [sheets]);
    expect(tableCacheStats().ingests).toBe(1);
  });

  it('reads a range again for another mapping or another language, not for the same one', () => {
    evaluate('REVENUE', [grid(), 2025, null, null, null, 'amount=销售额']);
    evaluate('REVENUE', [grid(), 2025, null, null, null, 'amount = 销售额']);
    expect(tableCacheStats().ingests).toBe(1);
    evaluate('REVENUE', [grid(), 2025]);
    evaluate('REVENUE', [grid(), 2025], { lang: 'zh-CN' });
    expect(tableCacheStats().ingests).toBe(3);
  });

  it(`holds at most ${CACHE_MAX_TABLES} ranges, dropping the least recently used`, () => {
    for (let i = 0; i < CACHE_MAX_TABLES + 3; i++) {
      const g = grid();
      g[2][3] = 100 + i;
      evaluate('REVENUE', [g]);
    }
    expect(tableCacheStats().entries).toBe(CACHE_MAX_TABLES);
    evaluate('REVENUE', [grid()]); // the first one was dropped: read again
    expect(tableCacheStats().ingests).toBe(CACHE_MAX_TABLES + 4);
  });

  it('remembers a range that cannot be read, so twenty formulas do not fail twenty times', () => {
    const noAmount = [
      ['日期', '备注'],
      ['2025-01-01', 'x'],
    ];
    const a = evaluate('REVENUE', [noAmount]);
    const b = evaluate('BREAKDOWN', [noAmount, 'region']);
    expect(a).toEqual(b);
    expect(tableCacheStats().ingests).toBe(1);
  });
});

describe('loadSalesTable errors: one sentence naming the argument that fixes it', () => {
  const en = makeContext('en');
  const err = (data: unknown[][], mapping?: unknown[][], lang: 'en' | 'zh-CN' | 'zh-TW' = 'en') => {
    const r = loadSalesTable(data, mapping, makeContext(lang));
    if (!isFnError(r)) throw new Error('expected an error');
    return r;
  };

  it('an empty range', () => {
    expect(err([[null], ['']])).toEqual({
      error: '#VALUE!',
      message: expect.stringMatching(/^data is empty/),
    });
  });

  it('no amount column: lists the headers and names the mapping argument', () => {
    expect(
      err([
        ['日期', '客户', '备注'],
        ['2025-01-01', '甲', 'x'],
      ]),
    ).toEqual({
      error: '#VALUE!',
      message:
        'No amount column was found in data (headers: 日期, 客户, 备注): name it in the mapping argument, e.g. "amount=Sales Amount".',
    });
    expect(
      err(
        [
          ['日期', '客户', '备注'],
          ['2025-01-01', '甲', 'x'],
        ],
        undefined,
        'zh-CN',
      ).message,
    ).toBe(
      'data 中未找到金额列（表头：日期、客户、备注）：请在 mapping 参数中指定，如“amount=销售额(万元)”。',
    );
    expect(
      err(
        [
          ['日期', '客戶', '備註'],
          ['2025-01-01', '甲', 'x'],
        ],
        undefined,
        'zh-TW',
      ).message,
    ).toContain('請在 mapping 參數中指定，如「amount=銷售額(萬元)」');
  });

  it('the mapping argument fixes what detection missed', () => {
    const g = [
      ['下单', '客户', '实付'],
      ['2025-01-01', '甲', 'x'],
      ['2025-01-02', '乙', '100'],
    ];
    const fixed = loadSalesTable(g, [['amount=实付; date=下单']], en);
    expect(isFnError(fixed)).toBe(false);
    expect(evaluate('REVENUE', [g, null, null, null, null, 'amount=实付; date=下单'])).toBe(100);
  });

  it('a mapped header that is not in the range', () => {
    expect(err(grid(), [['amount=Sales']]).message).toBe(
      'mapping: "Sales" given for Amount is not a header of data (headers: 日期, 区域, 客户, 销售额).',
    );
  });

  it('a currency without a rate names the option to add', () => {
    // two currencies: a table all in USD is read in USD (core/table/currency.ts reviewCurrency)
    const g = [
      ['日期', '币种', '金额'],
      ['2025-01-01', 'CNY', 100],
      ['2025-01-02', 'USD', 100],
    ];
    expect(err(g).message).toBe(
      'Rows in USD have no exchange rate: add "USD=" and the rate (CNY per 1 USD) to the mapping argument.',
    );
    expect(evaluate('REVENUE', [g, null, null, null, null, 'USD=7.2'])).toBe(820);
  });

  it('a header with nothing under it', () => {
    expect(
      err([
        ['日期', '销售额'],
        [null, null],
        ['', ''],
      ]).message,
    ).toMatch(/no sales rows/);
  });
});
