import {
  chooseDisplayUnit,
  formatAmount,
  formatPercent,
  formatPoints,
  groupDigits,
} from '../../../core/i18n/format';

describe('formatAmount', () => {
  it('writes Chinese amounts in 亿 and 万 with 元', () => {
    expect(formatAmount(362_000_000, 'auto', 'zh-CN')).toBe('3.62亿元');
    expect(formatAmount(12_500_000, 'auto', 'zh-CN')).toBe('1,250万元');
    expect(formatAmount(1_360_000_000, 'auto', 'zh-CN')).toBe('13.6亿元');
    expect(formatAmount(125_000, 'auto', 'zh-CN')).toBe('12.5万元');
    expect(formatAmount(5_000, 'auto', 'zh-CN')).toBe('5,000元');
  });

  it('writes Traditional Chinese units 億 and 萬', () => {
    expect(formatAmount(362_000_000, 'auto', 'zh-TW')).toBe('3.62億元');
    expect(formatAmount(12_500_000, '万', 'zh-TW')).toBe('1,250萬元');
  });

  it('writes English amounts in K / M / B', () => {
    expect(formatAmount(13_600_000, 'auto', 'en')).toBe('13.6M');
    expect(formatAmount(250_000, 'auto', 'en')).toBe('250K');
    expect(formatAmount(1_360_000_000, 'auto', 'en')).toBe('1.36B');
    expect(formatAmount(950, 'auto', 'en')).toBe('950');
  });

  it('honours a fixed unit and negatives', () => {
    expect(formatAmount(1.2e9, '亿', 'zh-CN')).toBe('12亿元');
    expect(formatAmount(-2.5e7, '万', 'zh-CN')).toBe('-2,500万元');
    expect(formatAmount(1.2e6, 'M', 'en')).toBe('1.2M');
  });

  it('writes a dash for a missing value', () => {
    expect(formatAmount(null, 'auto', 'en')).toBe('—');
    expect(formatAmount(NaN, 'auto', 'zh-CN')).toBe('—');
  });
});

describe('formatPercent and formatPoints', () => {
  it('gives one decimal, signed on request', () => {
    expect(formatPercent(1.1333, 'zh-CN')).toBe('113.3%');
    expect(formatPercent(0.3, 'en')).toBe('30.0%');
    expect(formatPercent(-0.032, 'en', { signed: true })).toBe('-3.2%');
    expect(formatPercent(0.134, 'en', { signed: true })).toBe('+13.4%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('words point changes as points in each language', () => {
    expect(formatPoints(0.037, 'en')).toBe('+3.7 pp');
    expect(formatPoints(0.037, 'zh-CN')).toBe('+3.7个百分点');
    expect(formatPoints(-0.037, 'zh-TW')).toBe('-3.7個百分點');
    expect(formatPoints(0, 'en')).toBe('0.0 pp');
  });
});

describe('chooseDisplayUnit and groupDigits', () => {
  it('picks one unit for a column by its largest value', () => {
    expect(chooseDisplayUnit([3.6e8, 2.4e8], 'zh-CN')).toBe('亿');
    expect(chooseDisplayUnit([3.6e6, null], 'zh-CN')).toBe('万');
    expect(chooseDisplayUnit([3.6e6], 'en')).toBe('M');
    expect(chooseDisplayUnit([], 'en')).toBe('元');
  });

  it('groups thousands and drops trailing zeros', () => {
    expect(groupDigits(1234567.5, 1)).toBe('1,234,567.5');
    expect(groupDigits(12.0, 2)).toBe('12');
    expect(groupDigits(-0.001, 1)).toBe('0');
  });
});
