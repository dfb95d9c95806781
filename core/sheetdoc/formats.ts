/**
 * Formatting intent in one place: number-format codes and colours every tab uses. Renderers copy
 * these through; they never choose their own.
 */
import { TABLE_DECIMALS, type Lang, type TableUnit } from '../i18n';
import type { Style } from './types';

export const FMT = {
  integer: '#,##0',
  percent: '0.0%',
  hhi: '#,##0',
  text: '@',
  ratio: '0.00',
  date: 'yyyy-mm-dd',
} as const;

/**
 * Number format for money in a display unit, with the table rule's decimals (core/i18n/format
 * TABLE_DECIMALS): whole 元, one decimal in 万/K/M, two in 亿.
 * @example amountFormat('亿') // '#,##0.00;-#,##0.00'
 */
export function amountFormat(unit: TableUnit): string {
  const d = TABLE_DECIMALS[unit];
  const n = d === 0 ? '#,##0' : `#,##0.${'0'.repeat(d)}`;
  return `${n};-${n}`;
}

/**
 * Number format for a point change stored as points (3.7 = +3.7 pp), signed, with the unit word.
 * @example pointsFormat('en') // '+0.0" pp";-0.0" pp";0.0" pp"'
 */
export function pointsFormat(lang: Lang): string {
  const word = lang === 'en' ? ' pp' : lang === 'zh-CN' ? '个百分点' : '個百分點';
  return `+0.0"${word}";-0.0"${word}";0.0"${word}"`;
}

/** Signed percentage for growth rates (+13.4% / -2.0%). */
export const SIGNED_PERCENT = '+0.0%;-0.0%;0.0%';

export const COLOR = {
  headerFill: '#1F4E78',
  headerFont: '#FFFFFF',
  sectionFont: '#1F4E78',
  titleFont: '#1F2937',
  noteFont: '#6B7280',
  totalFill: '#EEF2F7',
  inputFill: '#FFF2CC',
  inputFont: '#1F3A93',
  calcFont: '#9CA3AF',
  good: '#00803C',
  bad: '#C00000',
  greenFill: '#E2F0D9',
  amberFill: '#FFE699',
  redFill: '#F8CBAD',
  userFill: '#FFFFFF',
  tab: '#1F4E78',
  tabPlan: '#C55A11',
  tabQuality: '#7F7F7F',
} as const;

export const STYLE: Readonly<Record<string, Style>> = {
  title: { bold: true, fontSize: 14, fontColor: COLOR.titleFont },
  note: { italic: true, fontColor: COLOR.noteFont },
  section: { bold: true, fontSize: 11, fontColor: COLOR.sectionFont, borderBottom: true },
  header: { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont, hAlign: 'center', wrap: true },
  total: { bold: true, fill: COLOR.totalFill, borderTop: true },
  input: { fill: COLOR.inputFill, fontColor: COLOR.inputFont, bold: true },
  narrative: { wrap: true },
  label: { bold: true },
};
