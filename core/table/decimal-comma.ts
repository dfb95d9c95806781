/**
 * Whether a money column writes a decimal comma ("1052,75元", "11,50万元") or groups thousands with
 * commas ("12,345.60"): a property of the column, decided from the evidence of all its cells (like
 * the date order), never per cell, so 1,250 and 12,50 in one column are not read two ways.
 */

/** Distinct texts of a column that only one convention reads. */
export interface CommaVotes {
  /** A comma followed by one or two digits and no more digits: 1052,75 · 11,5万. */
  decimal: number;
  /** A comma followed by exactly three digits, or a comma before a dot: 12,345 · 1,234.5. */
  thousands: number;
}

const DECIMAL = /\d,\d{1,2}(?!\d)/;
const THOUSANDS = /\d,\d{3}(?!\d)|,\d*\./;

/**
 * Counts one distinct text's evidence.
 * @example const v = { decimal: 0, thousands: 0 }; addCommaVote(v, '1052,75元'); v.decimal // 1
 */
export function addCommaVote(votes: CommaVotes, text: string): void {
  if (text.indexOf(',') < 0) return;
  if (THOUSANDS.test(text)) votes.thousands++;
  else if (DECIMAL.test(text)) votes.decimal++;
}

/**
 * The column's convention: a decimal comma when more texts say so than say thousands.
 * @example isDecimalComma({ decimal: 3, thousands: 0 }) // true
 */
export function isDecimalComma(votes: CommaVotes): boolean {
  return votes.decimal > votes.thousands;
}
