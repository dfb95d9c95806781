/**
 * The typed catalogue mechanism (core/i18n/catalogue.ts): codes are keys of the catalogue's type,
 * parameters come from the placeholders, a missing language does not compile. The
 * `@ts-expect-error` lines are the claims `npm run typecheck` checks: remove one and it fails.
 */
import {
  boundTranslator,
  fillParams,
  translator,
  type Catalogue,
  type ParamNames,
  type Placeholders,
} from '../../../core/i18n/catalogue';

const SAMPLE = {
  HELLO: { en: 'Hello {name}', 'zh-CN': '你好，{name}', 'zh-TW': '你好，{name}' },
  RANGE: { en: '{from} to {to}', 'zh-CN': '{from}至{to}', 'zh-TW': '{from}至{to}' },
  PLAIN: { en: 'Done', 'zh-CN': '完成', 'zh-TW': '完成' },
} as const satisfies Catalogue;

describe('translator', () => {
  const tr = translator(SAMPLE);

  it('fills the placeholders in the chosen language', () => {
    expect(tr('HELLO', 'zh-TW', { name: '王' })).toBe('你好，王');
    expect(tr('RANGE', 'en', { from: 1, to: 4 })).toBe('1 to 4');
    expect(tr('PLAIN', 'zh-CN')).toBe('完成');
  });

  it('refuses, at compile time, an unknown code, a missing or unknown parameter', () => {
    // @ts-expect-error: no such code
    expect(() => tr('HELO', 'en')).toThrow();
    // @ts-expect-error: {name} is required
    expect(tr('HELLO', 'en')).toBe('Hello {name}');
    // @ts-expect-error: {to} is missing
    expect(tr('RANGE', 'en', { from: 1 })).toBe('1 to {to}');
    // @ts-expect-error: PLAIN takes no parameters
    expect(tr('PLAIN', 'en', { x: 1 })).toBe('Done');
  });

  it('does not mutate the params', () => {
    const params = { from: 3, to: 'x' };
    tr('RANGE', 'en', params);
    expect(params).toEqual({ from: 3, to: 'x' });
  });
});

describe('boundTranslator', () => {
  it('speaks one language and renders messages held as data', () => {
    const L = boundTranslator(SAMPLE, 'zh-CN');
    expect(L.lang).toBe('zh-CN');
    expect(L('RANGE', { from: 'Q1', to: 'Q4' })).toBe('Q1至Q4');
    expect(L.message({ code: 'HELLO', params: { name: '李' } })).toBe('你好，李');
    // @ts-expect-error: a message held as data carries the parameters its code takes
    expect(L.message({ code: 'HELLO' })).toBe('你好，{name}');
  });
});

describe('Catalogue', () => {
  it('refuses, at compile time, a message missing a language', () => {
    const incomplete = {
      // @ts-expect-error: zh-TW is missing
      ONLY_TWO: { en: 'Two', 'zh-CN': '二' },
    } as const satisfies Catalogue;
    expect(Object.keys(incomplete)).toEqual(['ONLY_TWO']);
  });

  it('infers the parameter names of a template', () => {
    const names: Placeholders<'{a} of {b}, {a}'>[] = ['a', 'b'];
    const none: Placeholders<'no placeholder'>[] = [];
    const ofCode: ParamNames<typeof SAMPLE, 'RANGE'>[] = ['from', 'to'];
    expect([names, none, ofCode]).toEqual([['a', 'b'], [], ['from', 'to']]);
  });
});

describe('fillParams', () => {
  it('leaves unknown placeholders as written', () => {
    expect(fillParams('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('returns the template unchanged without params', () => {
    expect(fillParams('row {row}')).toBe('row {row}');
  });

  it('does not read inherited keys as parameters', () => {
    expect(fillParams('{toString}', {})).toBe('{toString}');
  });
});
