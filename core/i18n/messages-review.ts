/**
 * Messages of core/review and core/narrative: findings (FINDING_), plan checks (REVIEW_CHECK_),
 * labels and run errors (REVIEW_), narrative sentence templates (NR_). Numbers arrive already
 * formatted (format.ts), so templates never format.
 */
import type { Catalogue } from './catalogue';

export const REVIEW_MESSAGES = {
  REVIEW_BLANK: { en: '(blank)', 'zh-CN': '（空白）', 'zh-TW': '（空白）' },
  REVIEW_OTHERS: { en: 'Others', 'zh-CN': '其他', 'zh-TW': '其他' },
  REVIEW_QUARTER: { en: 'Quarter', 'zh-CN': '季度', 'zh-TW': '季度' },
  REVIEW_NO_LABEL: { en: 'no label', 'zh-CN': '无标签', 'zh-TW': '無標籤' },
  REVIEW_PVM_RULE: {
    en: 'New products (no prior-year quantity) and discontinued products (no quantity this year) are shown separately; continuing products are split into volume, mix and price.',
    'zh-CN': '新产品（上年无销量）与停售产品（本年无销量）单列，其余产品分解为销量、结构与价格效应。',
    'zh-TW': '新產品（去年無銷量）與停售產品（今年無銷量）單列，其餘產品分解為銷量、結構與價格效應。',
  },
  REVIEW_NO_DATA_IN_YEAR: {
    en: 'There are no sales in FY{year}: choose a year that has data.',
    'zh-CN': '{year}年没有销售数据：请选择有数据的年份。',
    'zh-TW': '{year}年沒有銷售資料：請選擇有資料的年份。',
  },
  REVIEW_FAILED: {
    en: 'The review could not be built: {detail}',
    'zh-CN': '复盘生成失败：{detail}',
    'zh-TW': '復盤產生失敗：{detail}',
  },

  FINDING_BELOW_TARGET: {
    en: 'Revenue of {actual} reached only {attainment} of the {target} base target',
    'zh-CN': '销售额{actual}，仅完成基础目标{target}的{attainment}',
    'zh-TW': '銷售額{actual}，僅達成基礎目標{target}的{attainment}',
  },
  FINDING_OUTSIDE_TOLERANCE: {
    en: '{dimension} “{segment}” reached {attainment} of target ({actual} vs {target}), below the ±{band} tolerance band: state the reason and a recovery plan',
    'zh-CN':
      '{dimension}“{segment}”完成目标的{attainment}（实际{actual}，目标{target}），低于±{band}的容差带，需说明原因并提出追赶计划',
    'zh-TW':
      '{dimension}「{segment}」達成目標的{attainment}（實際{actual}，目標{target}），低於±{band}的容許範圍，需說明原因並提出追趕計畫',
  },
  FINDING_DECLINING_SEGMENT: {
    en: '{dimension} “{segment}” fell {yoy} year on year, from {prior} to {actual}',
    'zh-CN': '{dimension}“{segment}”同比下降{yoy}，由{prior}降至{actual}',
    'zh-TW': '{dimension}「{segment}」年減{yoy}，由{prior}降至{actual}',
  },
  FINDING_DECLINING_SEGMENT_SAME_MONTHS: {
    en: '{dimension} “{segment}” fell {yoy} over the same months of both years ({months}), from {prior} to {actual}',
    'zh-CN':
      '{dimension}“{segment}”按两年相同月份（{months}）同口径比较下降{yoy}，由上年同期的{prior}降至{actual}',
    'zh-TW':
      '{dimension}「{segment}」按兩年相同月份（{months}）同口徑比較衰退{yoy}，由去年同期的{prior}降至{actual}',
  },
  FINDING_CUSTOMER_CONCENTRATION: {
    en: 'The largest customer “{customer}” holds {share} of revenue, above the {threshold} concentration threshold',
    'zh-CN': '最大客户“{customer}”占销售额的{share}，超过{threshold}的集中度阈值',
    'zh-TW': '最大客戶「{customer}」佔銷售額的{share}，超過{threshold}的集中度門檻',
  },
  FINDING_MARGIN_DOWN: {
    en: 'Gross margin fell from {prior} to {margin} ({change})',
    'zh-CN': '毛利率由{prior}降至{margin}（{change}）',
    'zh-TW': '毛利率由{prior}降至{margin}（{change}）',
  },
  FINDING_LOST_CUSTOMER_REVENUE: {
    en: '{lost} customers from last year did not buy again; they had brought {revenue}, {share} of last year’s revenue',
    'zh-CN': '{lost}家上年客户今年未再购买，上年贡献{revenue}，占上年销售额的{share}',
    'zh-TW': '{lost}家去年客戶今年未再購買，去年貢獻{revenue}，佔去年銷售額的{share}',
  },
  FINDING_QUARTER_VOLATILITY: {
    en: 'Quarterly revenue swings widely: {high} at {highValue} against {low} at {lowValue}',
    'zh-CN': '季度销售波动大：最高的{high}为{highValue}，最低的{low}为{lowValue}',
    'zh-TW': '季度銷售波動大：最高的{high}為{highValue}，最低的{low}為{lowValue}',
  },
  FINDING_LOW_COMPLETENESS: {
    en: 'The {field} field is only {completeness} complete, below {threshold}',
    'zh-CN': '“{field}”字段完整率仅{completeness}，低于{threshold}',
    'zh-TW': '「{field}」欄位完整率僅{completeness}，低於{threshold}',
  },
  FINDING_PLAN_INCONSISTENT: {
    en: 'Next year’s plan fails a check: {check}',
    'zh-CN': '下年度计划校验未通过：{check}',
    'zh-TW': '下年度計畫檢核未通過：{check}',
  },
  FINDING_RECORD_QUARTER: {
    en: '{quarter} set a quarterly record at {actual}',
    'zh-CN': '{quarter}销售额{actual}，创季度新高',
    'zh-TW': '{quarter}銷售額{actual}，創季度新高',
  },
  FINDING_DARK_HORSE: {
    en: '{dimension} “{segment}” grew {yoy} with {share} of revenue: the dark horse',
    'zh-CN': '{dimension}“{segment}”同比增长{yoy}，占销售额的{share}，是本年黑马',
    'zh-TW': '{dimension}「{segment}」年增{yoy}，佔銷售額的{share}，是本年黑馬',
  },
  FINDING_DARK_HORSE_SAME_MONTHS: {
    en: '{dimension} “{segment}” grew {yoy} over the same months of both years ({months}) with {share} of revenue: the dark horse',
    'zh-CN':
      '{dimension}“{segment}”按两年相同月份（{months}）同口径比较增长{yoy}，占销售额的{share}，是本年黑马',
    'zh-TW':
      '{dimension}「{segment}」按兩年相同月份（{months}）同口徑比較成長{yoy}，佔銷售額的{share}，是本年黑馬',
  },
  FINDING_ABOVE_STRETCH: {
    en: 'Revenue of {actual} beat the {stretch} stretch target ({attainment})',
    'zh-CN': '销售额{actual}超过挑战目标{stretch}，完成率{attainment}',
    'zh-TW': '銷售額{actual}超過挑戰目標{stretch}，達成率{attainment}',
  },
  FINDING_TOTAL_MISMATCH: {
    en: 'The sheet’s own total does not add up: row {row} ({label}), column “{column}” says {stated}, its parts add up to {sum} ({diff} apart); the review uses the parts',
    'zh-CN':
      '表内合计与明细不符：第{row}行（{label}）“{column}”列写的是{stated}，明细加总为{sum}，相差{diff}；复盘按明细计算',
    'zh-TW':
      '表內合計與明細不符：第{row}列（{label}）「{column}」欄寫的是{stated}，明細加總為{sum}，相差{diff}；復盤按明細計算',
  },

  REVIEW_CHECK_PLAN_PARTS_VS_ANNUAL_OK: {
    en: 'Quarter plans add up to the annual target of {annual}',
    'zh-CN': '季度计划合计等于年度目标{annual}',
    'zh-TW': '季度計畫合計等於年度目標{annual}',
  },
  REVIEW_CHECK_PLAN_PARTS_VS_ANNUAL_FAIL: {
    en: 'Quarter plans add up to {sum}, {diff} ({diffPct}) off the annual target of {annual}',
    'zh-CN': '季度计划合计{sum}，与年度目标{annual}相差{diff}（{diffPct}）',
    'zh-TW': '季度計畫合計{sum}，與年度目標{annual}相差{diff}（{diffPct}）',
  },
  REVIEW_CHECK_PLAN_NEGATIVE_PART_OK: {
    en: 'No quarter plan is negative',
    'zh-CN': '没有为负数的季度计划',
    'zh-TW': '沒有為負數的季度計畫',
  },
  REVIEW_CHECK_PLAN_NEGATIVE_PART_FAIL: {
    en: 'The plan for {part} is negative',
    'zh-CN': '{part}的计划为负数',
    'zh-TW': '{part}的計畫為負數',
  },
  REVIEW_CHECK_PLAN_MARGINS_LENGTH_OK: {
    en: 'Quarter margins match the quarter plans',
    'zh-CN': '季度毛利率与季度计划一一对应',
    'zh-TW': '季度毛利率與季度計畫一一對應',
  },
  REVIEW_CHECK_PLAN_MARGINS_LENGTH_FAIL: {
    en: 'Quarter margins do not match the quarter plans',
    'zh-CN': '季度毛利率与季度计划数量不一致',
    'zh-TW': '季度毛利率與季度計畫數量不一致',
  },
  REVIEW_CHECK_PLAN_MARGIN_VS_TARGET_OK: {
    en: 'Weighted by the quarterly margin targets, the plan’s margin is {margin}, meeting the {target} target',
    'zh-CN': '按各季度毛利率目标加权，计划毛利率{margin}，达到目标{target}',
    'zh-TW': '按各季度毛利率目標加權，計畫毛利率{margin}，達到目標{target}',
  },
  REVIEW_CHECK_PLAN_MARGIN_VS_TARGET_FAIL: {
    en: 'Weighted by the quarterly margin targets, the plan’s margin is {margin}, below the {target} target',
    'zh-CN': '按各季度毛利率目标加权，计划毛利率{margin}，低于目标{target}',
    'zh-TW': '按各季度毛利率目標加權，計畫毛利率{margin}，低於目標{target}',
  },
  REVIEW_CHECK_PLAN_DIM_OK: {
    en: 'The split by {dimension} adds up to the annual target ({sum})',
    'zh-CN': '按{dimension}拆分合计{sum}，等于年度目标',
    'zh-TW': '按{dimension}拆分合計{sum}，等於年度目標',
  },
  REVIEW_CHECK_PLAN_DIM_FAIL: {
    en: 'The split by {dimension} adds up to {sum}, not the annual target',
    'zh-CN': '按{dimension}拆分合计{sum}，与年度目标不一致',
    'zh-TW': '按{dimension}拆分合計{sum}，與年度目標不一致',
  },

  NR_STATUS_green: { en: 'green', 'zh-CN': '绿灯', 'zh-TW': '綠燈' },
  NR_STATUS_amber: { en: 'amber', 'zh-CN': '黄灯', 'zh-TW': '黃燈' },
  NR_STATUS_red: { en: 'red', 'zh-CN': '红灯', 'zh-TW': '紅燈' },
  NR_OV_REVENUE_BOTH: {
    en: 'FY{year} revenue was {revenue}: {att} of the {target} base target and {satt} of the {stretch} stretch target.',
    'zh-CN': '{year}年销售额{revenue}，完成基础目标{target}的{att}，挑战目标{stretch}的{satt}。',
    'zh-TW': '{year}年銷售額{revenue}，達成基礎目標{target}的{att}、挑戰目標{stretch}的{satt}。',
  },
  NR_OV_REVENUE_BASE: {
    en: 'FY{year} revenue was {revenue}, {att} of the {target} base target.',
    'zh-CN': '{year}年销售额{revenue}，完成基础目标{target}的{att}。',
    'zh-TW': '{year}年銷售額{revenue}，達成基礎目標{target}的{att}。',
  },
  NR_OV_REVENUE_NONE: {
    en: 'FY{year} revenue was {revenue}; no target was set.',
    'zh-CN': '{year}年销售额{revenue}，未设定目标。',
    'zh-TW': '{year}年銷售額{revenue}，未設定目標。',
  },
  NR_OV_REVISED: {
    en: 'Against the revised target of {revised}, attainment is {att}.',
    'zh-CN': '按修订目标{revised}计算，完成率为{att}。',
    'zh-TW': '按修訂目標{revised}計算，達成率為{att}。',
  },
  NR_OV_YOY_UP: {
    en: 'That is {pct} more than the prior year’s {prior}.',
    'zh-CN': '比上年的{prior}增长{pct}。',
    'zh-TW': '比去年的{prior}成長{pct}。',
  },
  NR_OV_YOY_DOWN: {
    en: 'That is {pct} less than the prior year’s {prior}.',
    'zh-CN': '比上年的{prior}下降{pct}。',
    'zh-TW': '比去年的{prior}衰退{pct}。',
  },
  NR_OV_YOY_SAME_UP: {
    en: 'Over the same months of both years ({months}), revenue was {revenue}, {pct} more than the prior year’s {prior}.',
    'zh-CN': '按两年相同月份（{months}）同口径比较，销售额{revenue}，比上年同期的{prior}增长{pct}。',
    'zh-TW': '按兩年相同月份（{months}）同口徑比較，銷售額{revenue}，比去年同期的{prior}成長{pct}。',
  },
  NR_OV_YOY_SAME_DOWN: {
    en: 'Over the same months of both years ({months}), revenue was {revenue}, {pct} less than the prior year’s {prior}.',
    'zh-CN': '按两年相同月份（{months}）同口径比较，销售额{revenue}，比上年同期的{prior}下降{pct}。',
    'zh-TW': '按兩年相同月份（{months}）同口徑比較，銷售額{revenue}，比去年同期的{prior}衰退{pct}。',
  },
  NR_OV_YOY_SAME_FLAT: {
    en: 'Over the same months of both years ({months}), revenue was {revenue}, in line with the prior year’s {prior}.',
    'zh-CN': '按两年相同月份（{months}）同口径比较，销售额{revenue}，与上年同期的{prior}基本持平。',
    'zh-TW': '按兩年相同月份（{months}）同口徑比較，銷售額{revenue}，與去年同期的{prior}大致持平。',
  },
  NR_OV_YOY_NONE: {
    en: 'The prior year has no data for the months of this year, so there is no like-for-like change.',
    'zh-CN': '上年在本年有数据的月份没有数据，无法同口径计算同比。',
    'zh-TW': '去年在本年有資料的月份沒有資料，無法同口徑計算年比。',
  },
  NR_OV_YOY_FLAT: {
    en: 'That is in line with the prior year’s {prior}.',
    'zh-CN': '与上年的{prior}基本持平。',
    'zh-TW': '與去年的{prior}大致持平。',
  },
  NR_OV_MARGIN_UP: {
    en: 'Gross margin rose from {prior} to {margin}, up {pp}.',
    'zh-CN': '毛利率由上年的{prior}升至{margin}，提升{pp}。',
    'zh-TW': '毛利率由去年的{prior}升至{margin}，提升{pp}。',
  },
  NR_OV_MARGIN_DOWN: {
    en: 'Gross margin fell from {prior} to {margin}, down {pp}.',
    'zh-CN': '毛利率由上年的{prior}降至{margin}，下降{pp}。',
    'zh-TW': '毛利率由去年的{prior}降至{margin}，下降{pp}。',
  },
  NR_OV_MARGIN_FLAT: {
    en: 'Gross margin held at {margin}, in line with the prior year.',
    'zh-CN': '毛利率为{margin}，与上年基本持平。',
    'zh-TW': '毛利率為{margin}，與去年大致持平。',
  },
  NR_OV_MARGIN_ONLY: {
    en: 'Gross margin was {margin}.',
    'zh-CN': '毛利率为{margin}。',
    'zh-TW': '毛利率為{margin}。',
  },
  NR_OV_CUST_UP: {
    en: '{active} customers bought this year; the repurchase rate was {rate}, up {pp}.',
    'zh-CN': '本年有成交客户{active}家，复购率{rate}，提升{pp}。',
    'zh-TW': '今年有成交客戶{active}家，回購率{rate}，提升{pp}。',
  },
  NR_OV_CUST_DOWN: {
    en: '{active} customers bought this year; the repurchase rate was {rate}, down {pp}.',
    'zh-CN': '本年有成交客户{active}家，复购率{rate}，下降{pp}。',
    'zh-TW': '今年有成交客戶{active}家，回購率{rate}，下降{pp}。',
  },
  NR_OV_CUST_FLAT: {
    en: '{active} customers bought this year; the repurchase rate held at {rate}.',
    'zh-CN': '本年有成交客户{active}家，复购率{rate}，与上年基本持平。',
    'zh-TW': '今年有成交客戶{active}家，回購率{rate}，與去年大致持平。',
  },
  NR_OV_CUST_RATE: {
    en: '{active} customers bought this year; the repurchase rate was {rate}.',
    'zh-CN': '本年有成交客户{active}家，复购率{rate}。',
    'zh-TW': '今年有成交客戶{active}家，回購率{rate}。',
  },
  NR_OV_CUST_COUNT: {
    en: '{active} customers bought this year.',
    'zh-CN': '本年有成交客户{active}家。',
    'zh-TW': '今年有成交客戶{active}家。',
  },
  NR_OV_STATUS: {
    en: 'Overall status is {status} (green from {green} of the base target, amber from {amber}).',
    'zh-CN': '整体状态为{status}（完成基础目标{green}及以上为绿灯，{amber}及以上为黄灯）。',
    'zh-TW': '整體狀態為{status}（達成基礎目標{green}以上為綠燈，{amber}以上為黃燈）。',
  },

  NR_Q_RECORD: {
    en: '{q} set a quarterly record at {revenue}, {share} of the year.',
    'zh-CN': '{q}销售额{revenue}，创季度新高，占全年的{share}。',
    'zh-TW': '{q}銷售額{revenue}，創季度新高，佔全年的{share}。',
  },
  NR_Q_BEST: {
    en: '{q} was the strongest quarter at {revenue}, {share} of the year.',
    'zh-CN': '{q}销售额{revenue}，为全年最高，占全年的{share}。',
    'zh-TW': '{q}銷售額{revenue}，為全年最高，佔全年的{share}。',
  },
  NR_Q_QOQ_UP: {
    en: '{q} grew {pct} on the previous quarter.',
    'zh-CN': '{q}环比增长{pct}。',
    'zh-TW': '{q}季增{pct}。',
  },
  NR_Q_QOQ_DOWN: {
    en: '{q} fell {pct} from the previous quarter.',
    'zh-CN': '{q}环比下降{pct}。',
    'zh-TW': '{q}季減{pct}。',
  },
  NR_Q_YOY_BEST: {
    en: 'Year on year, {q} grew fastest, by {pct}.',
    'zh-CN': '同比看，{q}增长最快，达{pct}。',
    'zh-TW': '與去年同期相比，{q}成長最快，達{pct}。',
  },
  NR_Q_YOY_WORST: {
    en: '{q} fell {pct} year on year, the steepest decline of the year.',
    'zh-CN': '{q}同比下降{pct}，降幅为全年最大。',
    'zh-TW': '{q}年減{pct}，降幅為全年最大。',
  },
  NR_Q_LOW_ATT: {
    en: '{q} reached {att} of its target, the lowest of the quarters.',
    'zh-CN': '{q}完成季度目标的{att}，为各季度最低。',
    'zh-TW': '{q}達成季度目標的{att}，為各季度最低。',
  },
  NR_Q_CUM: {
    en: 'Cumulatively through {q}, {att} of the year-to-date target is done.',
    'zh-CN': '截至{q}，累计完成同期目标的{att}。',
    'zh-TW': '截至{q}，累計達成同期目標的{att}。',
  },
  NR_Q_PARTIAL: {
    en: 'The data cover {months} months; at this pace the year would reach {runRate}.',
    'zh-CN': '数据覆盖{months}个月，按此节奏全年可达{runRate}。',
    'zh-TW': '資料涵蓋{months}個月，按此節奏全年可達{runRate}。',
  },
  NR_Q_SPLIT_equal: {
    en: 'Quarter targets are the annual target split equally, as no quarterly targets or seasonality were available.',
    'zh-CN': '由于没有季度目标和季节性数据，季度目标按年度目标平均拆分。',
    'zh-TW': '由於沒有季度目標和季節性資料，季度目標按年度目標平均拆分。',
  },
  'NR_Q_SPLIT_prior-seasonal': {
    en: 'Quarter targets split the annual target by last year’s quarterly shares.',
    'zh-CN': '季度目标按上年各季度实际占比拆分年度目标。',
    'zh-TW': '季度目標按去年各季度實際佔比拆分年度目標。',
  },

  NR_B_TOP: {
    en: 'By {dim}, {seg} is the largest at {revenue}, {share} of revenue.',
    'zh-CN': '按{dim}看，{seg}规模最大，销售额{revenue}，占{share}。',
    'zh-TW': '按{dim}看，{seg}規模最大，銷售額{revenue}，佔{share}。',
  },
  NR_B_DARK_SHARE: {
    en: '{seg} is the dark horse, growing {pct} and gaining {pp} of share.',
    'zh-CN': '{seg}是黑马，同比增长{pct}，占比提升{pp}。',
    'zh-TW': '{seg}是黑馬，年增{pct}，佔比提升{pp}。',
  },
  NR_B_DARK: {
    en: '{seg} is the dark horse, growing {pct}.',
    'zh-CN': '{seg}是黑马，同比增长{pct}。',
    'zh-TW': '{seg}是黑馬，年增{pct}。',
  },
  NR_B_LAG_ATT: {
    en: '{seg} trails at {att} of its target.',
    'zh-CN': '{seg}仅完成目标的{att}，明显落后。',
    'zh-TW': '{seg}僅達成目標的{att}，明顯落後。',
  },
  NR_B_LAG_YOY: {
    en: '{seg} fell {pct}, holding the total back.',
    'zh-CN': '{seg}同比下降{pct}，拖累整体。',
    'zh-TW': '{seg}年減{pct}，拖累整體。',
  },

  NR_C_CONC: {
    en: 'The ten largest customers bring {top10} of revenue; the largest, {name}, alone brings {top1}.',
    'zh-CN': '前十大客户贡献{top10}的销售额，其中最大客户{name}占{top1}。',
    'zh-TW': '前十大客戶貢獻{top10}的銷售額，其中最大客戶{name}佔{top1}。',
  },
  NR_C_LARGEST: {
    en: 'The largest customer, {name}, brings {top1} of revenue.',
    'zh-CN': '最大客户{name}贡献{top1}的销售额。',
    'zh-TW': '最大客戶{name}貢獻{top1}的銷售額。',
  },
  NR_C_NEW: {
    en: '{n} new customers brought {revenue}, {share} of revenue.',
    'zh-CN': '新客户{n}家，贡献{revenue}，占销售额的{share}。',
    'zh-TW': '新客戶{n}家，貢獻{revenue}，佔銷售額的{share}。',
  },
  NR_C_LOST: {
    en: '{n} customers bought last year but not this year; they had brought {revenue}.',
    'zh-CN': '流失客户{n}家，上年曾贡献{revenue}。',
    'zh-TW': '流失客戶{n}家，去年曾貢獻{revenue}。',
  },
  NR_C_WONBACK: {
    en: '{n} former customers came back, bringing {revenue}.',
    'zh-CN': '另有{n}家老客户回流，贡献{revenue}。',
    'zh-TW': '另有{n}家老客戶回流，貢獻{revenue}。',
  },
  NR_C_REP_UP: {
    en: 'The repurchase rate rose from {prior} to {rate}, up {pp}.',
    'zh-CN': '复购率由{prior}升至{rate}，提升{pp}。',
    'zh-TW': '回購率由{prior}升至{rate}，提升{pp}。',
  },
  NR_C_REP_DOWN: {
    en: 'The repurchase rate fell from {prior} to {rate}, down {pp}.',
    'zh-CN': '复购率由{prior}降至{rate}，下降{pp}。',
    'zh-TW': '回購率由{prior}降至{rate}，下降{pp}。',
  },
  NR_C_REP_FLAT: {
    en: 'The repurchase rate held at {rate}.',
    'zh-CN': '复购率为{rate}，与上年基本持平。',
    'zh-TW': '回購率為{rate}，與去年大致持平。',
  },

  NR_BR_UP: {
    en: 'Revenue rose from {prior} to {revenue}.',
    'zh-CN': '销售额由上年的{prior}增至{revenue}。',
    'zh-TW': '銷售額由去年的{prior}增至{revenue}。',
  },
  NR_BR_SAME_UP: {
    en: 'Over {months} of both years, revenue rose from {prior} to {revenue}.',
    'zh-CN': '按两年相同月份（{months}）同口径计，销售额由上年同期的{prior}增至{revenue}。',
    'zh-TW': '按兩年相同月份（{months}）同口徑計，銷售額由去年同期的{prior}增至{revenue}。',
  },
  NR_BR_SAME_DOWN: {
    en: 'Over {months} of both years, revenue fell from {prior} to {revenue}.',
    'zh-CN': '按两年相同月份（{months}）同口径计，销售额由上年同期的{prior}降至{revenue}。',
    'zh-TW': '按兩年相同月份（{months}）同口徑計，銷售額由去年同期的{prior}降至{revenue}。',
  },
  NR_BR_DOWN: {
    en: 'Revenue fell from {prior} to {revenue}.',
    'zh-CN': '销售额由上年的{prior}降至{revenue}。',
    'zh-TW': '銷售額由去年的{prior}降至{revenue}。',
  },
  NR_BR_DRIVER: {
    en: 'The largest gain came from {seg} ({dim}), adding {change}, {pp} of growth.',
    'zh-CN': '增量主要来自{dim}中的{seg}，增加{change}，贡献{pp}的增长。',
    'zh-TW': '增量主要來自{dim}中的{seg}，增加{change}，貢獻{pp}的成長。',
  },
  NR_BR_DRAG: {
    en: '{seg} lost {change}, taking {pp} off growth.',
    'zh-CN': '{seg}减少{change}，拖累增长{pp}。',
    'zh-TW': '{seg}減少{change}，拖累成長{pp}。',
  },
  NR_BR_PVM: {
    en: 'Price–volume–mix: volume {volume}, price {price}, mix {mix}.',
    'zh-CN': '价量结构分解：销量效应{volume}，价格效应{price}，结构效应{mix}。',
    'zh-TW': '價量結構分解：銷量效應{volume}，價格效應{price}，結構效應{mix}。',
  },
  NR_BR_PLAN: {
    en: 'Against target, {best} was ahead by {over}, while {worst} fell short by {under}.',
    'zh-CN': '对照目标，{best}超出{over}，{worst}则差{under}。',
    'zh-TW': '對照目標，{best}超出{over}，{worst}則差{under}。',
  },

  NR_F_NONE: {
    en: 'No problems stand out in the data.',
    'zh-CN': '数据中未发现需要重点关注的问题。',
    'zh-TW': '資料中未發現需要重點關注的問題。',
  },
  NR_F_PROBLEM: {
    en: 'To address: {message}.',
    'zh-CN': '需要关注：{message}。',
    'zh-TW': '需要關注：{message}。',
  },
  NR_F_HIGHLIGHT: {
    en: 'Highlight: {message}.',
    'zh-CN': '亮点：{message}。',
    'zh-TW': '亮點：{message}。',
  },
} as const satisfies Catalogue;
