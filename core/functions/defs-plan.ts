/** Plan functions: SPLIT, SEASONAL_SPLIT, CASCADE (largest-remainder rounding, totals exact). */
import { safeCascade, safeSeasonalWeights, safeSplitByWeights, type PlanResult } from '../plan';
import { cellNumber, cells, isBlank, rangeNumbers, skippedInRange } from './coerce';
import { rangeParam, scalarNumber, tx } from './params';
import { reshape } from './shape';
import { isFnError, type FnContext, type FnError, type FnResult, type Matrix, type WholeDef } from './types';

const MIN_DECIMALS = -8;
const MAX_DECIMALS = 6;

/** Rounding unit from decimals: 0 → 1, 2 → 0.01, −4 → 10,000 (whole 万). */
function unitOf(decimals: number, ctx: FnContext): number | FnError {
  if (!Number.isInteger(decimals) || decimals < MIN_DECIMALS || decimals > MAX_DECIMALS) {
    return ctx.error('#NUM!', 'FN_BAD_DECIMALS', { min: MIN_DECIMALS, max: MAX_DECIMALS });
  }
  return decimals >= 0 ? 1 / 10 ** decimals : 10 ** -decimals;
}

/** Plan codes map to spreadsheet errors: bad numbers are #NUM!, the rest #VALUE!. */
function planError<T>(r: PlanResult<T> & { ok: false }, ctx: FnContext): FnError {
  const type = r.code === 'PLAN_EMPTY_WEIGHTS' || r.code === 'PLAN_RAGGED_HISTORY' ? '#VALUE!' : '#NUM!';
  // Codes without an {index} placeholder ignore it; those with one always get the offending position.
  return ctx.error(type, r.code, { index: r.index === undefined ? '' : r.index + 1 });
}

/** Weights of a block: every cell must be a number (a blank weight is an error, not 0). */
function weightsOf(m: Matrix, name: string, ctx: FnContext): number[] | FnError {
  const flat = cells(m);
  if (flat.some(isBlank)) return ctx.error('#N/A', 'FN_BLANK', { param: name });
  // a weight is positional: a TRUE/FALSE cell is an error here, not skipped as in a sum
  const flag = flat.find((x) => typeof x === 'boolean');
  if (flag !== undefined) return cellNumber(flag, name, ctx) as FnError;
  const nums = rangeNumbers(m, name, ctx);
  return isFnError(nums) ? nums : nums.values;
}

const TOTAL = tx(
  'The total to split, e.g. the annual target.',
  '待拆分的总额，如年度目标。',
  '待拆分的總額，如年度目標。',
);
const DECIMALS = tx(
  'Decimals to round to (default 0; −4 = whole 万).',
  '保留小数位（默认 0；−4 表示取整到万）。',
  '保留小數位（預設 0；−4 表示取整到萬）。',
);

export const SPLIT: WholeDef = {
  name: 'SPLIT',
  kind: 'whole',
  result: 'same-shape',
  description: tx(
    'Splits a total by weights (e.g. 3:3:2:2) with largest-remainder rounding; the parts add up to the total exactly.',
    '按权重（如 3:3:2:2）拆分总额，最大余数法取整，各部分之和严格等于总额。',
    '按權重（如 3:3:2:2）拆分總額，最大餘數法取整，各部分之和嚴格等於總額。',
  ),
  params: [
    scalarNumber('total', TOTAL),
    rangeParam('weights', tx('Weights, e.g. {3,3,2,2}.', '权重，如 {3,3,2,2}。', '權重，如 {3,3,2,2}。')),
    scalarNumber('decimals', DECIMALS, { optional: true, default: 0 }),
  ],
  run: ([total, w, d], ctx): FnResult => {
    const unit = unitOf(d as number, ctx);
    if (isFnError(unit)) return unit;
    const weights = weightsOf(w as Matrix, 'weights', ctx);
    if (isFnError(weights)) return weights;
    const r = safeSplitByWeights(total as number, weights, unit);
    if (!r.ok) return planError(r, ctx);
    return reshape(
      w as Matrix,
      r.value.map((_, i) => i),
      r.value,
    );
  },
};

export const SEASONAL_SPLIT: WholeDef = {
  name: 'SEASONAL_SPLIT',
  kind: 'whole',
  result: 'row',
  description: tx(
    "Splits a total by history's seasonal shares (rows = years, columns = quarters or months; each year's shares averaged). One row out.",
    '按历史季节占比拆分总额（行 = 年，列 = 季度或月份；各年占比取平均），输出一行。',
    '按歷史季節佔比拆分總額（列 = 年，欄 = 季度或月份；各年佔比取平均），輸出一列。',
  ),
  params: [
    scalarNumber('total', TOTAL),
    rangeParam(
      'history',
      tx('Past actuals: one row per year.', '历史实际：每年一行。', '歷史實際：每年一列。'),
    ),
    scalarNumber('decimals', DECIMALS, { optional: true, default: 0 }),
  ],
  run: ([total, h, d], ctx): FnResult => {
    const unit = unitOf(d as number, ctx);
    if (isFnError(unit)) return unit;
    const rows: number[][] = [];
    for (const row of h as Matrix) {
      // a blank (or boolean) period counts as no sales in it
      const nums = rangeNumbers([row.map((x) => (skippedInRange(x) ? 0 : x))], 'history', ctx);
      if (isFnError(nums)) return nums;
      rows.push(nums.values);
    }
    const w = safeSeasonalWeights(rows);
    if (!w.ok) return planError(w, ctx);
    const r = safeSplitByWeights(total as number, w.value, unit);
    if (!r.ok) return planError(r, ctx);
    return [r.value];
  },
};

export const CASCADE: WholeDef = {
  name: 'CASCADE',
  kind: 'whole',
  result: 'matrix',
  description: tx(
    'Cascades a total into rows × columns (cell = total × row weight × column weight); grand total and row totals exact, column totals exact whenever rounding allows.',
    '将总额按行权重 × 列权重拆成矩阵；总计与各行合计严格相等，各列合计在取整允许时也严格相等。',
    '將總額按列權重 × 欄權重拆成矩陣；總計與各列合計嚴格相等，各欄合計在取整允許時也嚴格相等。',
  ),
  params: [
    scalarNumber('total', TOTAL),
    rangeParam(
      'row_weights',
      tx('Weights of the rows, e.g. quarters.', '行权重，如各季度。', '列權重，如各季度。'),
    ),
    rangeParam(
      'column_weights',
      tx('Weights of the columns, e.g. regions.', '列权重，如各区域。', '欄權重，如各區域。'),
    ),
    scalarNumber('decimals', DECIMALS, { optional: true, default: 0 }),
  ],
  run: ([total, rw, cw, d], ctx): FnResult => {
    const unit = unitOf(d as number, ctx);
    if (isFnError(unit)) return unit;
    const rows = weightsOf(rw as Matrix, 'row_weights', ctx);
    if (isFnError(rows)) return rows;
    const cols = weightsOf(cw as Matrix, 'column_weights', ctx);
    if (isFnError(cols)) return cols;
    const r = safeCascade(total as number, rows, cols, unit);
    return r.ok ? r.value : planError(r, ctx);
  },
};
