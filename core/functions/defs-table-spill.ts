/**
 * Whole-table spills: BREAKDOWN, QUARTERS, CUSTOMERS, TOP_CUSTOMERS, DATA_QUALITY — the review's
 * tables as live arrays, one header row in the user's language, rows taken from the review's own
 * sections and labelled as the review tabs label them. Unknown figures are blank cells.
 */
import { localize, segmentName, type Lang } from '../i18n';
import { share } from '../metrics';
import type { ReviewModel } from '../review';
import { ROLES, type RowIssueCode } from '../table';
import { scalarNumber, tx } from './params';
import { resolveDimension } from './table-slice';
import { DATA, DIMENSION, MAPPING, YEAR, cellOf, countArg, openTable, openYear } from './table-params';
import { isFnError, type FnValue, type WholeDef } from './types';

export const BREAKDOWN: WholeDef = {
  name: 'BREAKDOWN',
  kind: 'whole',
  result: 'matrix',
  description: tx(
    'The breakdown table of one dimension, as in the review: segment, revenue, prior year, YoY, share, share change (pp, as a fraction), contribution to growth, then a total row; the tail beyond max_rows folds into Others.',
    '某一维度的拆解表（同复盘）：维度值、销售额、上年、同比、占比、占比变动（百分点，以小数表示）、增长贡献，末行合计；超过 max_rows 的部分合并为“其他”。',
    '某一維度的拆解表（同復盤）：維度值、銷售額、上年、年增率、佔比、佔比變動（百分點，以小數表示）、成長貢獻，末列合計；超過 max_rows 的部分合併為「其他」。',
  ),
  params: [
    DATA,
    DIMENSION,
    YEAR,
    scalarNumber(
      'max_rows',
      tx(
        'Segments listed (2–1000, default 12); the rest fold into Others.',
        '列出的维度值个数（2–1000，默认 12），其余合并为“其他”。',
        '列出的維度值個數（2–1000，預設 12），其餘合併為「其他」。',
      ),
      { optional: true, default: 12 },
    ),
    MAPPING,
  ],
  run: ([data, dimension, year, maxRows, mapping], ctx) => {
    const max = countArg(maxRows, 'max_rows', 2, 1000, ctx);
    if (isFnError(max)) return max;
    const o = openYear(data, year, mapping, ctx);
    if (isFnError(o)) return o;
    const d = resolveDimension(o.st, dimension as string, ctx);
    if (isFnError(d)) return d;
    const L = localize(ctx.lang);
    const totals = o.s.totals();
    const out: FnValue[][] = [
      [
        d.label,
        L('SD_COL_REVENUE'),
        L('SD_COL_PRIOR'),
        L('SD_COL_YOY'),
        L('SD_COL_SHARE'),
        L('SD_COL_SHARE_CHANGE'),
        L('SD_COL_CONTRIBUTION'),
      ],
    ];
    for (const r of o.s.breakdown(d.key, max))
      out.push([
        segmentName(r.key, L),
        r.revenue,
        cellOf(r.priorRevenue),
        cellOf(r.yoy),
        cellOf(r.share),
        cellOf(r.shareChange),
        cellOf(r.contribution),
      ]);
    out.push([
      L('SD_COL_TOTAL'),
      totals.revenue,
      cellOf(totals.priorRevenue),
      cellOf(totals.yoy),
      cellOf(share(totals.revenue, totals.revenue)),
      '',
      cellOf(totals.yoy),
    ]);
    return out;
  },
};

export const QUARTERS: WholeDef = {
  name: 'QUARTERS',
  kind: 'whole',
  result: 'matrix',
  description: tx(
    'The quarterly table of a fiscal year, as in the review: quarter, revenue, prior year, YoY, QoQ, share of the year, cumulative revenue, then a total row.',
    '财年季度表（同复盘）：季度、销售额、上年同期、同比、环比、占全年比例、累计销售额，末行合计。',
    '財年季度表（同復盤）：季度、銷售額、上年同期、年增率、季增率、佔全年比例、累計銷售額，末列合計。',
  ),
  params: [DATA, YEAR, MAPPING],
  run: ([data, year, mapping], ctx) => {
    const o = openYear(data, year, mapping, ctx);
    if (isFnError(o)) return o;
    if (o.s.scope.annual) return ctx.error('#N/A', 'FN_TABLE_ANNUAL_NO_PERIOD');
    const L = localize(ctx.lang);
    const totals = o.s.totals();
    const out: FnValue[][] = [
      [
        L('SD_COL_QUARTER'),
        L('SD_COL_REVENUE'),
        L('SD_COL_PRIOR'),
        L('SD_COL_YOY'),
        L('SD_COL_QOQ'),
        L('SD_COL_SHARE_OF_YEAR'),
        L('SD_COL_CUMULATIVE'),
      ],
    ];
    for (const q of o.s.periods().quarters)
      out.push([
        q.label,
        q.revenue,
        cellOf(q.priorRevenue),
        cellOf(q.yoy),
        cellOf(q.qoq),
        cellOf(q.share),
        q.cumulative,
      ]);
    out.push([
      L('SD_COL_TOTAL'),
      totals.revenue,
      cellOf(totals.priorRevenue),
      cellOf(totals.yoy),
      '',
      cellOf(share(totals.revenue, totals.revenue)),
      totals.revenue,
    ]);
    return out;
  },
};

type LifecycleLabel =
  | 'SD_ROW_ACTIVE'
  | 'SD_ROW_NEW'
  | 'SD_ROW_RETURNING'
  | 'SD_ROW_WON_BACK'
  | 'SD_ROW_LOST'
  | 'SD_ROW_REPURCHASE'
  | 'SD_ROW_NEW_SHARE'
  | 'SD_ROW_TOP1'
  | 'SD_ROW_TOP5'
  | 'SD_ROW_TOP10'
  | 'SD_ROW_HHI';

/** The customers tab's first block: [label, value, revenue or change]. */
function lifecycleRows(c: ReviewModel['customers'], lang: Lang): FnValue[][] {
  const L = localize(lang);
  const rows: [LifecycleLabel, number | null, number | null][] = [
    ['SD_ROW_ACTIVE', c.active, null],
    ['SD_ROW_NEW', c.new, c.revenueNew],
    ['SD_ROW_RETURNING', c.returning, c.revenueReturning],
    ['SD_ROW_WON_BACK', c.wonBack, c.revenueWonBack],
    ['SD_ROW_LOST', c.lost, c.lostPriorRevenue],
    ['SD_ROW_REPURCHASE', c.repurchaseRate, c.repurchaseRateChange],
    ['SD_ROW_NEW_SHARE', c.newRevenueShare, null],
    ['SD_ROW_TOP1', c.top1Share ?? c.largestShare, null],
    ['SD_ROW_TOP5', c.top5Share, null],
    ['SD_ROW_TOP10', c.top10Share, null],
    ['SD_ROW_HHI', c.hhi, null],
  ];
  return [
    [L('SD_COL_METRIC'), L('SD_COL_VALUE'), `${L('SD_COL_REVENUE')} / ${L('SD_COL_CHANGE')}`],
    ...rows.map(([code, v, w]): FnValue[] => [L(code), cellOf(v), cellOf(w)]),
  ];
}

export const CUSTOMERS: WholeDef = {
  name: 'CUSTOMERS',
  kind: 'whole',
  result: 'matrix',
  description: tx(
    'Customer lifecycle of a fiscal year, as in the review: active, new, returning, won back and lost customers (with their revenue), repurchase rate (and its change), new-customer share, concentration.',
    '财年客户生命周期（同复盘）：活跃、新客户、老客户、赢回、流失（及对应销售额），复购率（及变动）、新客收入占比、集中度。',
    '財年客戶生命週期（同復盤）：活躍、新客戶、老客戶、贏回、流失（及對應銷售額），回購率（及變動）、新客收入佔比、集中度。',
  ),
  params: [DATA, YEAR, MAPPING],
  run: ([data, year, mapping], ctx) => {
    const o = openYear(data, year, mapping, ctx);
    if (isFnError(o)) return o;
    if (!o.st.table.dims.customer) return ctx.error('#VALUE!', 'FN_TABLE_NO_CUSTOMER');
    return lifecycleRows(o.s.customers(), ctx.lang);
  },
};

export const TOP_CUSTOMERS: WholeDef = {
  name: 'TOP_CUSTOMERS',
  kind: 'whole',
  result: 'matrix',
  description: tx(
    'The n largest customers of a fiscal year, as in the review: rank, customer, revenue, share, cumulative share, prior year, YoY, tier.',
    '财年前 n 大客户（同复盘）：排名、客户、销售额、占比、累计占比、上年、同比、等级。',
    '財年前 n 大客戶（同復盤）：排名、客戶、銷售額、佔比、累計佔比、上年、年增率、等級。',
  ),
  params: [
    DATA,
    scalarNumber('n', tx('How many customers (1–1000).', '列出客户数（1–1000）。', '列出客戶數（1–1000）。')),
    YEAR,
    MAPPING,
  ],
  run: ([data, n, year, mapping], ctx) => {
    const count = countArg(n, 'n', 1, 1000, ctx);
    if (isFnError(count)) return count;
    const o = openYear(data, year, mapping, ctx);
    if (isFnError(o)) return o;
    if (!o.st.table.dims.customer) return ctx.error('#VALUE!', 'FN_TABLE_NO_CUSTOMER');
    const L = localize(ctx.lang);
    const out: FnValue[][] = [
      [
        L('SD_COL_RANK'),
        L('SD_COL_CUSTOMER'),
        L('SD_COL_REVENUE'),
        L('SD_COL_SHARE'),
        L('SD_COL_CUM_SHARE'),
        L('SD_COL_PRIOR'),
        L('SD_COL_YOY'),
        L('SD_COL_TIER'),
      ],
    ];
    o.s
      .customers(count)
      .top.forEach((c, i) =>
        out.push([
          i + 1,
          c.key,
          c.revenue,
          c.share,
          c.cumulativeShare,
          cellOf(c.priorRevenue),
          cellOf(c.yoy),
          c.tier,
        ]),
      );
    return out;
  },
};

export const DATA_QUALITY: WholeDef = {
  name: 'DATA_QUALITY',
  kind: 'whole',
  result: 'matrix',
  description: tx(
    'What the review reads from a sales range: rows read, used and skipped with their amounts, the reasons (subtotal rows, unreadable amounts or dates, refunds and duplicates kept), and the columns used, so a figure that differs from a plain SUM can be explained.',
    '复盘从销售明细中读取的情况：读取、使用、跳过的行数及金额，原因（小计行、无法识别的金额或日期、保留的退款和重复行），以及所用的列，用来解释与直接求和的差异。',
    '復盤從銷售明細中讀取的情況：讀取、使用、略過的列數及金額，原因（小計列、無法識別的金額或日期、保留的退款和重複列），以及所用的欄，用來解釋與直接加總的差異。',
  ),
  params: [DATA, MAPPING],
  run: ([data, mapping], ctx) => {
    const st = openTable(data, mapping, ctx);
    if (isFnError(st)) return st;
    const L = localize(ctx.lang);
    const q = st.quality;
    const out: FnValue[][] = [
      [L('SD_COL_ITEM'), L('SD_COL_ROWS'), L('SD_COL_AMOUNT'), L('SD_COL_NOTE')],
      [L('SD_DQ_ROWS_READ'), q.rowsRead, q.amountRead, ''],
      [L('SD_DQ_ROWS_USED'), q.rowsUsed, q.amountUsed, ''],
      [L('SD_DQ_ROWS_SKIPPED'), q.rowsSkipped, q.amountSkipped, ''],
    ];
    // one line per reason: the skipped rows' reasons first, then rows kept but flagged (refunds,
    // duplicates); within each, the reason with the most rows first (then the larger amount, then
    // the code), so the main reason is the first line whatever order the rows came in
    const reasons = (issues: readonly { code: RowIssueCode; amount: number }[]): FnValue[][] => {
      const byCode = new Map<RowIssueCode, { rows: number; amount: number }>();
      for (const s of issues) {
        const e = byCode.get(s.code) ?? { rows: 0, amount: 0 };
        e.rows += 1;
        e.amount += s.amount;
        byCode.set(s.code, e);
      }
      return [...byCode]
        .sort(
          ([ca, a], [cb, b]) =>
            b.rows - a.rows || Math.abs(b.amount) - Math.abs(a.amount) || (ca < cb ? -1 : 1),
        )
        .map(([code, e]) => [L(`SD_REASON_${code}`), e.rows, e.amount, code]);
    };
    out.push(...reasons(q.skipped), ...reasons(q.flagged));
    // the columns read, as the data-quality tab's mapping section lists them
    out.push([L('SD_SECTION_MAPPING'), '', '', '']);
    for (const role of ROLES) {
      const d = st.mapping.roles[role];
      if (d) out.push([L(`ROLE_${role}`), '', '', d.header]);
    }
    return out;
  },
};
