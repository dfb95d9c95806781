import { buildReview } from '../../../core/review';
import { domainRows, REGION2024, REGIONS } from './fixture';
import { mappingOf, qualityOf, settingsOf, makeTable, type Row } from '../../helpers/make-table';

function model(rows: Row[], input = {}) {
  const t = makeTable(rows);
  return buildReview(t, qualityOf(t), mappingOf(t), settingsOf(input));
}

describe('breakdowns section', () => {
  const m = model(domainRows());
  const region = m.breakdowns.region ?? [];

  it('breaks down every detected dimension except customer, sorted by revenue', () => {
    expect(Object.keys(m.breakdowns)).toEqual(['region', 'product']);
    expect(region.map((r) => r.key)).toEqual(REGIONS);
  });

  it('gives share, prior, YoY and share change in points', () => {
    const east = region[0];
    expect(east.revenue).toBeCloseTo(5.44e8, 0);
    expect(east.share).toBeCloseTo(0.4, 9);
    expect(east.priorRevenue).toBeCloseTo(REGION2024[0], 0);
    expect(east.yoy).toBeCloseTo(5.44 / 4.6 - 1, 9);
    expect(east.shareChange).toBeCloseTo(0.4 - 4.6 / 12, 9);
  });

  it('has contributions that add up to total growth', () => {
    const sum = region.reduce((s, r) => s + (r.contribution ?? 0), 0);
    expect(sum).toBeCloseTo(m.totals.yoy ?? NaN, 9);
  });

  it('flags the dark horse (fastest growth with material share) and the laggard', () => {
    expect(m.highlights.region).toEqual({ darkHorse: '西南', laggard: '华南' });
    expect(region[3].flags).toContain('darkHorse');
    expect(region[1].flags).toContain('laggard');
  });

  it('does not crown a fast-growing segment below 5% share', () => {
    const rows: Row[] = [
      ...domainRows(),
      { month: '2024-06', amount: 1e6, region: '新区' },
      { month: '2025-06', amount: 1e7, region: '新区' },
    ];
    expect(model(rows).highlights.region?.darkHorse).toBe('西南');
  });

  it('with segment targets, the laggard is the lowest attainment and status uses the thresholds', () => {
    const rows = domainRows().map((r) => ({
      ...r,
      target: r.month.startsWith('2025') ? (r.region === '西南' ? r.amount * 1.25 : r.amount) : undefined,
    }));
    const c = model(rows);
    const sw = c.breakdowns.region?.find((r) => r.key === '西南');
    expect(sw?.attainment).toBeCloseTo(0.8, 9);
    expect(sw?.status).toBe('red');
    expect(c.highlights.region?.laggard).toBe('西南');
  });

  it('folds the tail beyond maxSegments into Others, keeping totals', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 6; i++) rows.push({ month: '2025-03', amount: (10 - i) * 1e6, region: `R${i}` });
    const f = model(rows, { maxSegments: 3, language: 'en' }).breakdowns.region ?? [];
    // Others is the key null in every language: the layout names it ('Others', '其他').
    expect(f.map((r) => r.key)).toEqual(['R0', 'R1', null]);
    expect(f[2].revenue).toBe((8 + 7 + 6 + 5) * 1e6);
    expect(f[2].flags).toEqual(['others']);
    expect(model(rows, { maxSegments: 3 }).breakdowns.region).toEqual(f);
  });

  it('keys blank segments by the blank text, in every language, and uses only the chosen dimensions', () => {
    const rows = domainRows().map((r, i) => (i % 10 === 0 ? { ...r, region: null } : r));
    const b = model(rows, { dimensions: ['region'], language: 'en' });
    expect(Object.keys(b.breakdowns)).toEqual(['region']);
    expect(b.breakdowns.region?.some((r) => r.key === '')).toBe(true);
    expect(model(rows, { dimensions: ['region'], language: 'zh-TW' }).breakdowns).toEqual(b.breakdowns);
  });

  it('gives each segment its margin', () => {
    expect(region[0].grossMargin).toBeCloseTo(0.261, 9);
  });
});
