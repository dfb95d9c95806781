import { evaluate } from '../../../core/functions';
import { clearTableCache } from '../../../core/functions/sales-table';
import { attainmentVector, quarterVector, revenueVector } from './table-vectors';

beforeEach(() => clearTableCache());

describe("REVENUE, YOY and ATTAINMENT_OF on DOMAIN.md's vectors", () => {
  it('revenue 38.6亿 against 34.04亿 the year before is +13.4%', () => {
    expect(evaluate('REVENUE', [revenueVector(), 2025])).toBeCloseTo(38.6e8, 0);
    expect(evaluate('REVENUE', [revenueVector(), 2024])).toBeCloseTo(34.04e8, 0);
    expect(evaluate('YOY', [revenueVector(), 2025])).toBeCloseTo(0.134, 3);
  });

  it('new signings 1.37亿 against a 1.2亿 target is 114.2%', () => {
    expect(evaluate('ATTAINMENT_OF', [attainmentVector(), '1.2亿', 2025, 'region', '华东'])).toBeCloseTo(
      1.142,
      3,
    );
  });

  it('13.6亿 is 113.3% of the 12亿 base and 97.1% of the 14亿 stretch (and 104.6% only of 13亿)', () => {
    const data = attainmentVector();
    expect(evaluate('ATTAINMENT_OF', [data, '12亿'])).toBeCloseTo(1.133, 3);
    expect(evaluate('ATTAINMENT_OF', [data, 14e8])).toBeCloseTo(0.971, 3);
    expect(evaluate('ATTAINMENT_OF', [data, '13亿'])).toBeCloseTo(1.046, 3);
  });

  it('slices by quarter, half and month: 3,800 / 4,200 / 4,500 / 5,500万', () => {
    const data = quarterVector();
    expect(evaluate('REVENUE', [data, 2025, null, null, 'Q2'])).toBe(4.2e7);
    expect(evaluate('REVENUE', [data, 2025, null, null, 'H2'])).toBe(1e8);
    expect(evaluate('REVENUE', [data, 2025, null, null, 8])).toBe(4.5e7);
    expect(evaluate('REVENUE', [data, 2025, null, null, 'Sep'])).toBe(0);
    expect(evaluate('REVENUE', [data, 2025, 'region', '华东', '四季度'])).toBe(5.5e7);
    expect(evaluate('REVENUE', [data])).toBe(1.8e8);
  });
});

describe('bad input: an error value in the user language, never a throw', () => {
  const data = revenueVector();

  it('a year without data lists the years that have some', () => {
    expect(evaluate('REVENUE', [data, 2019])).toEqual({
      error: '#N/A',
      message: 'data has no rows in 2019 (years with data: 2024, 2025).',
    });
    expect(evaluate('REVENUE', [data, 2019], { lang: 'zh-TW' })).toEqual({
      error: '#N/A',
      message: 'data 中沒有 2019 年的資料（有資料的年份：2024、2025）。',
    });
  });

  it('a year that is no year', () => {
    expect(evaluate('REVENUE', [data, 25.5])).toEqual({
      error: '#VALUE!',
      message: 'year "25.5" is not a year such as 2025.',
    });
  });

  it('YoY without the year before', () => {
    expect(evaluate('YOY', [data, 2024])).toEqual({
      error: '#N/A',
      message: 'data has no rows in 2023, the year before 2024: YoY needs both years.',
    });
  });

  it('YoY of a segment that sold nothing the year before', () => {
    expect(evaluate('YOY', [data, 2025, 'region', '华北'])).toEqual({
      error: '#DIV/0!',
      message: '华北 had no revenue in 2024: growth against 0 is undefined.',
    });
  });

  it('a dimension the data does not have, a value it does not have, a half-given slice', () => {
    expect(evaluate('REVENUE', [data, 2025, 'channel', '直销'])).toEqual({
      error: '#VALUE!',
      message:
        'data has no "channel" column (dimensions: Customer, Region): name it in the mapping argument, e.g. "region=Area".',
    });
    expect(evaluate('REVENUE', [data, 2025, 'region', '华冬'], { lang: 'zh-CN' })).toEqual({
      error: '#N/A',
      message: '区域中没有“华冬”（现有值：华东、华南、华北）。',
    });
    expect(evaluate('REVENUE', [data, 2025, 'region'])).toEqual({
      error: '#VALUE!',
      message: 'Give both dimension and value (e.g. "region", "East"), or neither for the whole table.',
    });
  });

  it('a period that is none', () => {
    expect(evaluate('REVENUE', [data, 2025, null, null, 'Q5'])).toEqual({
      error: '#VALUE!',
      message: 'period "Q5" is neither a quarter (Q1–Q4), a half (H1, H2) nor a month (1–12).',
    });
  });

  it('a target of 0 or below', () => {
    expect(evaluate('ATTAINMENT_OF', [data, 0])).toMatchObject({ error: '#DIV/0!' });
    expect(evaluate('ATTAINMENT_OF', [data, -5])).toMatchObject({ error: '#NUM!' });
  });

  it('matches segment values ignoring case, width and surrounding spaces', () => {
    const g = [
      ['Date', 'Region', 'Amount'],
      ['2025-01-01', 'East', 10],
      ['2025-01-02', 'West', 5],
    ];
    expect(evaluate('REVENUE', [g, 2025, 'Region', ' ｅａｓｔ '])).toBe(10);
  });
});
