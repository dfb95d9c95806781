/**
 * Findings and plan checks in words (core/narrative/finding-sentence.ts): the review states them as
 * codes and figures; these sentences are built from that data alone.
 */
import { buildReview, type Finding, type ReviewModel } from '../../../core/review';
import { checkSentence, findingSentence, words } from '../../../core/narrative';
import type { Lang } from '../../../core/i18n/lang';
import { domainRows } from '../review/fixture';
import { mappingOf, qualityOf, settingsOf, makeTable, type Row } from '../../helpers/make-table';

function model(rows: Row[], input = {}, lang: Lang = 'en'): ReviewModel {
  const t = makeTable(rows);
  return buildReview(t, qualityOf(t), mappingOf(t), settingsOf({ language: lang, ...input }));
}

const sentence = (m: ReviewModel, code: string, lang: Lang = 'en'): string => {
  const f = m.findings.find((x) => x.code === code);
  if (!f) throw new Error(`no ${code}`);
  return findingSentence(f, m, words(lang, m.currency));
};

describe('findingSentence', () => {
  it('names the declining segment and how far it fell', () => {
    const s = sentence(model(domainRows()), 'DECLINING_SEGMENT');
    expect(s).toContain('华南');
    expect(s).toContain('fell 5.1% year on year');
  });

  it('states a margin drop in points, signed', () => {
    const rows = domainRows().map((r) => ({
      ...r,
      cost: r.amount * (r.month.startsWith('2025') ? 0.8 : 0.7),
    }));
    expect(sentence(model(rows), 'MARGIN_DOWN')).toContain('(-10.0 points)');
  });

  it('states the tolerance band of a segment below it', () => {
    const rows = domainRows().map((r) => ({
      ...r,
      target: r.month.startsWith('2025') ? (r.region === '西南' ? r.amount * 1.25 : r.amount) : undefined,
    }));
    const s = sentence(model(rows), 'OUTSIDE_TOLERANCE');
    expect(s).toContain('西南');
    expect(s).toContain('±5.0%');
  });

  it('names the quarter dimension of a quarter below its seasonal target, in each language', () => {
    const m = model(domainRows(), { targets: { kind: 'typed', base: 14e8 } }, 'zh-CN');
    const q = m.findings.find((x) => x.code === 'OUTSIDE_TOLERANCE' && x.evidence[0].value === 'quarter');
    expect(q && findingSentence(q, m, words('zh-CN'))).toMatch(/^季度“Q\d”完成目标的/);
  });

  it('words every finding of a review without a placeholder or a missing figure, in every language', () => {
    const rows = domainRows().map((r, i) => ({
      ...r,
      customer: i % 5 === 0 ? 'Big' : `C${i}`,
      cost: r.amount * (r.month.startsWith('2025') ? 0.8 : 0.7),
      target: r.month.startsWith('2025') ? r.amount * 1.2 : undefined,
    }));
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
      const m = model(rows, { plan: { marginTarget: 0.5 } }, lang);
      expect(m.findings.length).toBeGreaterThan(4);
      for (const f of m.findings) {
        const s = findingSentence(f, m, words(lang, m.currency));
        expect([f.code, s]).not.toEqual([f.code, expect.stringMatching(/[{}]|—|undefined|NaN/)]);
      }
    }
  });

  it('quotes the failed plan check in its own words', () => {
    const m = model(domainRows(), { plan: { marginTarget: 0.5 } });
    const check = m.plan.checks.find((c) => c.code === 'PLAN_MARGIN_VS_TARGET');
    expect(check?.ok).toBe(false);
    expect(sentence(m, 'PLAN_INCONSISTENT')).toContain(checkSentence(check!, words('en')));
  });
});

describe('checkSentence', () => {
  it('words a check passed and failed, with its figures', () => {
    const m = model(domainRows(), { plan: { marginTarget: 0.3 } });
    const margin = m.plan.checks.find((c) => c.code === 'PLAN_MARGIN_VS_TARGET')!;
    expect(checkSentence(margin, words('en'))).toMatch(/26\.1%, below the 30\.0% target$/);
    const dim = m.plan.checks.find((c) => c.code === 'PLAN_DIM_VS_ANNUAL')!;
    expect(checkSentence(dim, words('zh-CN'))).toMatch(/^按区域拆分合计.*等于年度目标$/);
  });
});

describe('the figures of a finding sentence (issue 15)', () => {
  it('never reads "from 147K to 147K": two different amounts print differently', () => {
    const m = model(domainRows());
    const f: Finding = {
      code: 'DECLINING_SEGMENT',
      severity: 'medium',
      evidence: [
        { key: 'dimension', kind: 'role', value: 'region' },
        { key: 'segment', kind: 'text', value: 'Central' },
        { key: 'revenue', kind: 'money', value: 147_021 },
        { key: 'priorRevenue', kind: 'money', value: 147_312 },
        { key: 'yoy', kind: 'rate', value: -0.002 },
      ],
    };
    expect(findingSentence(f, m, words('en', m.currency))).toContain('from 147.3K to 147.0K');
  });
});
