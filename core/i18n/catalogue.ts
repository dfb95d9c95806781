/**
 * The one message mechanism of core, CLI and add-ons: a catalogue is an object literal of
 * code → { en, zh-CN, zh-TW } declared `as const satisfies Catalogue`, so its codes are a type
 * and each message's parameters are inferred from its `{param}` placeholders. A missing language,
 * an unknown code or a missing parameter fails `npm run typecheck`, not a user's screen.
 */
import type { Lang } from './lang';

/** One message in every language. */
export type MessageText = Readonly<Record<Lang, string>>;

/** A catalogue: code → texts. Declare each one `as const satisfies Catalogue`. */
export type Catalogue = Readonly<Record<string, MessageText>>;

/** Parameters substituted into `{name}` placeholders (the loose form, for fillParams). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The placeholder names of one template: `'{a} of {b}'` → `'a' | 'b'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The placeholder names of a code, over all three languages. */
export type ParamNames<Cat extends Catalogue, C extends keyof Cat> = Placeholders<Cat[C][Lang]>;

/** The parameters a code takes: one entry per placeholder. */
export type ParamsOf<Cat extends Catalogue, C extends keyof Cat> = {
  readonly [K in ParamNames<Cat, C>]: string | number;
};

/** The argument list after the code: nothing for a message without placeholders, else its params. */
export type ParamArgs<Cat extends Catalogue, C extends keyof Cat> = [ParamNames<Cat, C>] extends [never]
  ? []
  : [params: ParamsOf<Cat, C>];

/** A message of a catalogue held as data, localized later: a code with the parameters it takes. */
export type MessageOf<
  Cat extends Catalogue,
  C extends keyof Cat & string = keyof Cat & string,
> = C extends unknown
  ? [ParamNames<Cat, C>] extends [never]
    ? { readonly code: C; readonly params?: undefined }
    : { readonly code: C; readonly params: ParamsOf<Cat, C> }
  : never;

/** A translator over one catalogue, with the language bound (what tab builders and views call `L`). */
export interface BoundTranslate<Cat extends Catalogue> {
  <C extends keyof Cat & string>(code: C, ...params: ParamArgs<Cat, C>): string;
  /** The language it speaks. */
  readonly lang: Lang;
  /** The text of a message held as data. */
  message(message: MessageOf<Cat>): string;
}

/** A translator over one catalogue: code, language, then the code's parameters. */
export type Translate<Cat extends Catalogue> = <C extends keyof Cat & string>(
  code: C,
  lang: Lang,
  ...params: ParamArgs<Cat, C>
) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders from params; unknown placeholders are left as written.
 * @example fillParams('row {row}', { row: 7 }) // 'row 7'
 */
export function fillParams(template: string, params?: MessageParams): string {
  if (!params) return template;
  const parts = compiled(template);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k];
    out += Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`;
    out += parts[k + 1];
  }
  return out;
}

/** Templates split once into [text, name, text, name, …, text]: row messages are made by the thousand. */
const COMPILED = new Map<string, string[]>();

function compiled(template: string): string[] {
  let parts = COMPILED.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    COMPILED.set(template, parts);
  }
  return parts;
}

/**
 * The typed translator of a catalogue.
 * @example translator({ HI: { en: 'Hi {name}', 'zh-CN': '你好{name}', 'zh-TW': '你好{name}' } })('HI', 'en', { name: 'Li' }) // 'Hi Li'
 */
export function translator<Cat extends Catalogue>(catalogue: Cat): Translate<Cat> {
  return (code, lang, ...params) => fillParams(catalogue[code][lang], params[0]);
}

/**
 * The translator of a catalogue with the language bound.
 * @example boundTranslator(CATALOGUE, 'en')('REVIEW_OTHERS') // 'Others'
 */
export function boundTranslator<Cat extends Catalogue>(catalogue: Cat, lang: Lang): BoundTranslate<Cat> {
  const L = <C extends keyof Cat & string>(code: C, ...params: ParamArgs<Cat, C>): string =>
    fillParams(catalogue[code][lang], params[0]);
  const message = (m: MessageOf<Cat>): string => fillParams(catalogue[m.code][lang], m.params);
  return Object.assign(L, { lang, message });
}
