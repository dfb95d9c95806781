/**
 * Largest-remainder rounding as one native formula per part, so a plan split stays live in Excel,
 * Google Sheets and LibreOffice and still adds up to its total exactly. For part i of total T with
 * weights W rounded to unit u:
 *   x = T·w/ΣW/u;  K = ROUND(T/u) − Σ INT(x);
 *   part_i = u·(INT(x_i) + [rank_i < K]),  rank_i = #{j: frac_j > frac_i} + #{j before i: frac_j = frac_i}
 * which is the rule of core/plan's splitByWeights (ties to the earlier part).
 */

export interface LrRefs {
  /** Cell or expression of the total (e.g. "$B$12"). */
  total: string;
  /** Absolute range of all weights (one column, e.g. "$B$20:$B$23"). */
  weights: string;
  /** This part's weight cell (e.g. "$B21"). */
  weight: string;
  /** Cell or expression of the rounding unit. */
  unit: string;
}

/**
 * The formula (with leading "=") for one part of a largest-remainder split.
 * @example lrFormula({ total: '$B$5', weights: '$B$9:$B$12', weight: '$B9', unit: '$B$7' })
 */
export function lrFormula(r: LrRefs): string {
  const X = `${r.total}*${r.weights}/SUM(${r.weights})/${r.unit}`;
  const x = `${r.total}*${r.weight}/SUM(${r.weights})/${r.unit}`;
  const k = `(ROUND(${r.total}/${r.unit},0)-SUMPRODUCT(INT(${X})))`;
  const rank =
    `(SUMPRODUCT(--(MOD(${X},1)>MOD(${x},1)))` +
    `+SUMPRODUCT((MOD(${X},1)=MOD(${x},1))*(ROW(${r.weights})<ROW(${r.weight}))))`;
  return `=IF(OR(${r.total}="",SUM(${r.weights})=0),"",${r.unit}*(INT(${x})+IF(${rank}<${k},1,0)))`;
}
