import { buildReview } from '../../../core/review';
import { narrate } from '../../../core/narrative';
import { planTab } from '../../../core/sheetdoc';
import { layoutOf } from '../sheetdoc/sample-model';
import { comparisonBasis, monthSpan } from '../../../core/review/comparison';
import {
  mappingOf,
  qualityOf,
  settingsOf,
  makeTable as tableOf,
  yearRows,
  type Row,
} from '../../helpers/make-table';

function model(rows: Row[], input = {}) {
  const t = tableOf(rows);
  return buildReview(t, qualityOf(t), mappingOf(t), settingsOf({ language: 'en', ...input }));
}

const twelve = (v: number): number[] => Array.from({ length: 12 }, () => v);
/** Months 1..12 with `v` in from..to and nothing elsewhere (no rows). */
const only = (year: number, from: number, to: number, v: number, extra: Partial<Row> = {}): Row[] =>
  yearRows(year, twelve(v), extra).filter((_, i) => i + 1 >= from && i + 1 <= to);

describe('like-for-like comparison (DOMAIN §6, comparable periods)', () => {
  it('compares a year with data through October with January–October of a full prior year', () => {
    const m = model([...yearRows(2024, twelve(100)), ...only(2025, 1, 10, 110)]);
    expect(m.comparisonBasis).toEqual({
      basis: 'same-months',
      fromMonth: 1,
      toMonth: 10,
      revenue: 1100,
      priorRevenue: 1000,
      sameSpan: false,
    });
    // +10% like for like, not 1,100 against 1,200 (−8.3%)
    expect(m.totals.yoy).toBeCloseTo(0.1, 9);
    expect(m.totals.priorRevenue).toBe(1200);
    const text = (narrate(m).overview ?? []).join(' ');
    expect(text).toContain('Over the same months of both years (January–October), revenue was 1,100');
    expect(text).toContain('10.0% more than the prior year’s 1,000');
  });

  it('compares a full year with the months a partial prior year has: no "+249.5%" from four months', () => {
    const m = model([...only(2024, 9, 12, 100), ...yearRows(2025, twelve(105))]);
    expect(m.comparisonBasis).toMatchObject({ basis: 'same-months', fromMonth: 9, toMonth: 12 });
    expect(m.totals.yoy).toBeCloseTo(0.05, 9);
    expect((narrate(m).overview ?? []).join(' ')).toContain('(September–December)');
    for (const lang of ['zh-CN', 'zh-TW'] as const) {
      const zh = narrate(
        model([...only(2024, 9, 12, 100), ...yearRows(2025, twelve(105))], { language: lang }),
      );
      expect((zh.overview ?? []).join('')).toContain('9月–12月');
    }
  });

  it('states the basis beside the YoY figure in the overview tab', () => {
    const m = model([...yearRows(2024, twelve(100)), ...only(2025, 1, 10, 110)]);
    const tab = layoutOf(m).tabs.find((t) => t.key === 'overview')!;
    const text = tab.cells.flat().filter((c) => typeof c === 'string');
    expect(text).toContain('Same months of both years: January–October');
  });

  it('keeps whole years when both are whole, and gives no change when the years share no month', () => {
    expect(
      model([...yearRows(2024, twelve(100)), ...yearRows(2025, twelve(120))]).comparisonBasis,
    ).toMatchObject({
      basis: 'full-year',
      fromMonth: 1,
      toMonth: 12,
    });
    const apart = model([...only(2024, 10, 12, 100), ...only(2025, 1, 3, 100)]);
    expect(apart.comparisonBasis?.basis).toBe('none');
    expect(apart.totals.yoy).toBeNull();
    expect(model(yearRows(2025, twelve(1))).comparisonBasis).toBeNull();
  });

  it('compares segments like for like: East flat and West +30% over January–October, not −16.7% and +8.3% against whole 2024', () => {
    const rows = [
      ...yearRows(2024, twelve(100), { region: 'East' }),
      ...yearRows(2024, twelve(100), { region: 'West' }),
      ...only(2025, 1, 10, 100, { region: 'East' }),
      ...only(2025, 1, 10, 130, { region: 'West' }),
    ];
    const m = model(rows);
    const [west, east] = m.breakdowns.region ?? [];
    // West: 1,300 in 2025 against 1,000 in January–October 2024 (never the 1,200 of the whole year)
    expect(west).toMatchObject({ key: 'West', revenue: 1300, comparableRevenue: 1300, priorRevenue: 1000 });
    expect(west.yoy).toBeCloseTo(0.3, 12);
    expect(east).toMatchObject({
      key: 'East',
      revenue: 1000,
      comparableRevenue: 1000,
      priorRevenue: 1000,
      yoy: 0,
    });
    // contributions add up to the total's like-for-like growth: 300 / 2,000 = +15%
    expect((west.contribution ?? 0) + (east.contribution ?? 0)).toBeCloseTo(m.totals.yoy ?? NaN, 12);
    expect(m.totals.yoy).toBeCloseTo(0.15, 12);
    // the bridge runs from 2,000 to 2,300 over the same months
    expect(m.bridges.yoyBySegment.region).toEqual([
      { key: 'West', change: 300, contribution: 0.15 },
      { key: 'East', change: 0, contribution: 0 },
    ]);
    const codes = m.findings.map((f) => f.code);
    expect(codes).not.toContain('DECLINING_SEGMENT');
    expect(codes).toContain('DARK_HORSE');
  });

  it('shows this year over the same months beside the prior year on the breakdowns tab, only for a partial year', () => {
    const partial = [
      ...yearRows(2024, twelve(100), { region: 'East' }),
      ...yearRows(2024, twelve(100), { region: 'West' }),
      ...only(2025, 1, 10, 100, { region: 'East' }),
      ...only(2025, 1, 10, 130, { region: 'West' }),
    ];
    const table = (rows: Row[], lang: 'en' | 'zh-CN' | 'zh-TW' = 'en') => {
      const tab = layoutOf(model(rows, { language: lang })).tabs.find((t) => t.key === 'breakdowns')!;
      const header = tab.cells.findIndex(
        (r) => r[0] === (lang === 'en' ? 'Region' : lang === 'zh-CN' ? '区域' : '區域'),
      );
      return tab.cells.slice(header, header + 4);
    };
    const [header, west, east, total] = table(partial);
    expect(header.slice(1, 8)).toEqual([
      'Revenue',
      'Target',
      'Attainment',
      'Variance',
      'This year, same months',
      'Prior year',
      'YoY',
    ]);
    // 2025 through October against January–October 2024: the two figures the YoY divides
    expect([west[0], west[1], west[5], west[6]]).toEqual(['West', 1300, 1300, 1000]);
    expect(west[7]).toBeCloseTo(0.3, 12);
    expect([east[0], east[5], east[6], east[7]]).toEqual(['East', 1000, 1000, 0]);
    expect([total[5], total[6]]).toEqual([2300, 2000]);
    // the render plan every renderer (xlsx, Excel, Sheets) translates carries it, in the amount format
    const tab = layoutOf(model(partial)).tabs.find((t) => t.key === 'breakdowns')!;
    const plan = planTab(tab, 'en');
    const at = plan.values.findIndex((r) => r[0] === 'Region');
    expect(plan.values[at][5]).toBe('This year, same months');
    expect(plan.values[at + 1][5]).toBe(1300);
    expect(plan.numberFormats[at + 1][5]).toBe(plan.numberFormats[at + 1][6]);
    expect(plan.widths[5]?.chars).toBe(14);
    expect(plan.repairs).toEqual([]);
    expect(table(partial, 'zh-CN')[0][5]).toBe('本年同口径');
    expect(table(partial, 'zh-TW')[0][5]).toBe('本年同口徑');
    // whole years: no such column
    const whole = [
      ...yearRows(2024, twelve(100), { region: 'East' }),
      ...yearRows(2024, twelve(100), { region: 'West' }),
      ...yearRows(2025, twelve(120), { region: 'East' }),
      ...yearRows(2025, twelve(110), { region: 'West' }),
    ];
    const [wholeHeader] = table(whole);
    expect(wholeHeader).not.toContain('This year, same months');
    expect(wholeHeader[5]).toBe('Prior year');
  });

  it('calls a segment declining over the same months only: East down 20% through October', () => {
    const rows = [
      ...yearRows(2024, twelve(100), { region: 'East' }),
      ...yearRows(2024, twelve(100), { region: 'West' }),
      ...only(2025, 1, 10, 80, { region: 'East' }),
      ...only(2025, 1, 10, 100, { region: 'West' }),
    ];
    const m = model(rows);
    const east = m.breakdowns.region?.find((r) => r.key === 'East');
    expect(east?.yoy).toBeCloseTo(-0.2, 12);
    const decline = m.findings.find((f) => f.code === 'DECLINING_SEGMENT');
    expect(decline?.evidence).toContainEqual({ key: 'priorRevenue', kind: 'money', value: 1000 });
    expect(decline?.evidence).toContainEqual({ key: 'revenue', kind: 'money', value: 800 });
  });

  it('says so on the findings tab and in the declining segment’s sentence, in the three languages', () => {
    const rows = [
      ...yearRows(2024, twelve(100), { region: 'East' }),
      ...yearRows(2024, twelve(100), { region: 'West' }),
      ...only(2025, 1, 10, 80, { region: 'East' }),
      ...only(2025, 1, 10, 100, { region: 'West' }),
    ];
    const expected = {
      en: {
        note: 'Same months of both years: January–October',
        sentence:
          'Region “East” fell 20.0% over the same months of both years (January–October), from 1,000 to 800',
      },
      'zh-CN': {
        note: '同口径：两年相同月份（1月–10月）',
        sentence: '区域“East”按两年相同月份（1月–10月）同口径比较下降20.0%，由上年同期的1,000元降至800元',
      },
      'zh-TW': {
        note: '同口徑：兩年相同月份（1月–10月）',
        sentence: '區域「East」按兩年相同月份（1月–10月）同口徑比較衰退20.0%，由去年同期的1,000元降至800元',
      },
    } as const;
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      const m = model(rows, { language: lang });
      const tab = layoutOf(m).tabs.find((t) => t.key === 'findings')!;
      const text = tab.cells.flat().filter((c): c is string => typeof c === 'string');
      expect(text).toContain(expected[lang].note);
      expect(text).toContain(expected[lang].sentence);
      expect((narrate(m).findings ?? []).join(' ')).toContain(expected[lang].sentence);
    }
  });

  it('says the dark horse grew over the same months too', () => {
    const m = model([
      ...yearRows(2024, twelve(100), { region: 'East' }),
      ...yearRows(2024, twelve(100), { region: 'West' }),
      ...only(2025, 1, 10, 100, { region: 'East' }),
      ...only(2025, 1, 10, 130, { region: 'West' }),
    ]);
    expect((narrate(m).findings ?? []).join(' ')).toContain(
      'Region “West” grew 30.0% over the same months of both years (January–October) with 56.5% of revenue: the dark horse',
    );
  });

  it('keeps the whole-year sentence and no basis note when both years are whole', () => {
    const rows = [
      ...yearRows(2024, twelve(100), { region: 'East' }),
      ...yearRows(2024, twelve(100), { region: 'West' }),
      ...yearRows(2025, twelve(80), { region: 'East' }),
      ...yearRows(2025, twelve(100), { region: 'West' }),
    ];
    const tab = layoutOf(model(rows)).tabs.find((t) => t.key === 'findings')!;
    const text = tab.cells.flat().filter((c): c is string => typeof c === 'string');
    expect(text).toContain('Region “East” fell 20.0% year on year, from 1,200 to 960');
    expect(text.some((c) => c.startsWith('Same months of both years'))).toBe(false);
  });

  it('says the data run through October, not "11 months" for a full year whose January is empty', () => {
    const gap = model([...yearRows(2024, twelve(100)), ...only(2025, 2, 12, 100)]);
    expect(gap.monthsWithData).toBe(11);
    expect(gap.lastMonthWithData).toBe(12);
    expect((narrate(gap).quarterly ?? []).join(' ')).not.toContain('The data cover');
    const partial = model([...yearRows(2024, twelve(100)), ...only(2025, 1, 10, 100)]);
    expect((narrate(partial).quarterly ?? []).join(' ')).toContain('The data cover 10 months');
  });

  it('spans a year from its first to its last month with rows', () => {
    const sums = (rows: number[]) =>
      rows.map((n) => ({
        revenue: n,
        grossProfit: null,
        quantity: null,
        target: null,
        stretch: null,
        rows: n > 0 ? 1 : 0,
      }));
    expect(monthSpan(sums([0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]))).toEqual([2, 4]);
    expect(monthSpan(sums(twelve(0)))).toBeNull();
    expect(comparisonBasis(sums(twelve(1)), null)).toBeNull();
  });
});
