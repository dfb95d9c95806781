import { CATALOGUE, fillParams, hasMessage, t } from '../../../core/i18n/messages';
import { LANGS } from '../../../core/i18n/lang';

describe('t', () => {
  it('returns the message in each language', () => {
    expect(t('NO_AMOUNT_COLUMN', 'en')).toMatch(/amount column/i);
    expect(t('NO_AMOUNT_COLUMN', 'zh-CN')).toContain('金额列');
    expect(t('NO_AMOUNT_COLUMN', 'zh-TW')).toContain('金額欄');
  });

  it('fills {param} placeholders', () => {
    expect(t('MISSING_RATE', 'en', { currency: 'USD', target: 'CNY' })).toBe(
      'No exchange rate for USD: add a rate from USD to CNY and run again.',
    );
    expect(t('ROW_BAD_AMOUNT', 'zh-CN', { row: 7, raw: 'abc' })).toBe('第 7 行：金额“abc”不是数字。');
  });

  it('returns the code itself for an unknown code', () => {
    expect(t('NO_SUCH_CODE_ANYWHERE', 'en')).toBe('NO_SUCH_CODE_ANYWHERE');
    expect(t('NO_SUCH_CODE_ANYWHERE', 'zh-TW', { a: 1 })).toBe('NO_SUCH_CODE_ANYWHERE');
  });

  it('does not treat inherited object keys as codes', () => {
    expect(t('toString', 'en')).toBe('toString');
    expect(hasMessage('constructor')).toBe(false);
  });

  it('does not mutate the params', () => {
    const params = { row: 3, raw: 'x' };
    t('ROW_BAD_DATE', 'en', params);
    expect(params).toEqual({ row: 3, raw: 'x' });
  });
});

describe('fillParams', () => {
  it('leaves unknown placeholders as written', () => {
    expect(fillParams('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('returns the template unchanged without params', () => {
    expect(fillParams('row {row}')).toBe('row {row}');
  });
});

describe('CATALOGUE', () => {
  it('has a non-empty text in every language for every code', () => {
    for (const [code, texts] of Object.entries(CATALOGUE)) {
      for (const lang of LANGS) {
        expect([code, lang, typeof texts[lang] === 'string' && texts[lang].length > 0]).toEqual([
          code,
          lang,
          true,
        ]);
      }
    }
  });

  it('uses the same placeholders in every language of a message', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, texts] of Object.entries(CATALOGUE)) {
      expect([code, names(texts['zh-CN'])]).toEqual([code, names(texts.en)]);
      expect([code, names(texts['zh-TW'])]).toEqual([code, names(texts.en)]);
    }
  });
});
