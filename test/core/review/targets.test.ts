import { buildReview, parseTargetSheet, quarterOf } from '../../../core/review';
import type { Grid } from '../../../core/table/types';
import { domainRows } from './fixture';
import { mappingOf, qualityOf, settingsOf, makeTable } from '../../helpers/make-table';

const SHEET: Grid = [
  ['2025年目标表'],
  ['季度', '区域', '基础目标(万元)', '挑战目标(万元)'],
  ['2025Q1', '华东', 12000, 14000],
  ['2025Q1', '华南', 18000, 21000],
  ['2025Q2', '华东', 30000, 35000],
  ['2025Q3', '华东', 30000, 35000],
  ['2025Q4', '华东', 30000, 35000],
  ['合计', null, 120000, 140000],
];

describe('targets sheet', () => {
  it('reads quarter, dimension, base and stretch with header units (万元), skipping total rows', () => {
    const p = parseTargetSheet(SHEET, 1);
    expect(p?.dims).toEqual(['region']);
    expect(p?.rows).toHaveLength(5);
    expect(p?.rows[0]).toEqual({
      quarter: 1,
      year: 2025,
      dims: { region: '华东' },
      base: 1.2e8,
      stretch: 1.4e8,
    });
  });

  it('reads quarters written many ways', () => {
    expect(quarterOf('Q3', 1)).toEqual({ quarter: 3, year: null });
    expect(quarterOf('2025年第二季度', 1)).toEqual({ quarter: 2, year: 2025 });
    expect(quarterOf('一季度', 1)).toEqual({ quarter: 1, year: null });
    expect(quarterOf(4, 1)).toEqual({ quarter: 4, year: null });
    expect(quarterOf('hello', 1)).toBeNull();
  });

  it('returns null for a sheet without a header or a target column', () => {
    expect(
      parseTargetSheet(
        [
          [1, 2],
          [3, 4],
        ],
        1,
      ),
    ).toBeNull();
  });

  it('feeds the review: annual, stretch, quarter and region targets from the sheet', () => {
    const t = makeTable(domainRows());
    const m = buildReview(
      t,
      qualityOf(t),
      mappingOf(t),
      settingsOf({ targets: { kind: 'sheet', sheet: 'Targets' } }),
      { targetGrid: SHEET },
    );
    expect(m.totals.targetSource).toBe('sheet');
    expect(m.totals.target).toBe(12e8);
    expect(m.totals.stretchTarget).toBe(14e8);
    expect(m.totals.attainment).toBeCloseTo(1.1333, 4);
    expect(m.quarters.map((q) => q.target)).toEqual([3e8, 3e8, 3e8, 3e8]);
    expect(m.totals.quarterTargetBasis).toBe('source');
    expect(m.breakdowns.region?.find((r) => r.key === '华南')?.target).toBe(1.8e8);
  });

  it('has no target when the sheet is missing', () => {
    const t = makeTable(domainRows());
    const m = buildReview(
      t,
      qualityOf(t),
      mappingOf(t),
      settingsOf({ targets: { kind: 'sheet', sheet: 'Targets' } }),
    );
    expect(m.totals.target).toBeNull();
    expect(m.totals.targetSource).toBeNull();
  });

  it('does not mutate the sheet', () => {
    const copy = JSON.stringify(SHEET);
    parseTargetSheet(SHEET, 1);
    expect(JSON.stringify(SHEET)).toBe(copy);
  });
});
