/**
 * Largest-remainder rounding as one native formula per part, so a plan split stays live in Excel,
 * Google Sheets and LibreOffice and still adds up to its total exactly. For part i of total T with
 * weights W rounded to unit u:
 *   x = T·w/ΣW/u;  K = ROUND(T/u) − Σ INT(x);  part_i = u·(INT(x_i) + [rank_i < K]),
 *   rank_i = #{j: frac_j > frac_i} + #{j: frac_j = frac_i, w_j > w_i} + #{j < i: frac_j = frac_i, w_j = w_i}
 * which is the rule of core/plan's splitByWeights (ties: larger weight first, then the earlier part).
 * The "earlier part" count runs over the prefix range W[first..i] minus the part itself, because
 * ROW(range) is not an array in every engine.
 */
import { a1, a1Range } from './a1';

const EPS = '0.000000001';

export interface LrRefs {
  /** Cell or expression of the total (e.g. "$B$12"). */
  total: string;
  /** Cell or expression of the rounding unit. */
  unit: string;
  /** 0-based column of the weights, and their first and last rows. */
  col: number;
  first: number;
  last: number;
  /** 0-based row of this part's weight. */
  row: number;
}

/**
 * The formula (with leading "=") for one part of a largest-remainder split.
 * @example lrFormula({ total: '$B$5', unit: '$B$7', col: 1, first: 8, last: 11, row: 9 })
 */
export function lrFormula(r: LrRefs): string {
  const W = a1Range(r.first, r.col, r.last, r.col, true);
  const P = a1Range(r.first, r.col, r.row, r.col, true);
  const w = a1(r.row, r.col, true);
  const share = (range: string): string => `${r.total}*${range}/SUM(${W})/${r.unit}`;
  const fx = `MOD(${share(w)},1)`;
  const k = `(ROUND(${r.total}/${r.unit},0)-SUMPRODUCT(INT(${share(W)})))`;
  // Fractions within 1e-9 count as a tie, as in core/plan's apportion (float noise is not a remainder).
  const rank =
    `(SUMPRODUCT(--(MOD(${share(W)},1)>${fx}+${EPS}))` +
    `+SUMPRODUCT((ABS(MOD(${share(W)},1)-${fx})<=${EPS})*(${W}>${w}))` +
    `+SUMPRODUCT((ABS(MOD(${share(P)},1)-${fx})<=${EPS})*(${P}=${w}))-1)`;
  return `=IF(OR(${r.total}="",SUM(${W})=0),"",${r.unit}*(INT(${share(w)})+IF(${rank}<${k},1,0)))`;
}
