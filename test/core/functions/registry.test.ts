import { REGISTRY, REGISTRY_BY_NAME } from '../../../core/functions/registry';
import { LANGS } from '../../../core/i18n/lang';

/** The public formula API of issue 2: names and argument orders, exactly. */
const API: [string, string[]][] = [
  ['ATTAINMENT', ['actual', 'target']],
  ['VARIANCE', ['actual', 'reference']],
  ['VARIANCE_PCT', ['actual', 'reference']],
  ['GROWTH', ['current', 'prior']],
  ['PP_CHANGE', ['rate_now', 'rate_before']],
  ['SHARE', ['values']],
  ['CONTRIBUTION', ['current_parts', 'prior_parts']],
  ['CAGR', ['start_value', 'end_value', 'years']],
  ['RUN_RATE', ['ytd', 'periods_elapsed', '[periods_in_year=12]']],
  ['SPLIT', ['total', 'weights', '[decimals=0]']],
  ['SEASONAL_SPLIT', ['total', 'history', '[decimals=0]']],
  ['CASCADE', ['total', 'row_weights', 'column_weights', '[decimals=0]']],
  ['STATUS', ['attainment', '[green_at=1]', '[amber_at=0.9]', '[language=en]']],
  ['TOP_SHARE', ['values', 'n']],
  ['HHI', ['values']],
  ['PVM', ['qty_prior', 'revenue_prior', 'qty_now', 'revenue_now']],
  ['QUARTER', ['date', '[fiscal_start_month=1]']],
  ['FISCAL_YEAR', ['date', '[fiscal_start_month=1]']],
  ['REPURCHASE_RATE', ['customers_prior', 'customers_now']],
  ['NEW_CUSTOMERS', ['customers_before', 'customers_now']],
  ['PARSE_AMOUNT', ['text', '[unit=]']],
  ['CN_UNIT', ['value', '[unit=auto]', '[decimals=1]']],
  ['NARRATIVE', ['actual', 'target', 'prior', '[label=]', '[language=zh-CN]']],
  ['REVENUE', ['data', '[year=undefined]', '[dimension=]', '[value=]', '[period=]', '[mapping=undefined]']],
  ['YOY', ['data', '[year=undefined]', '[dimension=]', '[value=]', '[mapping=undefined]']],
  [
    'ATTAINMENT_OF',
    ['data', 'target', '[year=undefined]', '[dimension=]', '[value=]', '[period=]', '[mapping=undefined]'],
  ],
  ['BREAKDOWN', ['data', 'dimension', '[year=undefined]', '[max_rows=12]', '[mapping=undefined]']],
  ['QUARTERS', ['data', '[year=undefined]', '[mapping=undefined]']],
  ['CUSTOMERS', ['data', '[year=undefined]', '[mapping=undefined]']],
  ['TOP_CUSTOMERS', ['data', 'n', '[year=undefined]', '[mapping=undefined]']],
  ['DATA_QUALITY', ['data', '[mapping=undefined]']],
];

describe('REGISTRY', () => {
  it('holds exactly the public functions, in order', () => {
    expect(REGISTRY.map((d) => d.name)).toEqual(API.map(([n]) => n));
  });

  it.each(API)('%s has the agreed arguments, optionals and defaults', (name, params) => {
    const def = REGISTRY_BY_NAME.get(name);
    expect(def?.params.map((p) => (p.optional ? `[${p.name}=${p.default}]` : p.name))).toEqual(params);
  });

  it('has help and a description in every language', () => {
    for (const def of REGISTRY) {
      for (const lang of LANGS) {
        expect(def.description[lang].length).toBeGreaterThan(5);
        for (const p of def.params) expect(p.help[lang].length).toBeGreaterThan(2);
      }
    }
  });

  it('writes Chinese help with full-width punctuation (quoted examples, numbers and codes stay as typed)', () => {
    const CJK = '[\\u3400-\\u9fff]';
    // quoted examples ("12.5万", “amount=销售额(万元)”, '销售明细'!A:I) are typed as they are
    const prose = (s: string) => s.replace(/“[^”]*”|「[^」]*」|"[^"]*"|'[^']*'/g, '');
    const halfWidth = new RegExp(
      [`${CJK}[,:;(]`, `[,:;)]${CJK}`, ';', '(?<!\\d),|,(?!\\d)', `\\((?=[^)]*${CJK})`].join('|'),
    );
    const bad: string[] = [];
    for (const def of REGISTRY)
      for (const lang of ['zh-CN', 'zh-TW'] as const)
        for (const text of [def.description[lang], ...def.params.map((p) => p.help[lang])])
          if (halfWidth.test(prose(text))) bad.push(`${def.name} ${lang}: ${text}`);
    expect(bad).toEqual([]);
  });

  it('puts optional parameters after the required ones', () => {
    for (const def of REGISTRY) {
      const first = def.params.findIndex((p) => p.optional);
      if (first >= 0) expect(def.params.slice(first).every((p) => p.optional)).toBe(true);
    }
  });

  it('declares spread parameters only on elementwise functions', () => {
    for (const def of REGISTRY) {
      if (def.kind === 'whole') expect(def.params.some((p) => p.spread)).toBe(false);
      else expect(def.params.some((p) => p.spread)).toBe(true);
    }
  });
});
