/**
 * Every catalogue of the product (core, CLI, Excel add-in, Sheets add-on) by the same rules:
 * complete in three languages, the same placeholders in each, codes not shadowed between the
 * core's folders, and one product name per language.
 */
import { CATALOGUE, localize, messageText, plainMessage, t } from '../../../core/i18n/messages';
import type { Catalogue } from '../../../core/i18n/catalogue';
import { LANGS } from '../../../core/i18n/lang';
import { FUNCTION_MESSAGES } from '../../../core/i18n/messages-functions';
import { FUNCTION_TABLE_MESSAGES } from '../../../core/i18n/messages-functions-table';
import { REVIEW_MESSAGES } from '../../../core/i18n/messages-review';
import { SHEETDOC_MESSAGES } from '../../../core/i18n/messages-sheetdoc';
import { TABLE_MESSAGES } from '../../../core/i18n/messages-table';
import { UI_MESSAGES } from '../../../core/i18n/messages-ui';
import { SPLIT_MESSAGES } from '../../../core/i18n/messages-split';
import { CLI_MESSAGES } from '../../../cli/messages';
import { EXCEL_MESSAGES } from '../../../excel-addin/messages';
import { SHEETS_MESSAGES } from '../../../sheets-addon/server/messages';
import { REGISTRY } from '../../../core/functions';
import { halfWidthMarks } from '../../helpers/full-width';

const ALL: Record<string, Catalogue> = {
  core: CATALOGUE,
  cli: CLI_MESSAGES,
  excel: EXCEL_MESSAGES,
  sheets: SHEETS_MESSAGES,
  // The custom functions' help, declared beside each function in the registry (tx(en, zh-CN, zh-TW)).
  functionHelp: Object.fromEntries(
    REGISTRY.flatMap((f) => [
      [f.name, f.description],
      ...f.params.map((p) => [`${f.name}.${p.name}`, p.help] as const),
    ]),
  ),
};
const CORE_PARTS: Catalogue[] = [
  FUNCTION_MESSAGES,
  FUNCTION_TABLE_MESSAGES,
  REVIEW_MESSAGES,
  SHEETDOC_MESSAGES,
  TABLE_MESSAGES,
  UI_MESSAGES,
  SPLIT_MESSAGES,
];

/** Every message; `templates` leaves out the function help, which is plain text ({3,3,2,2} is an array). */
const entries = (templates = false): [string, string, Catalogue[string]][] =>
  Object.entries(ALL)
    .filter(([name]) => !templates || name !== 'functionHelp')
    .flatMap(([name, cat]) =>
      Object.entries(cat).map(([code, m]) => [name, code, m] as [string, string, Catalogue[string]]),
    );

describe('t', () => {
  it('returns the message in each language', () => {
    expect(t('NO_AMOUNT_COLUMN', 'en')).toMatch(/amount column/i);
    expect(t('NO_AMOUNT_COLUMN', 'zh-CN')).toContain('金额列');
    expect(t('NO_AMOUNT_COLUMN', 'zh-TW')).toContain('金額欄');
  });

  it('names the CLI option and the wizard control wherever one fixes the error (issue 11)', () => {
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      expect(t('NO_AMOUNT_COLUMN', lang)).toContain('--map amount=');
      expect(t('NO_DATE_COLUMN', lang)).toContain('--map date=');
      expect(t('BAD_MAPPING', lang, { role: 'x', header: 'y' })).toContain('--map');
      expect(t('MISSING_RATE', lang, { currency: 'USD', target: 'CNY' })).toContain('--rate USD=');
      expect(t('NO_YEAR', lang, { periods: '12' })).toContain('--year');
    }
    expect(t('NO_AMOUNT_COLUMN', 'en')).toContain('Columns step of the wizard');
    expect(t('NO_DATE_COLUMN', 'zh-CN')).toContain('向导“列”步骤');
  });

  it('fills {param} placeholders', () => {
    expect(t('MISSING_RATE', 'en', { currency: 'USD', target: 'CNY' })).toBe(
      'No exchange rate for USD: give the rate from USD to CNY with --rate USD=<rate> on the command line, or under Exchange rates on the Columns step of the wizard, and run again.',
    );
    expect(t('ROW_BAD_AMOUNT', 'zh-CN', { row: 7, raw: 'abc' })).toBe('第 7 行：金额“abc”不是数字。');
  });

  it('is bound to one language by localize, and renders messages held as data', () => {
    const L = localize('zh-TW');
    expect(L('WIZ_NEXT')).toBe('下一步');
    expect(messageText({ code: 'ROW_NO_DATE', params: { row: 4 } }, 'en')).toBe(
      t('ROW_NO_DATE', 'en', { row: 4 }),
    );
  });
});

describe('plainMessage', () => {
  it('gives the text of a code that arrives as data, when it takes no parameters', () => {
    expect(plainMessage('NO_AMOUNT_COLUMN', 'en')).toBe(t('NO_AMOUNT_COLUMN', 'en'));
    expect(plainMessage('MISSING_RATE', 'en')).toBeNull();
    expect(plainMessage('NO_SUCH_CODE', 'en')).toBeNull();
    expect(plainMessage('constructor', 'en')).toBeNull();
  });
});

describe('every catalogue', () => {
  it('has a non-empty text in every language for every code', () => {
    const empty = entries().flatMap(([name, code, m]) =>
      LANGS.filter((l) => typeof m[l] !== 'string' || m[l].trim() === '').map((l) => `${name}.${code}.${l}`),
    );
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in every language of a message, all written {name}', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const braces = (s: string) => (s.match(/[{}]/g) ?? []).length;
    for (const [name, code, m] of entries(true)) {
      for (const l of LANGS) {
        expect([name, code, l, names(m[l])]).toEqual([name, code, l, names(m.en)]);
        expect([name, code, l, braces(m[l])]).toEqual([name, code, l, 2 * names(m[l]).length]);
      }
    }
  });

  it('writes Chinese with full-width punctuation (function help included), half-width only in examples, numbers and formulas', () => {
    const half = entries().flatMap(([name, code, m]) =>
      (['zh-CN', 'zh-TW'] as const).flatMap((l) =>
        halfWidthMarks(m[l]).map((at) => `${name}.${code}.${l}: ${at}`),
      ),
    );
    expect(half).toEqual([]);
  });

  it('names the product 复盘 in Simplified and 復盤 in Traditional Chinese, never 複盤 or 覆盤', () => {
    const wrong = entries().flatMap(([name, code, m]) => [
      ...(/複盤|覆盤|复盤/.test(m['zh-TW']) ? [`${name}.${code}.zh-TW`] : []),
      ...(/[復複覆]盘|复盤/.test(m['zh-CN']) ? [`${name}.${code}.zh-CN`] : []),
    ]);
    expect(wrong).toEqual([]);
    expect(CATALOGUE.WIZ_TITLE['zh-TW']).toBe('銷售復盤');
    expect(SHEETS_MESSAGES.sidebarTitle['zh-TW']).toBe('銷售復盤');
  });
});

describe('the core catalogue', () => {
  it('merges its folders without one code shadowing another', () => {
    const codes = CORE_PARTS.flatMap((c) => Object.keys(c));
    expect(codes.length).toBe(Object.keys(CATALOGUE).length);
  });

  it('holds no host-only strings (they live in each host’s catalogue)', () => {
    expect(Object.keys(CATALOGUE).filter((c) => /^(EXCEL|SHEETS|CLI)_/.test(c))).toEqual([]);
  });
});
