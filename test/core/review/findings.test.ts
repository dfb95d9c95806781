import { buildReview, evidenceValue } from '../../../core/review';
import type { Finding } from '../../../core/review';
import { domainRows } from './fixture';
import { mappingOf, qualityOf, settingsOf, makeTable, type Row } from '../../helpers/make-table';
import { WIDE_FIXTURES } from '../../fixtures/wide';
import { runReview } from '../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../core/settings';

function findings(rows: Row[], input = {}, quality?: (q: ReturnType<typeof qualityOf>) => void): Finding[] {
  const t = makeTable(rows);
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

  const months12 = (year: number, amount: (m: number) => number): Row[] =>
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({
      month: `${year}-${String(m).padStart(2, '0')}`,
      amount: amount(m),
    }));

  it('flags quarterly volatility a steady complete year before did not have, and low completeness', () => {
    const rows: Row[] = [...months12(2024, () => 80), ...months12(2025, (m) => (m <= 3 ? 10 : 100))];
    expect(codes(findings(rows))).toContain('QUARTER_VOLATILITY');
    const low = findings(rows, {}, (q) => (q.completeness.customer = 0.69));
    const f = low.find((x) => x.code === 'LOW_COMPLETENESS');
    expect(f?.evidence).toEqual([
      { key: 'field', kind: 'role', value: 'customer' },
      { key: 'completeness', kind: 'rate', value: 0.69 },
      { key: 'threshold', kind: 'rate', value: 0.95 },
    ]);
  });

  it('does not call a swing the year before shared volatile: it is the season', () => {
    const seasonal = (m: number): number => (m <= 3 ? 10 : 100);
    expect(codes(findings([...months12(2024, seasonal), ...months12(2025, seasonal)]))).not.toContain(
      'QUARTER_VOLATILITY',
    );
  });

  it('does not call a swing volatile when each quarter keeps its share of last year within 10 points', () => {
    // Superstore 2021 → 2022: the swing grew (CV 0.23 → 0.33), the season's shape did not change much
    const q21 = [35_135, 47_827, 47_778, 67_386];
    const q22 = [45_651, 45_785, 71_513, 98_093];
    const rows = [
      ...months12(2021, (m) => q21[Math.ceil(m / 3) - 1] / 3),
      ...months12(2022, (m) => q22[Math.ceil(m / 3) - 1] / 3),
    ];
    expect(codes(findings(rows))).not.toContain('QUARTER_VOLATILITY');
  });

  it('does not judge volatility without a complete year to compare with, nor over a year with an empty month', () => {
    expect(codes(findings(months12(2025, (m) => (m <= 3 ? 10 : 100))))).not.toContain('QUARTER_VOLATILITY');
    const gap = [...months12(2024, () => 80), ...months12(2025, (m) => (m <= 3 ? 10 : 100))].filter(
      (r) => r.month !== '2025-01',
    );
    expect(codes(findings(gap))).not.toContain('QUARTER_VOLATILITY');
  });

  it('raises no record when the quarter has too few earlier quarters to beat', () => {
    const oneQuarter: Row[] = [1, 2, 3].map((m) => ({ month: `2025-0${m}`, amount: 100 }));
    expect(codes(findings(oneQuarter))).not.toContain('RECORD_QUARTER');
    const fourBefore: Row[] = [...months12(2024, () => 50), ...months12(2025, (m) => (m >= 10 ? 90 : 60))];
    expect(codes(findings(fourBefore))).toContain('RECORD_QUARTER');
  });

  describe('materiality (docs/findings.md)', () => {
    /** A 733K business in four regions, last year and this; Central moves by `centralChange`. */
    const business = (centralChange: number, targets = false): Row[] =>
      [2024, 2025].flatMap((y) =>
        (
          [
            ['Central', 147_312],
            ['East', 250_000],
            ['North', 200_000],
            ['West', 135_688],
          ] as const
        ).flatMap(([region, prior]) =>
          months12(y, () => (y === 2025 && region === 'Central' ? prior + centralChange : prior) / 12).map(
            (r) => ({
              ...r,
              region,
              target: targets && y === 2025 ? prior / 12 : undefined,
            }),
          ),
        ),
      );

    it('does not raise a fall of 0.2% (0.04% of the business): "fell 0.2%, from 147K to 147K"', () => {
      expect(codes(findings(business(-291)))).not.toContain('DECLINING_SEGMENT');
    });

    it('does not raise a fall under 1% of the business, however steep for the segment', () => {
      // −4,000 is 2.7% of Central but 0.5% of the business: also under the segment threshold
      expect(codes(findings(business(-4_000)))).not.toContain('DECLINING_SEGMENT');
      // a tiny segment halving: 50% of itself, 0.3% of the business
      const rows = [...business(0), ...months12(2024, () => 400).map((r) => ({ ...r, region: 'Tiny' }))];
      rows.push(...months12(2025, () => 200).map((r) => ({ ...r, region: 'Tiny' })));
      expect(findings(rows).filter((f) => f.code === 'DECLINING_SEGMENT')).toEqual([]);
    });

    it('does not raise a fall under 5% of the segment, however large in money', () => {
      // East falls 4%: 10,000, 1.4% of the business, but inside its own 5%
      const rows = business(0).map((r) =>
        r.region === 'East' && r.month.startsWith('2025') ? { ...r, amount: (250_000 * 0.96) / 12 } : r,
      );
      expect(codes(findings(rows))).not.toContain('DECLINING_SEGMENT');
    });

    it('raises a fall that matters to the business and to the segment, and follows the settings', () => {
      const f = findings(business(-14_731)).find((x) => x.code === 'DECLINING_SEGMENT');
      expect(ev(f, 'segment')).toBe('Central');
      const strict = findings(business(-14_731), { thresholds: { materialOfBusiness: 0.03 } });
      expect(codes(strict)).not.toContain('DECLINING_SEGMENT');
      const loose = findings(business(-291), { thresholds: { materialOfBusiness: 0, materialOfSegment: 0 } });
      expect(codes(loose)).toContain('DECLINING_SEGMENT');
    });

    it('holds a gap to target to the business: 6% short is raised at 1.1% of the business, not at a 2% threshold', () => {
      const rows = business(0, true).map((r) =>
        r.region === 'West' && r.month.startsWith('2025') ? { ...r, amount: (135_688 * 0.94) / 12 } : r,
      );
      const gaps = (input = {}): unknown[] =>
        findings(rows, input)
          .filter((f) => f.code === 'OUTSIDE_TOLERANCE')
          .map((f) => ev(f, 'segment'));
      expect(gaps()).toEqual(['West']);
      expect(gaps({ thresholds: { materialOfBusiness: 0.02 } })).toEqual([]);
    });

    it('does not call a total a hair below target a problem', () => {
      const f = findings(business(0), { targets: { kind: 'typed', base: 733_500 } });
      expect(codes(f)).not.toContain('BELOW_TARGET');
      expect(codes(findings(business(0), { targets: { kind: 'typed', base: 760_000 } }))).toContain(
        'BELOW_TARGET',
      );
    });

    it('states the thresholds it held the findings to', () => {
      const t = makeTable(business(0));
      const m = buildReview(t, qualityOf(t), mappingOf(t), settingsOf({ language: 'en' }));
      expect(m.materiality).toEqual({ ofBusiness: 0.01, ofSegment: 0.05 });
    });
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

describe('a wide sheet whose totals do not add up', () => {
  const review = (grid: (string | number)[][], units?: Record<string, string>, lang = 'en') => {
    const settings = ReviewSettingsSchema.parse({ language: lang, units });
    const r = runReview(grid, settings, { sheet: '一季度' });
    if (!r.ok) throw new Error(r.message);
    return r;
  };
  // test/fixtures/wide/totals-do-not-add-up: 甲 100+100+100 = 300 (its 合计 agrees); 乙 50+60+70 =
  // 180, its 合计 says 200; the 合计 row's 合计 says 500, the parts 480. Revenue 480.
  const grid = WIDE_FIXTURES.find((f) => f.name.startsWith('totals that do not add up'))!.sheets[0].grid as (
    string | number
  )[][];

  it('raises the material one as a data-quality finding with the row, column, stated total, sum and difference', () => {
    const f = review(grid).model.findings.filter((x) => x.code === 'TOTAL_MISMATCH');
    // 乙: difference 20 ≥ 1% of 480 (4.8) and ≥ 5% of 200 (10): material. Grand total: 20 < 5% of
    // 500 (25): the same 20 seen again in a bigger total, not raised twice.
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('medium'); // 20 < 5% of 480 (24): not high
    expect(Object.fromEntries(f[0].evidence.map((e) => [e.key, e.value]))).toEqual({
      segment: '乙',
      column: '合计',
      sheetRow: 3,
      stated: 200,
      sum: 180,
      diff: 20,
    });
  });

  it('words it in en, zh-CN and zh-TW on the findings tab, as data quality', () => {
    const rowOf = (lang: string) => {
      const r = review(grid, undefined, lang);
      const tab = r.doc.tabs.find((t) => t.key === 'findings')!;
      return tab.cells.find((row) =>
        row.some((v) => typeof v === 'string' && /合计|合計|total/.test(v) && /200/.test(v)),
      );
    };
    const en = rowOf('en')!;
    expect(en).toContain('Data quality');
    expect(en.join('|')).toContain(
      'The sheet’s own total does not add up: row 3 (乙), column “合计” says 200, its parts add up to 180 (20 apart); the review uses the parts',
    );
    expect(rowOf('zh-CN')!.join('|')).toContain('表内合计与明细不符：第3行（乙）“合计”列写的是200');
    expect(rowOf('zh-TW')!.join('|')).toContain('表內合計與明細不符：第3列（乙）「合计」欄寫的是200');
  });

  it('leaves a rounding difference to the reading notes', () => {
    const rounded = [
      ['产品', '2025年1月', '2025年2月', '2025年3月', '合计'],
      ['甲', 100.2, 100.2, 100.2, 300.6],
      ['乙', 50.4, 60.4, 70.4, 181], // the parts add up to 181.2: 0.2 apart
    ];
    const r = review(rounded);
    expect(r.model.dataQuality.wide?.mismatches).toHaveLength(1);
    expect(r.model.findings.filter((x) => x.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  it('weighs the difference in money: a sheet in 万 makes the same difference 10,000 times larger', () => {
    const f = review(grid, { amount: '万' }).model.findings.find((x) => x.code === 'TOTAL_MISMATCH');
    expect(ev(f, 'stated')).toBe(2_000_000);
    expect(ev(f, 'diff')).toBe(200_000);
  });
});
