import { evaluate } from '../../../core/functions/evaluate';

describe('ratio functions', () => {
  it('ATTAINMENT: 1.37亿 against 1.2亿 is 114.2%', () => {
    expect(Math.round((evaluate('ATTAINMENT', [1.37e8, 1.2e8]) as number) * 1000) / 10).toBe(114.2);
  });

  it('ATTAINMENT: a negative target is #NUM!', () => {
    expect(evaluate('ATTAINMENT', [1, -1])).toEqual({
      error: '#NUM!',
      message: 'target must be greater than 0.',
    });
  });

  it('VARIANCE and VARIANCE_PCT use |reference|', () => {
    expect(evaluate('VARIANCE', [13.6e8, 12e8])).toBe(1.6e8);
    expect(evaluate('VARIANCE_PCT', [90, -100])).toBeCloseTo(1.9, 12);
    expect(evaluate('VARIANCE_PCT', [1, 0])).toMatchObject({ error: '#DIV/0!' });
  });

  it('GROWTH: 7.5亿 against 6.6亿 is +13.6%', () => {
    expect(evaluate('GROWTH', [7.5e8, 6.6e8])).toBeCloseTo(0.1364, 4);
    expect(evaluate('GROWTH', [1, -5])).toMatchObject({ error: '#NUM!' });
  });

  it('PP_CHANGE: 22.4% → 26.1% is +3.7 pp', () => {
    expect(evaluate('PP_CHANGE', [0.261, 0.224])).toBeCloseTo(0.037, 12);
  });

  it('CAGR and its domain', () => {
    expect(evaluate('CAGR', [100, 121, 2])).toBeCloseTo(0.1, 12);
    expect(evaluate('CAGR', [0, 121, 2])).toMatchObject({ error: '#NUM!' });
  });

  it('RUN_RATE annualises year-to-date', () => {
    expect(evaluate('RUN_RATE', [300, 3])).toBe(1200);
    expect(evaluate('RUN_RATE', [300, 1, 4])).toBe(1200);
    expect(evaluate('RUN_RATE', [300, 0])).toMatchObject({ error: '#DIV/0!' });
    expect(evaluate('RUN_RATE', [300, 3, 0])).toMatchObject({ error: '#NUM!' });
  });

  it('STATUS labels in three languages with default thresholds 100% / 90%', () => {
    expect(evaluate('STATUS', [[[1.046], [0.95], [0.5]]])).toEqual([['Green'], ['Amber'], ['Red']]);
    expect(evaluate('STATUS', [[[1.046], [0.95], [0.5]], null, null, 'zh-CN'])).toEqual([
      ['达成'],
      ['预警'],
      ['落后'],
    ]);
    expect(evaluate('STATUS', [0.5, 1, 0.9, 'zh-TW'])).toBe('落後');
    expect(evaluate('STATUS', [0.96, 1, 0.95])).toBe('Amber');
  });

  it('STATUS rejects an unknown language and crossed thresholds', () => {
    expect(evaluate('STATUS', [1, 1, 0.9, 'fr'])).toMatchObject({ error: '#VALUE!' });
    expect(evaluate('STATUS', [1, 0.9, 1])).toMatchObject({ error: '#NUM!' });
  });
});
