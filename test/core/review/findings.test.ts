import { buildReview, evidenceValue } from '../../../core/review';
import type { Finding } from '../../../core/review';
import { domainRows } from './fixture';
import { mappingOf, qualityOf, settingsOf, tableOf, type Row } from './make-table';

function findings(rows: Row[], input = {}, quality?: (q: ReturnType<typeof qualityOf>) => void): Finding[] {
  const t = tableOf(rows);
  const q = qualityOf(t);
  if (quality) quality(q);
  return buildReview(t, q, mappingOf(t), settingsOf({ language: 'en', ...input })).findings;
}
const codes = (f: Finding[]): string[] => f.map((x) => x.code);
const ev = (f: Finding | undefined, key: Parameters<typeof evidenceValue>[1]) =>
  f ? evidenceValue(f.evidence, key) : undefined;

describe('findings', () => {
  it('flags a declining material segment with its evidence', () => {
    const f = findings(domainRows()).find((x) => x.code === 'DECLINING_SEGMENT');
    expect(ev(f, 'segment')).toBe('华南');
    expect(ev(f, 'yoy')).toBeCloseTo(4.08 / 4.3 - 1, 9);
  });

  it('flags a single customer above the concentration threshold (default 15%)', () => {
    const rows = domainRows().map((r, i) => ({ ...r, customer: i % 5 === 0 ? 'Big' : `C${i}` }));
    const f = findings(rows).find((x) => x.code === 'CUSTOMER_CONCENTRATION');
    expect(f?.severity).toBe('high');
    expect(ev(f, 'customer')).toBe('Big');
    expect(
      findings(rows, { thresholds: { concentration: 0.5 } }).some((x) => x.code === 'CUSTOMER_CONCENTRATION'),
    ).toBe(false);
  });

  it('flags margin down by more than 1 pp', () => {
    const rows = domainRows().map((r) => ({
      ...r,
      cost: r.amount * (r.month.startsWith('2025') ? 0.8 : 0.7),
    }));
    const f = findings(rows).find((x) => x.code === 'MARGIN_DOWN');
    expect(ev(f, 'change')).toBeCloseTo(-0.1, 9);
  });

  it('flags segments below the tolerance band and a total below target', () => {
    const rows = domainRows().map((r) => ({
      ...r,
      target: r.month.startsWith('2025') ? (r.region === '西南' ? r.amount * 1.25 : r.amount) : undefined,
    }));
    const f = findings(rows);
    const out = f.find((x) => x.code === 'OUTSIDE_TOLERANCE');
    expect(ev(out, 'segment')).toBe('西南');
    expect(codes(f)).toContain('BELOW_TARGET');
  });

  it('holds seasonal quarter targets to the band, but not an equal split', () => {
    const seasonal = findings(domainRows(), { targets: { kind: 'typed', base: 14e8 } });
    expect(seasonal.some((x) => x.code === 'OUTSIDE_TOLERANCE' && ev(x, 'dimension') === 'quarter')).toBe(
      true,
    );
    const equal = findings(
      domainRows().filter((r) => r.month.startsWith('2025')),
      { targets: { kind: 'typed', base: 16e8 } },
    );
    expect(equal.some((x) => x.code === 'OUTSIDE_TOLERANCE' && ev(x, 'dimension') === 'quarter')).toBe(false);
    expect(codes(equal)).toContain('BELOW_TARGET');
  });

  it('flags material lost-customer revenue', () => {
    const rows: Row[] = [
      { month: '2024-01', amount: 100, customer: 'A' },
      { month: '2024-01', amount: 100, customer: 'Gone' },
      { month: '2025-01', amount: 150, customer: 'A' },
    ];
    const f = findings(rows).find((x) => x.code === 'LOST_CUSTOMER_REVENUE');
    expect(ev(f, 'shareOfPrior')).toBeCloseTo(0.5, 9);
  });

  it('flags quarterly volatility and low completeness', () => {
    const rows: Row[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({
      month: `2025-${String(m).padStart(2, '0')}`,
      amount: m <= 3 ? 10 : 100,
    }));
    expect(codes(findings(rows))).toContain('QUARTER_VOLATILITY');
    const low = findings(rows, {}, (q) => (q.completeness.customer = 0.69));
    const f = low.find((x) => x.code === 'LOW_COMPLETENESS');
    expect(f?.evidence).toEqual([
      { key: 'field', kind: 'role', value: 'customer' },
      { key: 'completeness', kind: 'rate', value: 0.69 },
      { key: 'threshold', kind: 'rate', value: 0.95 },
    ]);
  });

  it('lists highlights after problems: record quarter, dark horse, above stretch', () => {
    const f = findings(domainRows(), { targets: { kind: 'typed', base: 12e8, stretch: 13e8 } });
    expect(codes(f)).toEqual(expect.arrayContaining(['RECORD_QUARTER', 'DARK_HORSE', 'ABOVE_STRETCH']));
    const firstHighlight = f.findIndex((x) => x.severity === 'highlight');
    expect(f.slice(firstHighlight).every((x) => x.severity === 'highlight')).toBe(true);
  });

  it('reports a failing plan check as a finding', () => {
    expect(codes(findings(domainRows(), { plan: { marginTarget: 0.4 } }))).toContain('PLAN_INCONSISTENT');
  });

  it('finds nothing to fix in a steady, complete year', () => {
    const rows = [2024, 2025].flatMap((y) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({
        month: `${y}-${String(m).padStart(2, '0')}`,
        amount: y === 2025 ? 110 : 100,
      })),
    );
    expect(findings(rows).filter((x) => x.severity !== 'highlight')).toEqual([]);
  });
});
