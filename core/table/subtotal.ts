/** Subtotal and total labels: rows carrying them repeat detail amounts and are never counted. */
import { cleanText } from './normalize';

const ZH = /(合计|合計|小计|小計|总计|總計|共计|共計|汇总|匯總|彙總|总和|總和)/;
const EN_END = /(^|\s)(grand\s*total|sub-?\s*total|total)s?\s*[:：]?$/i;
const EN_START = /^(grand\s*total|sub-?\s*total|total)s?\s*([:：-]|$)/i;

/**
 * Whether a cell text marks a subtotal or total row (合计, 小計, 总计, Total, Subtotal, Grand Total …).
 * English labels must stand alone or end the cell, so a customer "Total Solutions Ltd" is not one.
 * @example isSubtotalLabel('华东 小计') // true
 */
export function isSubtotalLabel(text: string): boolean {
  if (ZH.test(text)) return true;
  if (!/total|ｔｏｔａｌ/i.test(text)) return false;
  const s = cleanText(text);
  return EN_END.test(s) || EN_START.test(s);
}
