/** Public surface of core/i18n: languages and the message catalogue. */
export { LANGS, langFromLocale } from './lang';
export type { Lang } from './lang';
export { t, fillParams, hasMessage, CATALOGUE } from './messages';
export type { Catalogue, MessageText, MessageParams } from './messages';
