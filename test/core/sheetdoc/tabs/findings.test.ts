import { evidenceText, findingsTab } from '../../../../core/sheetdoc/tabs/findings';
import { makeContext } from '../../../../core/sheetdoc/context';
import { narrate } from '../../../../core/narrative';
import type { Finding, ReviewModel } from '../../../../core/review/model';
import { sampleModel, withUnit } from '../sample-model';
import { count, money, points, rate, role } from '../../../../core/review/evidence';

const ctxOf = (m: ReviewModel) => makeContext(m, narrate(m));
const CODES: Finding['code'][] = [
  'OUTSIDE_TOLERANCE',
  'DECLINING_SEGMENT',
  'CUSTOMER_CONCENTRATION',
  'MARGIN_DOWN',
  'LOST_CUSTOMER_REVENUE',
  'QUARTER_VOLATILITY',
  'LOW_COMPLETENESS',
  'BELOW_TARGET',
  'PLAN_INCONSISTENT',
  'RECORD_QUARTER',
  'DARK_HORSE',
  'ABOVE_STRETCH',
];

describe('findingsTab', () => {
  it.each(['zh-CN', 'zh-TW', 'en'] as const)('shows a localized type, never the code (%s)', (lang) => {
    const model = sampleModel(lang);
    model.findings = CODES.map((code) => ({ code, severity: 'medium', evidence: [] }));
    const tab = findingsTab(ctxOf(model));
    const header = tab.cells.findIndex((r) => r[0] === { en: '#', 'zh-CN': '序号', 'zh-TW': '序號' }[lang]);
    expect(header).toBeGreaterThan(0);
    const types = tab.cells.slice(header + 1, header + 1 + CODES.length).map((r) => r[1]);
    expect(types).toHaveLength(CODES.length);
    for (const t of types) {
      expect(typeof t).toBe('string');
      expect(t).not.toMatch(/^[A-Z_]+$/);
    }
    expect(new Set(types).size).toBe(CODES.length);
  });
});

describe('evidenceText', () => {
  const ctx = ctxOf(sampleModel('zh-CN'));

  it('labels lost-customer evidence in the tab language, money in the display unit', () => {
    const text = evidenceText(
      [count('lost', 105), money('lostPriorRevenue', 27_217_000), rate('shareOfPrior', 0.089)],
      ctx,
    );
    expect(text).toContain('流失 105');
    expect(text).toContain('上年贡献');
    expect(text).toContain('占上年 8.9%');
    expect(text).not.toMatch(/[a-z]{3,}/);
  });

  it('names a quarter dimension and a missing field in words', () => {
    expect(evidenceText([role('dimension', 'quarter'), rate('attainment', 0.914)], ctx)).toBe(
      '季度；达成率 91.4%',
    );
    expect(evidenceText([role('field', 'customer'), rate('completeness', 0.62)], ctx)).toBe(
      '客户；完整率 62.0%',
    );
  });

  it('writes English amounts with a short unit suffix', () => {
    const en = ctxOf(withUnit(sampleModel('en'), 'M'));
    expect(evidenceText([money('revenue', 72_522_610), rate('yoy', -0.095)], en)).toBe(
      'revenue 72.5M; YoY -9.5%',
    );
  });

  it('shows variation and margins as percentages', () => {
    const text = evidenceText(
      [rate('coefficientOfVariation', 0.31), rate('grossMargin', 0.4), rate('priorGrossMargin', 0.42)],
      ctx,
    );
    expect(text).toBe('变异系数 31.0%；毛利率 40.0%；上年毛利率 42.0%');
  });

  it('reads each figure by its kind, not by its name: a point change in points, a count grouped', () => {
    expect(evidenceText([points('change', -0.037), points('threshold', 0.03)], ctx)).toBe(
      '变化 -3.7个百分点；阈值 3.0个百分点',
    );
    expect(evidenceText([count('lost', 1234)], ctx)).toBe('流失 1,234');
  });
});
