import { buildReview } from '../../../core/review';
import { narrate } from '../../../core/narrative';
import type { Lang } from '../../../core/i18n/lang';
import type { ReviewModel } from '../../../core/review/model';
import { domainRows } from '../review/fixture';
import { mappingOf, qualityOf, settingsOf, makeTable, type Row } from '../../helpers/make-table';
import { modelNumbers, tokens, unmatched } from './numbers';

const LANGS: Lang[] = ['zh-CN', 'zh-TW', 'en'];

function customerRows(): Row[] {
  return domainRows().map((r, i) => ({
    ...r,
    customer: i % 7 === 0 ? 'Big' : `C${i % 23}`,
    quantity: r.amount / 1000,
  }));
}

function model(lang: Lang, rows: Row[] = customerRows(), input = {}): ReviewModel {
  const t = makeTable(rows);
  return buildReview(
    t,
    qualityOf(t),
    mappingOf(t),
    settingsOf({ language: lang, targets: { kind: 'typed', base: 12e8, stretch: 14e8 }, ...input }),
  );
}

const all = (m: ReviewModel): string[] => Object.values(narrate(m)).flat() as string[];

describe('narrate', () => {
  it.each(LANGS)('writes 2–5 sentences for each section with content (%s)', (lang) => {
    const m = model(lang);
    for (const key of ['overview', 'quarterly', 'breakdowns', 'customers', 'bridges', 'findings'] as const) {
      const s = narrate(m)[key] ?? [];
      expect(s.length).toBeGreaterThanOrEqual(key === 'customers' ? 1 : 2);
      expect(s.length).toBeLessThanOrEqual(5);
    }
  });

  it.each(LANGS)('only writes numbers that are in the model (%s)', (lang) => {
    const m = model(lang);
    const nums = modelNumbers(m);
    for (const s of all(m)) expect([s, unmatched(s, nums)]).toEqual([s, []]);
  });

  const SCENARIOS: [string, Row[], object][] = [
    ['partial year', customerRows().filter((r) => r.month < '2025-08'), {}],
    ['fiscal year from April', customerRows(), { fiscalStartMonth: 4 }],
    [
      'target columns',
      customerRows().map((r) => ({
        ...r,
        target: r.month.startsWith('2025') ? r.amount * (r.region === '西南' ? 1.3 : 0.9) : undefined,
      })),
      { targets: { kind: 'column' } },
    ],
    [
      'no target, no prior year',
      customerRows().filter((r) => r.month.startsWith('2025')),
      { targets: { kind: 'none' } },
    ],
    [
      'revised target, margin target',
      customerRows(),
      {
        targets: { kind: 'typed', base: 12e8, stretch: 13e8, revised: 13.5e8 },
        plan: { marginTarget: 0.35 },
      },
    ],
  ];
  for (const [name, rows, input] of SCENARIOS) {
    it.each(LANGS)(`only writes model numbers: ${name} (%s)`, (lang) => {
      const m = model(lang, rows, input);
      const nums = modelNumbers(m);
      expect(all(m).length).toBeGreaterThan(3);
      for (const s of all(m)) expect([s, unmatched(s, nums)]).toEqual([s, []]);
    });
  }

  it('catches a number that is not in the model (the checker can fail)', () => {
    const nums = modelNumbers(model('en'));
    expect(unmatched('Revenue was 9.99B, up 77.7%.', nums)).toEqual(['9.99B', '77.7%']);
  });

  it('names both denominators: 113.3% of base 12亿, 97.1% of stretch 14亿 (never 104.6%)', () => {
    const s = narrate(model('zh-CN')).overview?.[0] ?? '';
    expect(s).toBe('2025年销售额13.6亿元，完成基础目标12亿元的113.3%，挑战目标14亿元的97.1%。');
    expect(all(model('zh-CN')).join('')).not.toContain('104.6%');
  });

  it('words point changes as points in every language', () => {
    expect(narrate(model('zh-CN')).overview).toContain('毛利率由上年的22.4%升至26.1%，提升3.7个百分点。');
    expect(narrate(model('zh-TW')).overview).toContain('毛利率由去年的22.4%升至26.1%，提升3.7個百分點。');
    expect(narrate(model('en')).overview).toContain('Gross margin rose from 22.4% to 26.1%, up 3.7 points.');
  });

  it('uses 亿/万 in Chinese, 億/萬 in Traditional Chinese and K/M/B in English', () => {
    const cn = all(model('zh-CN')).join('');
    const tw = all(model('zh-TW')).join('');
    const en = all(model('en')).join('');
    expect(cn).toMatch(/亿元/);
    expect(tw).toMatch(/億元/);
    expect(tw).not.toMatch(/亿|万元/);
    expect(en).toMatch(/\d(B|M|K)\b/);
    expect(en).not.toMatch(/亿|万/);
  });

  it('writes Traditional characters, not the Simplified text', () => {
    const tw = all(model('zh-TW')).join('');
    for (const simplified of ['销售', '额', '达', '挑战', '标', '点', '个', '这', '为', '与'])
      expect(tw).not.toContain(simplified);
    expect(tw).toContain('銷售額');
  });

  it('does not narrate trivial changes (|Δ| < 1% or < 0.5 pp)', () => {
    const rows = [2024, 2025].flatMap((y) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((mo) => ({
        month: `${y}-${String(mo).padStart(2, '0')}`,
        amount: y === 2025 ? 1004 : 1000,
        cost: y === 2025 ? 700.8 : 700,
      })),
    );
    const m = model('en', rows, { targets: { kind: 'none' } });
    const text = all(m).join(' ');
    expect(narrate(m).overview).toContain('That is in line with the prior year’s 12.00K.');
    expect(text).not.toMatch(/0\.4%/);
    expect(narrate(m).overview).toContain('Gross margin held at 30.2%, in line with the prior year.');
  });

  it('compares and gives the trend rather than listing figures', () => {
    for (const s of all(model('en'))) expect(tokens(s).length).toBeLessThanOrEqual(6);
    expect(narrate(model('en')).quarterly?.[0]).toMatch(
      /^Q4 set a quarterly record at 410M, 30\.1% of the year\.$/,
    );
  });

  it('is pure: the same model gives the same sentences, and the model is not changed', () => {
    const m = model('en');
    const copy = JSON.stringify(m);
    expect(narrate(JSON.parse(copy) as ReviewModel)).toEqual(narrate(m));
    expect(JSON.stringify(m)).toBe(copy);
  });

  it('says there are no problems when there are none', () => {
    const rows = [2024, 2025].flatMap((y) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((mo) => ({
        month: `${y}-${String(mo).padStart(2, '0')}`,
        amount: y === 2025 ? 1100 : 1000,
      })),
    );
    expect(narrate(model('zh-CN', rows, { targets: { kind: 'none' } })).findings?.[0]).toBe(
      '数据中未发现需要重点关注的问题。',
    );
  });
});
