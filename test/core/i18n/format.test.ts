/** The one number formatter (core/i18n/format.ts): the sentence rule and the table rule. */
import fc from 'fast-check';
import {
  amountDecimals,
  formatAmount,
  formatAmounts,
  formatPercents,
  formatCount,
  formatPercent,
  formatPoints,
  formatScaled,
  groupDigits,
  sentenceUnit,
  tableUnit,
  UNIT_SCALE,
} from '../../../core/i18n/format';

describe('formatAmount (sentences)', () => {
  it('writes Chinese amounts in 亿 and 万 with 元', () => {
    expect(formatAmount(362_000_000, 'zh-CN')).toBe('3.62亿元');
    expect(formatAmount(12_500_000, 'zh-CN')).toBe('1,250万元');
    expect(formatAmount(1_360_000_000, 'zh-CN')).toBe('13.6亿元');
    expect(formatAmount(1.2e9, 'zh-CN')).toBe('12亿元');
    expect(formatAmount(125_000, 'zh-CN')).toBe('12.5万元');
    expect(formatAmount(5_000, 'zh-CN')).toBe('5,000元');
  });

  it('writes Traditional Chinese units 億 and 萬', () => {
    expect(formatAmount(362_000_000, 'zh-TW')).toBe('3.62億元');
    expect(formatAmount(12_500_000, 'zh-TW', { unit: '万' })).toBe('1,250萬元');
  });

  it('writes English amounts in digits below 10,000, then K / M / B', () => {
    expect(formatAmount(5_000, 'en')).toBe('5,000');
    expect(formatAmount(9_999, 'en')).toBe('9,999');
    expect(formatAmount(12_500, 'en')).toBe('12.5K');
    expect(formatAmount(250_000, 'en')).toBe('250K');
    expect(formatAmount(13_600_000, 'en')).toBe('13.6M');
    expect(formatAmount(1_200_000_000, 'en')).toBe('1.2B');
    expect(formatAmount(1_360_000_000, 'en')).toBe('1.36B');
  });

  it('names a report currency other than CNY in place of 元', () => {
    expect(formatAmount(1.2e9, 'zh-CN', { currency: 'USD' })).toBe('12亿 USD');
    expect(formatAmount(5_000, 'zh-TW', { currency: 'HKD' })).toBe('5,000 HKD');
    expect(formatAmount(1.2e9, 'en', { currency: 'USD' })).toBe('1.2B USD');
    expect(formatAmount(1.2e9, 'en', { currency: 'CNY' })).toBe('1.2B');
  });

  it('honours a fixed unit, negatives and an explicit sign', () => {
    expect(formatAmount(1.2e9, 'zh-CN', { unit: '亿' })).toBe('12亿元');
    expect(formatAmount(-2.5e7, 'zh-CN', { unit: '万' })).toBe('-2,500万元');
    expect(formatAmount(1.2e6, 'en', { unit: 'M' })).toBe('1.2M');
    expect(formatAmount(1e7, 'zh-CN', { signed: true })).toBe('+1,000万元');
    expect(formatAmount(-250_000, 'en', { signed: true })).toBe('-250K');
    expect(formatAmount(0, 'en', { signed: true })).toBe('0');
  });

  it('writes a dash for a missing value', () => {
    expect(formatAmount(null, 'en')).toBe('—');
    expect(formatAmount(NaN, 'zh-CN')).toBe('—');
  });

  it('keeps three significant digits, so a reader can trust the figure to 1%', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e4, max: 1e13, noNaN: true }),
        fc.constantFrom('zh-CN', 'en'),
        (v, lang) => {
          const unit = sentenceUnit(v, lang);
          const shown = Number(formatAmount(v, lang).replace(/[^\d.]/g, '')) * UNIT_SCALE[unit];
          return Math.abs(shown - v) / v <= 0.005 + 1e-9;
        },
      ),
    );
  });
});

describe('tableUnit and formatScaled (tables)', () => {
  it('picks one display unit for a review from its revenue, or the user’s', () => {
    expect(tableUnit(1.36e9, 'zh-CN', null)).toBe('万');
    expect(tableUnit(2e10, 'zh-CN', null)).toBe('亿');
    expect(tableUnit(5e4, 'zh-TW', null)).toBe('元');
    expect(tableUnit(1.36e9, 'en', null)).toBe('M');
    expect(tableUnit(5e5, 'en', null)).toBe('K');
    expect(tableUnit(1.36e9, 'en', '亿')).toBe('亿');
  });

  it('writes an amount in a table unit with that unit’s decimals', () => {
    expect(formatScaled(72_523_000, '万')).toBe('7,252.3');
    expect(formatScaled(1.2345e9, '亿')).toBe('12.35');
    expect(formatScaled(72_500_000, 'M')).toBe('72.5');
    expect(formatScaled(1234.6, '元')).toBe('1,235');
    expect(formatScaled(null, 'K')).toBe('—');
  });
});

describe('formatPercent, formatPoints and formatCount', () => {
  it('gives one decimal, signed on request', () => {
    expect(formatPercent(1.1333, 'zh-CN')).toBe('113.3%');
    expect(formatPercent(0.3, 'en')).toBe('30.0%');
    expect(formatPercent(-0.032, 'en', { signed: true })).toBe('-3.2%');
    expect(formatPercent(0.134, 'en', { signed: true })).toBe('+13.4%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('words point changes as points in each language, signed unless asked for the magnitude', () => {
    expect(formatPoints(0.037, 'en')).toBe('+3.7 points');
    expect(formatPoints(0.037, 'zh-CN')).toBe('+3.7个百分点');
    expect(formatPoints(-0.037, 'zh-TW')).toBe('-3.7個百分點');
    expect(formatPoints(-0.037, 'en', { signed: false })).toBe('3.7 points');
    expect(formatPoints(0, 'en')).toBe('0.0 points');
  });

  it('groups counts the same in every language', () => {
    expect(formatCount(120000, 'zh-CN')).toBe('120,000');
    expect(formatCount(120000.4, 'en')).toBe('120,000');
  });
});

describe('groupDigits and amountDecimals', () => {
  it('groups thousands and drops trailing zeros', () => {
    expect(groupDigits(1234567.5, 1)).toBe('1,234,567.5');
    expect(groupDigits(12.0, 2)).toBe('12');
    expect(groupDigits(-0.001, 1)).toBe('0');
  });

  it('shows three significant digits in a unit, whole 元', () => {
    expect([amountDecimals(3.62, '亿'), amountDecimals(13.6, '亿'), amountDecimals(1250, '万')]).toEqual([
      2, 1, 0,
    ]);
    expect(amountDecimals(3.62, '元')).toBe(0);
  });
});

describe('formatAmounts and formatPercents (the figures of one sentence)', () => {
  it('never prints two different figures the same (issue 15: "from 147K to 147K")', () => {
    expect(formatAmounts([147_312, 147_021], 'en')).toEqual(['147.3K', '147.0K']);
    expect(formatAmounts([147_312, 147_021], 'zh-CN')).toEqual(['14.73万元', '14.70万元']);
    expect(formatAmounts([147_312.4, 147_312.1], 'en')).toEqual(['147.3124K', '147.3121K']);
  });

  it('leaves figures that already read differently as formatAmount writes them', () => {
    expect(formatAmounts([94e6, 92.6e6], 'en')).toEqual(['94M', '92.6M']);
    expect(formatAmounts([3.62e8, 1.2e9, null], 'zh-CN')).toEqual(['3.62亿元', '12亿元', '—']);
    expect(formatAmounts([5e7, 5e7], 'zh-TW')).toEqual(['5,000萬元', '5,000萬元']);
  });

  it('prints amounts a cent or more apart differently, in every language, unit and sign (property)', () => {
    const amount = fc.oneof(
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
    );
    fc.assert(
      fc.property(
        amount,
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.constantFrom('zh-CN', 'zh-TW', 'en'),
        fc.constantFrom(undefined, 'USD'),
        fc.boolean(),
        (a, delta, lang, currency, signed) => {
          const b = a + delta;
          const [x, y] = formatAmounts([a, b], lang, { currency, signed });
          const differ = Number(a.toFixed(2)) !== Number(b.toFixed(2));
          expect(x !== y).toBe(differ);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('prints rates a hundredth of a percent apart differently (property)', () => {
    expect(formatPercents([0.1504, 0.15], 'en')).toEqual(['15.04%', '15.00%']);
    expect(formatPercents([0.2, 0.15], 'en')).toEqual(['20.0%', '15.0%']);
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (a, b) => {
          const [x, y] = formatPercents([a, b], 'en');
          const differ = Number((a * 100).toFixed(2)) !== Number((b * 100).toFixed(2));
          if (differ) expect(x).not.toBe(y);
        },
      ),
    );
  });
});
