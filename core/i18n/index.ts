/** Public surface of core/i18n: languages, the message catalogue and its typed translators. */
export { LANGS, langFromLocale } from './lang';
export type { Lang } from './lang';
export { t, localize, plainMessage, messageText, CATALOGUE } from './messages';
export { segmentName } from './segment-name';
export type { CoreCatalogue, MessageCode, MessageArgs, Localize, Message } from './messages';
export { fillParams, translator, boundTranslator } from './catalogue';
export { MONTH_NAMES, monthRange } from './months';
export type {
  Catalogue,
  MessageText,
  MessageParams,
  Placeholders,
  ParamNames,
  ParamsOf,
  ParamArgs,
  Translate,
  BoundTranslate,
  MessageOf,
} from './catalogue';
export {
  formatAmount,
  formatAmounts,
  formatPercents,
  formatScaled,
  formatPercent,
  formatPoints,
  formatCount,
  groupDigits,
  amountDecimals,
  sentenceUnit,
  tableUnit,
  UNIT_SCALE,
  TABLE_UNITS,
  TABLE_DECIMALS,
} from './format';
export type { AmountUnit, AmountOptions, TableUnit } from './format';
