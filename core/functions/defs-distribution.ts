/** Whole-range distribution functions: SHARE, CONTRIBUTION, TOP_SHARE, HHI, PVM. */
import { contributions, hhi, priceVolumeMix, shares, topNShare } from '../metrics';
import { cells, rangeNumbers, skippedInRange } from './coerce';
import { rangeParam, scalarNumber, tx } from './params';
import { reshape, size } from './shape';
import { isFnError, type FnValue, type Matrix, type WholeDef } from './types';

const VALUES = tx(
  'Values, e.g. revenue by customer.',
  '数值区域，如各客户销售额。',
  '數值範圍，如各客戶銷售額。',
);

export const SHARE: WholeDef = {
  name: 'SHARE',
  kind: 'whole',
  result: 'same-shape',
  description: tx(
    'Each value / the sum of all values (占比), in the shape of values; blank cells stay blank.',
    '各值 / 合计（占比），与输入同形状；空单元格保持为空。',
    '各值 / 合計（佔比），與輸入同形狀；空儲存格保持為空。',
  ),
  params: [rangeParam('values', VALUES)],
  run: ([v], ctx) => {
    const m = v as Matrix;
    const nums = rangeNumbers(m, 'values', ctx);
    if (isFnError(nums)) return nums;
    const s = shares(nums.values);
    if (nums.values.length === 0 || s.some((x) => x === null)) return ctx.error('#DIV/0!', 'FN_ZERO_TOTAL');
    return reshape(m, nums.at, s as number[]);
  },
};

export const CONTRIBUTION: WholeDef = {
  name: 'CONTRIBUTION',
  kind: 'whole',
  result: 'same-shape',
  description: tx(
    'Contribution to growth of each part = (current − prior) / sum(prior); the parts add up to total growth.',
    '各部分增长贡献 =（本期 − 上期）/ 上期合计；各贡献之和等于总增长率。',
    '各部分成長貢獻 =（本期 − 上期）/ 上期合計；各貢獻之和等於總成長率。',
  ),
  params: [
    rangeParam('current_parts', tx('Parts this period.', '本期各部分。', '本期各部分。')),
    rangeParam('prior_parts', tx('The same parts last period.', '上期对应各部分。', '上期對應各部分。')),
  ],
  run: ([c, p], ctx) => {
    const cm = c as Matrix;
    const pm = p as Matrix;
    if (size(cm) !== size(pm)) {
      return ctx.error('#VALUE!', 'FN_LENGTH_MISMATCH', { a: 'current_parts', b: 'prior_parts' });
    }
    // a blank (or boolean) part counts as 0 (a segment that did not exist in one of the periods)
    const toNums = (m: Matrix, name: string) =>
      rangeNumbers(
        m.map((r) => r.map((x) => (skippedInRange(x) ? 0 : x))),
        name,
        ctx,
      );
    const cn = toNums(cm, 'current_parts');
    if (isFnError(cn)) return cn;
    const pn = toNums(pm, 'prior_parts');
    if (isFnError(pn)) return pn;
    const out = contributions(cn.values, pn.values);
    if (out.some((x) => x === null))
      return ctx.error('#DIV/0!', 'FN_ZERO_DENOMINATOR', { param: 'sum(prior_parts)' });
    return reshape(cm, cn.at, out as number[]);
  },
};

export const TOP_SHARE: WholeDef = {
  name: 'TOP_SHARE',
  kind: 'whole',
  result: 'scalar',
  description: tx(
    'Share of the n largest values in the total (TOP-N concentration); only positive values count.',
    '前 n 大值占合计的比例（TOP-N 集中度）；只计正数。',
    '前 n 大值佔合計的比例（TOP-N 集中度）；只計正數。',
  ),
  params: [
    rangeParam('values', VALUES),
    scalarNumber('n', tx('How many of the largest.', '取前几名。', '取前幾名。')),
  ],
  run: ([v, n], ctx) => {
    if ((n as number) < 0) return ctx.error('#NUM!', 'FN_NEGATIVE', { param: 'n' });
    const nums = rangeNumbers(v as Matrix, 'values', ctx);
    if (isFnError(nums)) return nums;
    return topNShare(nums.values, n as number) ?? ctx.error('#DIV/0!', 'FN_NO_POSITIVE');
  },
};

export const HHI: WholeDef = {
  name: 'HHI',
  kind: 'whole',
  result: 'scalar',
  description: tx(
    'Herfindahl–Hirschman index = Σ share² × 10,000 (10,000 = a single customer).',
    '赫芬达尔指数 = Σ 占比² × 10,000（10,000 表示只有一个客户）。',
    '赫芬達爾指數 = Σ 佔比² × 10,000（10,000 表示只有一個客戶）。',
  ),
  params: [rangeParam('values', VALUES)],
  run: ([v], ctx) => {
    const nums = rangeNumbers(v as Matrix, 'values', ctx);
    if (isFnError(nums)) return nums;
    return hhi(nums.values) ?? ctx.error('#DIV/0!', 'FN_NO_POSITIVE');
  },
};

const PVM_NAMES = ['qty_prior', 'revenue_prior', 'qty_now', 'revenue_now'] as const;

export const PVM: WholeDef = {
  name: 'PVM',
  kind: 'whole',
  result: 'row',
  description: tx(
    'Price–volume–mix of the revenue change, one row: volume, mix, price, new products, discontinued products (negative); the row adds up to Σrevenue_now − Σrevenue_prior. Rows of the ranges = products.',
    '价量结构分析，输出一行：销量效应、结构效应、价格效应、新产品、停售产品（负数）；合计等于本期收入 − 上期收入。各区域的行为产品。',
    '價量結構分析，輸出一列：銷量效應、結構效應、價格效應、新產品、停售產品（負數）；合計等於本期收入 − 上期收入。各範圍的列為產品。',
  ),
  params: [
    rangeParam('qty_prior', tx('Quantity by product, prior period.', '上期各产品销量。', '上期各產品銷量。')),
    rangeParam(
      'revenue_prior',
      tx('Revenue by product, prior period.', '上期各产品收入。', '上期各產品收入。'),
    ),
    rangeParam('qty_now', tx('Quantity by product, this period.', '本期各产品销量。', '本期各產品銷量。')),
    rangeParam('revenue_now', tx('Revenue by product, this period.', '本期各产品收入。', '本期各產品收入。')),
  ],
  run: (args, ctx) => {
    const cols: number[][] = [];
    const n = size(args[0] as Matrix);
    for (let k = 0; k < 4; k++) {
      const m = args[k] as Matrix;
      if (size(m) !== n)
        return ctx.error('#VALUE!', 'FN_LENGTH_MISMATCH', { a: PVM_NAMES[0], b: PVM_NAMES[k] });
      const col: number[] = [];
      for (const x of cells(m)) {
        if (skippedInRange(x)) {
          col.push(0);
          continue;
        }
        const nums = rangeNumbers([[x]], PVM_NAMES[k], ctx);
        if (isFnError(nums)) return nums;
        col.push(nums.values[0]);
      }
      cols.push(col);
    }
    if (!cols[0].some((q, i) => q > 0 && cols[2][i] > 0)) return ctx.error('#DIV/0!', 'FN_NO_PRIOR_QUANTITY');
    const rows = cols[0].map((_, i) => ({
      key: String(i),
      q0: cols[0][i],
      r0: cols[1][i],
      q1: cols[2][i],
      r1: cols[3][i],
    }));
    const r = priceVolumeMix(rows);
    const row: FnValue[] = [
      r.volume,
      r.mix,
      r.price,
      r.newProducts,
      r.discontinued === 0 ? 0 : -r.discontinued,
    ];
    return [row];
  },
};
