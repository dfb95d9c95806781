import { buildReview } from '../../../core/review';
import { domainRows, Q2024, Q2025 } from './fixture';
import { mappingOf, qualityOf, settingsOf, makeTable, type Row } from '../../helpers/make-table';

function model(rows: Row[], input = {}) {
  const t = makeTable(rows);
  return buildReview(t, qualityOf(t), mappingOf(t), settingsOf(input));
}

describe('quarterly section', () => {
  const m = model(domainRows(), { targets: { kind: 'typed', base: 12e8 } });

  it('has four fiscal quarters with actual, prior and YoY', () => {
    expect(m.quarters.map((q) => q.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    m.quarters.forEach((q, i) => {
      expect(q.revenue).toBeCloseTo(Q2025[i], 0);
      expect(q.priorRevenue).toBeCloseTo(Q2024[i], 0);
      expect(q.yoy).toBeCloseTo(Q2025[i] / Q2024[i] - 1, 9);
    });
  });

  it('computes QoQ, share of year and cumulative YTD', () => {
    expect(m.quarters[0].qoq).toBeNull();
    expect(m.quarters[3].qoq).toBeCloseTo(4.1 / 3.5 - 1, 9);
    expect(m.quarters[3].share).toBeCloseTo(4.1 / 13.6, 9);
    expect(m.quarters[1].cumulative).toBeCloseTo(6e8, 0);
  });

  it('splits a typed annual target by last year’s quarterly shares and says so', () => {
    expect(m.totals.quarterTargetBasis).toBe('prior-seasonal');
    const targets = m.quarters.map((q) => q.target ?? 0);
    expect(targets.reduce((s, v) => s + v, 0)).toBeCloseTo(12e8, 0);
    expect(targets[0]).toBeCloseTo(2.5e8, -1);
    expect(m.quarters[3].cumulativeTarget).toBeCloseTo(12e8, 0);
    expect(m.quarters[3].cumulativeAttainment).toBeCloseTo(13.6 / 12, 6);
  });

  it('splits equally, and says so, when there is no prior year', () => {
    const one = model(
      domainRows().filter((r) => r.month.startsWith('2025')),
      { targets: { kind: 'typed', base: 12e8 } },
    );
    expect(one.totals.quarterTargetBasis).toBe('equal');
    expect(one.quarters.map((q) => q.target)).toEqual([3e8, 3e8, 3e8, 3e8]);
  });

  it('flags Q4 as the record quarter (above every earlier quarter)', () => {
    expect(m.quarters.map((q) => q.record)).toEqual([false, false, false, true]);
  });

  it('does not flag a record when an earlier year had a bigger quarter', () => {
    const rows = domainRows().map((r) => (r.month === '2024-01' ? { ...r, amount: r.amount * 100 } : r));
    expect(model(rows).quarters.some((q) => q.record)).toBe(false);
  });

  it('lists months in fiscal order with labels', () => {
    expect(m.months).toHaveLength(12);
    expect(m.months[0].label).toBe('2025-01');
    expect(m.months[11].yoy).toBeCloseTo(4.1 / 3.5 - 1, 9);
  });

  it('follows a fiscal year starting in April (FY named by its end year)', () => {
    const fy = model(domainRows(), { fiscalStartMonth: 4 });
    expect(fy.year).toBe(2026);
    expect(fy.monthsWithData).toBe(9);
    expect(fy.months[0].label).toBe('2025-04');
    expect(fy.quarters[0].revenue).toBeCloseTo(Q2025[1], 0);
  });

  it('leaves ratios of quarters after the last month with data null (partial year)', () => {
    const partial = model(
      domainRows().filter((r) => r.month < '2025-07'),
      { targets: { kind: 'typed', base: 12e8 } },
    );
    expect(partial.monthsWithData).toBe(6);
    expect(partial.quarters[2].revenue).toBe(0);
    expect(partial.quarters[2].yoy).toBeNull();
    expect(partial.quarters[2].attainment).toBeNull();
    expect(partial.totals.runRate).toBeCloseTo(6e8 * 2, 0);
    expect(partial.months).toHaveLength(6);
  });

  it('takes quarter and month targets from target columns', () => {
    const rows = domainRows().map((r) => ({ ...r, target: r.month.startsWith('2025') ? 1e7 : undefined }));
    const c = model(rows);
    expect(c.totals.targetSource).toBe('column');
    expect(c.totals.quarterTargetBasis).toBe('source');
    expect(c.quarters[0].target).toBeCloseTo(12e7, 0);
    expect(c.months[0].target).toBeCloseTo(4e7, 0);
    expect(c.totals.target).toBeCloseTo(48e7, 0);
  });
});
