import { evaluate } from '../../../core/functions/evaluate';
import { formatAmount, formatPercent } from '../../../core/i18n/format';

describe('text functions', () => {
  it('PARSE_AMOUNT reads Chinese units, symbols and bracket negatives', () => {
    expect(evaluate('PARSE_AMOUNT', [[['12.5万'], ['¥1,234'], ['(1,200)'], ['3.6亿']]])).toEqual([
      [125_000],
      [1234],
      [-1200],
      [3.6e8],
    ]);
  });

  it('PARSE_AMOUNT scales amounts without their own unit by unit', () => {
    expect(evaluate('PARSE_AMOUNT', [5, '万'])).toBe(50_000);
    expect(evaluate('PARSE_AMOUNT', ['5', 10_000])).toBe(50_000);
    expect(evaluate('PARSE_AMOUNT', ['1.2亿', '万'])).toBe(1.2e8);
    expect(evaluate('PARSE_AMOUNT', ['x', 'parsecs'])).toMatchObject({ error: '#VALUE!' });
    expect(evaluate('PARSE_AMOUNT', ['abc'])).toMatchObject({ error: '#VALUE!' });
  });

  it('CN_UNIT picks 亿 / 万 automatically', () => {
    expect(evaluate('CN_UNIT', [[[1.36e9], [1.25e6], [500]]])).toEqual([['13.6亿'], ['125.0万'], ['500.0']]);
  });

  it('CN_UNIT with a fixed unit and decimals', () => {
    expect(evaluate('CN_UNIT', [1.25e6, '亿', 2])).toBe('0.01亿');
    expect(evaluate('CN_UNIT', [1.25e6, '萬', 0])).toBe('125萬');
    expect(evaluate('CN_UNIT', [1234.5, '元'])).toBe('1234.5元');
    expect(evaluate('CN_UNIT', [1, 'lakh'])).toMatchObject({ error: '#VALUE!' });
  });

  it('NARRATIVE writes one sentence with attainment and YoY', () => {
    expect(evaluate('NARRATIVE', [13.6e8, 13e8, 11.9929e8])).toBe(
      '销售额13.6亿元，完成率104.6%，同比增长13.4%',
    );
    expect(evaluate('NARRATIVE', [13.6e8, 13e8, 11.9929e8, '新签合同', 'zh-TW'])).toBe(
      '新签合同13.6億元，達成率104.6%，年增13.4%',
    );
    expect(evaluate('NARRATIVE', [13.6e8, 13e8, 11.9929e8, null, 'en'])).toBe(
      'Revenue 1.36B, 104.6% of target, up 13.4% YoY',
    );
  });

  it('NARRATIVE says down or flat, and leaves out clauses without a target or prior', () => {
    expect(evaluate('NARRATIVE', [9e6, '', 10e6])).toBe(
      `销售额${formatAmount(9e6, 'zh-CN')}，同比下降${formatPercent(0.1, 'zh-CN')}`,
    );
    expect(evaluate('NARRATIVE', [9500, 10000, 9500, 'Revenue', 'en'])).toBe(
      `Revenue ${formatAmount(9500, 'en')}, ${formatPercent(0.95, 'en')} of target, flat YoY`,
    );
  });

  it('NARRATIVE spills over a column of actuals', () => {
    const out = evaluate('NARRATIVE', [[[1e8], [2e8]], 1e8, 1e8]) as string[][];
    expect(out).toEqual([
      [`销售额${formatAmount(1e8, 'zh-CN')}，完成率${formatPercent(1, 'zh-CN')}，与上年持平`],
      [
        `销售额${formatAmount(2e8, 'zh-CN')}，完成率${formatPercent(2, 'zh-CN')}，同比增长${formatPercent(1, 'zh-CN')}`,
      ],
    ]);
  });
});
