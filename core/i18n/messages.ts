/**
 * The core's message catalogue: every user-facing string of core/ keyed by a stable code, in
 * en / zh-CN / zh-TW, with `{param}` placeholders. Each core folder owns one `messages-<folder>.ts`
 * (`as const satisfies Catalogue`); adding one is an import line and a spread line below. Hosts
 * keep their own strings in their own catalogue of the same kind (cli/messages.ts,
 * excel-addin/messages.ts, sheets-addon/server/messages.ts).
 */
import type { Lang } from './lang';
import { boundTranslator, fillParams, translator } from './catalogue';
import type { BoundTranslate, MessageOf, ParamArgs } from './catalogue';
import { TABLE_MESSAGES } from './messages-table';
import { SHEETDOC_MESSAGES } from './messages-sheetdoc';
import { UI_MESSAGES } from './messages-ui';
import { FUNCTION_MESSAGES } from './messages-functions';
import { FUNCTION_TABLE_MESSAGES } from './messages-functions-table';
import { REVIEW_MESSAGES } from './messages-review';
import { SPLIT_MESSAGES } from './messages-split';

/** All core catalogues merged. Add a folder: import its catalogue above, spread it here. */
export const CATALOGUE: CoreCatalogue = {
  ...FUNCTION_MESSAGES,
  ...FUNCTION_TABLE_MESSAGES,
  ...REVIEW_MESSAGES,
  ...TABLE_MESSAGES,
  ...SHEETDOC_MESSAGES,
  ...UI_MESSAGES,
  ...SPLIT_MESSAGES,
};

type Merged = typeof FUNCTION_MESSAGES &
  typeof FUNCTION_TABLE_MESSAGES &
  typeof REVIEW_MESSAGES &
  typeof TABLE_MESSAGES &
  typeof SHEETDOC_MESSAGES &
  typeof UI_MESSAGES &
  typeof SPLIT_MESSAGES;
/** The core catalogue's type, named so type errors print a short name. */
export interface CoreCatalogue extends Merged {}

/** The core's message codes. */
export type MessageCode = keyof CoreCatalogue & string;

/** The arguments after the code (and language) that a core message takes. */
export type MessageArgs<C extends MessageCode> = ParamArgs<CoreCatalogue, C>;

/** A core translator with the language bound: `L('SD_COL_NO')`. */
export type Localize = BoundTranslate<CoreCatalogue>;

/**
 * The message for a code in a language, placeholders filled.
 * @example t('MISSING_RATE', 'en', { currency: 'USD' }) // 'No exchange rate for USD: add a rate for USD to convert it.'
 */
export const t = translator(CATALOGUE);

/**
 * The core translator for one language.
 * @example localize('en')('REVIEW_OTHERS') // 'Others'
 */
export function localize(lang: Lang): Localize {
  return boundTranslator(CATALOGUE, lang);
}

/**
 * The text of a code that arrives as data (a failed run's code), when it is a core code whose
 * message takes no parameters; null otherwise (the caller keeps the text that came with the code).
 * @example plainMessage('NO_AMOUNT_COLUMN', 'en') // 'No amount column was found: …'
 */
export function plainMessage(code: string, lang: Lang): string | null {
  if (!Object.prototype.hasOwnProperty.call(CATALOGUE, code)) return null;
  const text = CATALOGUE[code as MessageCode][lang];
  return /\{\w+\}/.test(text) ? null : text;
}

/** A core message as data, localized later (by a view or a layout): a code with the parameters it takes. */
export type Message<C extends MessageCode = MessageCode> = MessageOf<CoreCatalogue, C>;

/**
 * The text of a message held as data.
 * @example messageText({ code: 'WIZ_ERR_AMOUNT', params: { text: 'abc' } }, 'en') // '“abc” is not an amount…'
 */
export function messageText(message: Message, lang: Lang): string {
  return fillParams(CATALOGUE[message.code][lang], message.params);
}
