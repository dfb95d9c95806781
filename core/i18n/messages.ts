/**
 * The message catalogue: every user-facing string keyed by a stable code, in en / zh-CN / zh-TW,
 * with `{param}` placeholders. Each core folder owns one `messages-<folder>.ts`; adding a folder's
 * catalogue is one import line and one spread line in CATALOGUE below.
 */
import type { Lang } from './lang';
import { TABLE_MESSAGES } from './messages-table';
import { SHEETDOC_MESSAGES } from './messages-sheetdoc';
import { UI_EXCEL_MESSAGES } from './messages-ui-excel';
import { UI_MESSAGES } from './messages-ui';
import { FUNCTION_MESSAGES } from './messages-functions';
import { REVIEW_MESSAGES } from './messages-review';

/** One message in every language. */
export type MessageText = Readonly<Record<Lang, string>>;

/** A folder's catalogue: code → texts. Other folders type their file as `Catalogue`. */
export type Catalogue = Readonly<Record<string, MessageText>>;

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** All catalogues merged. Add a folder: import its catalogue above, spread it here. */
export const CATALOGUE: Catalogue = {
  ...FUNCTION_MESSAGES,
  ...REVIEW_MESSAGES,
  ...TABLE_MESSAGES,
  ...SHEETDOC_MESSAGES,
  ...UI_EXCEL_MESSAGES,
  ...UI_MESSAGES,
};

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
 * Whether the catalogue has a message for this code.
 * @example hasMessage('NO_AMOUNT_COLUMN') // true
 */
export function hasMessage(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}

/**
 * The message for a code in a language, placeholders filled; an unknown code returns the code itself.
 * @example t('MISSING_RATE', 'en', { currency: 'USD' }) // 'No exchange rate for USD: add a rate for USD to convert it.'
 */
export function t(code: string, lang: Lang, params?: MessageParams): string {
  if (!hasMessage(code)) return code;
  const entry = CATALOGUE[code];
  const template = entry[lang] ?? entry.en;
  return fillParams(template, params);
}
