/**
 * What every tab builder needs: the model (every figure, and the settings the layout needs), its
 * narratives, the language, the display unit and the words. Nothing here reads the settings: the
 * model alone lays out the tabs.
 */
import { words, type Narratives, type Words } from '../narrative';
import type { ReviewModel } from '../review';
import {
  formatScaled,
  localize,
  tableUnit,
  UNIT_SCALE,
  type Lang,
  type Localize,
  type MessageCode,
  type TableUnit,
} from '../i18n';
import { roleLabel } from '../table';
import { amountFormat, pointsFormat, COLOR } from './formats';
import type { ConditionalFormat, RangeRef, Style } from './types';

export interface DocContext {
  model: ReviewModel;
  /** The sections' sentences (core/narrative narrate). */
  narratives: Narratives;
  /** Sentence wording in the model's language and currency (finding and check sentences). */
  words: Words;
  lang: Lang;
  unit: TableUnit;
  factor: number;
  amountFmt: string;
  pointsFmt: string;
  /** Label from the catalogue. */
  L: Localize;
  /** Money in display units (null stays null). */
  amt(v: number | null | undefined): number | null;
  /** A fraction point change as points (0.037 → 3.7). */
  pts(v: number | null | undefined): number | null;
  /** Display name of a dimension key: a role label, or the header text of an extra dimension. */
  dimLabel(key: string): string;
  /**
   * The display unit in words, in the report currency: 万元 / millions, or 万 USD / millions USD.
   * `inText` gives the short suffix used after a number in running text (72.5M, 7,252万元).
   */
  unitLabel(inText?: boolean): string;
  /** An amount as text beside the tab's tables, by the table rule: "7,252.3万元", "72.5M". */
  amountText(v: number | null): string;
}

/**
 * A unit label worded for another report currency than CNY: 元 and CNY become the currency code.
 * @example inCurrency('万元', 'USD') // '万 USD'
 */
export function inCurrency(label: string, currency: string): string {
  if (currency === 'CNY') return label;
  if (label.includes('CNY')) return label.replace('CNY', currency);
  if (label === '元') return currency;
  if (label.includes('元')) return label.replace('元', ` ${currency}`);
  return `${label} ${currency}`;
}

/** The display unit in words, as a table's unit line says it and as a suffix after a number in text. */
const UNIT_WORDS = {
  元: { line: 'SD_UNIT_元', inText: 'SD_EVUNIT_元' },
  万: { line: 'SD_UNIT_万', inText: 'SD_EVUNIT_万' },
  亿: { line: 'SD_UNIT_亿', inText: 'SD_EVUNIT_亿' },
  K: { line: 'SD_UNIT_K', inText: 'SD_EVUNIT_K' },
  M: { line: 'SD_UNIT_M', inText: 'SD_EVUNIT_M' },
} as const satisfies Record<TableUnit, { line: MessageCode; inText: MessageCode }>;

/**
 * Builds the context for one document.
 * @example makeContext(model, narrate(model)).unit // '万'
 */
export function makeContext(model: ReviewModel, narratives: Narratives): DocContext {
  const lang = model.language;
  const unit = tableUnit(model.totals.revenue, lang, model.layout.displayUnit);
  const factor = UNIT_SCALE[unit];
  const L = localize(lang);
  return {
    model,
    narratives,
    words: words(lang, model.currency),
    lang,
    unit,
    factor,
    amountFmt: amountFormat(unit),
    pointsFmt: pointsFormat(lang),
    L,
    amt: (v) => (v === null || v === undefined || !Number.isFinite(v) ? null : v / factor),
    pts: (v) => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 1e6) / 1e4),
    dimLabel: (key) => roleLabel(key, lang),
    unitLabel: (inText = false) =>
      inCurrency(L(UNIT_WORDS[unit][inText ? 'inText' : 'line']), model.currency),
    amountText: (v) => `${formatScaled(v, unit)}${inCurrency(L(UNIT_WORDS[unit].inText), model.currency)}`,
  };
}

/**
 * Conditional font colours for live formula cells: red below zero, green above (inverted for costs).
 * Static values get the same colours as plain styles (`varianceStyle`), so blank cells never colour.
 * @example varianceColours({ r0: 3, c0: 4, r1: 8, c1: 4 })
 */
export function varianceColours(range: RangeRef, invert = false): ConditionalFormat[] {
  const neg = invert ? COLOR.good : COLOR.bad;
  const pos = invert ? COLOR.bad : COLOR.good;
  return [
    { kind: 'cellIs', range, op: 'lessThan', values: [0], style: { fontColor: neg } },
    { kind: 'cellIs', range, op: 'greaterThan', values: [0], style: { fontColor: pos } },
  ];
}

/**
 * Font colour of a static variance / growth value: red when unfavourable, green when favourable.
 * @example varianceStyle(-3) // { fontColor: '#C00000' }
 */
export function varianceStyle(v: number | null, invert = false): Style | null {
  if (v === null || v === 0 || !Number.isFinite(v)) return null;
  const good = invert ? v < 0 : v > 0;
  return { fontColor: good ? COLOR.good : COLOR.bad };
}

/**
 * Fill of a static attainment by the status thresholds: green ≥ green, amber ≥ amber, else red.
 * @example statusStyle(1.02, { green: 1, amber: 0.95 }) // { fill: '#E2F0D9' }
 */
export function statusStyle(v: number | null, th: { green: number; amber: number }): Style | null {
  if (v === null || !Number.isFinite(v)) return null;
  return { fill: v >= th.green ? COLOR.greenFill : v >= th.amber ? COLOR.amberFill : COLOR.redFill };
}

/** Formats a fraction as a short percent text for labels ("95%"). */
export function pctText(v: number): string {
  return `${Math.round(v * 1000) / 10}%`;
}
