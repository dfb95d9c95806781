/**
 * Messages of core/functions (formula errors, prefixed FN_; narrative fragments, prefixed NARR_;
 * STATUS labels) and of core/plan (codes prefixed PLAN_, used both as formula errors and as plan findings).
 */
import type { Catalogue } from './catalogue';

export const FUNCTION_MESSAGES = {
  FN_UNKNOWN: {
    en: 'Unknown function {name}.',
    'zh-CN': '未知函数 {name}。',
    'zh-TW': '未知函數 {name}。',
  },
  FN_TOO_MANY_ARGS: {
    en: '{name} takes at most {max} arguments.',
    'zh-CN': '{name} 最多接受 {max} 个参数。',
    'zh-TW': '{name} 最多接受 {max} 個參數。',
  },
  FN_MISSING_ARG: {
    en: 'Argument {param} is required.',
    'zh-CN': '缺少必填参数 {param}。',
    'zh-TW': '缺少必填參數 {param}。',
  },
  FN_NOT_A_NUMBER: {
    en: '{param}: "{value}" is not a number.',
    'zh-CN': '{param}：“{value}”不是数字。',
    'zh-TW': '{param}：「{value}」不是數字。',
  },
  FN_BLANK: {
    en: '{param} is blank.',
    'zh-CN': '{param} 为空。',
    'zh-TW': '{param} 為空。',
  },
  FN_NOT_TEXT: {
    en: '{param} must be text.',
    'zh-CN': '{param} 必须是文本。',
    'zh-TW': '{param} 必須是文字。',
  },
  FN_NOT_SCALAR: {
    en: '{param} must be a single value, not a range.',
    'zh-CN': '{param} 必须是单个值，不能是区域。',
    'zh-TW': '{param} 必須是單一值，不能是範圍。',
  },
  FN_SHAPE_MISMATCH: {
    en: 'The ranges do not have matching sizes ({shapes}).',
    'zh-CN': '区域大小不一致（{shapes}）。',
    'zh-TW': '範圍大小不一致（{shapes}）。',
  },
  FN_LENGTH_MISMATCH: {
    en: '{a} and {b} must have the same number of cells.',
    'zh-CN': '{a} 与 {b} 的单元格数量必须相同。',
    'zh-TW': '{a} 與 {b} 的儲存格數量必須相同。',
  },
  FN_ZERO_DENOMINATOR: {
    en: '{param} is 0: the ratio is undefined.',
    'zh-CN': '{param} 为 0，比率无意义。',
    'zh-TW': '{param} 為 0，比率無意義。',
  },
  FN_NOT_POSITIVE: {
    en: '{param} must be greater than 0.',
    'zh-CN': '{param} 必须大于 0。',
    'zh-TW': '{param} 必須大於 0。',
  },
  FN_NEGATIVE: {
    en: '{param} must not be negative.',
    'zh-CN': '{param} 不能为负数。',
    'zh-TW': '{param} 不能為負數。',
  },
  FN_ZERO_TOTAL: {
    en: 'The values add up to 0: shares are undefined.',
    'zh-CN': '合计为 0，无法计算占比。',
    'zh-TW': '合計為 0，無法計算佔比。',
  },
  FN_NO_POSITIVE: {
    en: 'There is no positive value to measure.',
    'zh-CN': '没有可计算的正数。',
    'zh-TW': '沒有可計算的正數。',
  },
  FN_BAD_DECIMALS: {
    en: 'decimals must be a whole number from {min} to {max}.',
    'zh-CN': 'decimals 必须是 {min} 到 {max} 之间的整数。',
    'zh-TW': 'decimals 必須是 {min} 到 {max} 之間的整數。',
  },
  FN_BAD_MONTH: {
    en: 'fiscal_start_month must be a whole number from 1 to 12.',
    'zh-CN': 'fiscal_start_month 必须是 1 到 12 的整数。',
    'zh-TW': 'fiscal_start_month 必須是 1 到 12 的整數。',
  },
  FN_OUT_OF_RANGE: {
    en: 'The result is too large for a cell.',
    'zh-CN': '结果超出单元格可容纳的数值范围。',
    'zh-TW': '結果超出儲存格可容納的數值範圍。',
  },
  FN_BAD_DATE: {
    en: '"{value}" is not a date.',
    'zh-CN': '“{value}”不是日期。',
    'zh-TW': '「{value}」不是日期。',
  },
  FN_BAD_LANGUAGE: {
    en: 'language must be "en", "zh-CN" or "zh-TW".',
    'zh-CN': 'language 必须是 "en"、"zh-CN" 或 "zh-TW"。',
    'zh-TW': 'language 必須是 "en"、"zh-CN" 或 "zh-TW"。',
  },
  FN_BAD_UNIT: {
    en: 'Unknown unit "{value}": use 元, 万, 亿 (or auto).',
    'zh-CN': '未知单位“{value}”：请使用 元、万、亿 或 auto。',
    'zh-TW': '未知單位「{value}」：請使用 元、萬、億 或 auto。',
  },
  FN_BAD_CAGR: {
    en: 'CAGR needs start_value > 0, end_value ≥ 0 and years > 0.',
    'zh-CN': '复合增长率要求 start_value > 0、end_value ≥ 0 且 years > 0。',
    'zh-TW': '複合成長率要求 start_value > 0、end_value ≥ 0 且 years > 0。',
  },
  FN_BAD_THRESHOLDS: {
    en: 'amber_at must not be above green_at.',
    'zh-CN': 'amber_at 不能高于 green_at。',
    'zh-TW': 'amber_at 不能高於 green_at。',
  },
  FN_NO_PRIOR_CUSTOMERS: {
    en: 'customers_prior has no customers.',
    'zh-CN': 'customers_prior 中没有客户。',
    'zh-TW': 'customers_prior 中沒有客戶。',
  },
  FN_NO_PRIOR_QUANTITY: {
    en: 'No product has a prior quantity above 0: price, volume and mix are undefined.',
    'zh-CN': '没有上期销量大于 0 的产品，无法做价量结构分析。',
    'zh-TW': '沒有上期銷量大於 0 的產品，無法做價量結構分析。',
  },
  STATUS_GREEN: { en: 'Green', 'zh-CN': '达成', 'zh-TW': '達成' },
  STATUS_AMBER: { en: 'Amber', 'zh-CN': '预警', 'zh-TW': '預警' },
  STATUS_RED: { en: 'Red', 'zh-CN': '落后', 'zh-TW': '落後' },
  NARR_LABEL: { en: 'Revenue', 'zh-CN': '销售额', 'zh-TW': '銷售額' },
  NARR_AMOUNT: { en: '{label} {amount}', 'zh-CN': '{label}{amount}', 'zh-TW': '{label}{amount}' },
  NARR_ATTAINMENT: {
    en: '{pct} of target',
    'zh-CN': '完成率{pct}',
    'zh-TW': '達成率{pct}',
  },
  NARR_UP: { en: 'up {pct} YoY', 'zh-CN': '同比增长{pct}', 'zh-TW': '年增{pct}' },
  NARR_DOWN: { en: 'down {pct} YoY', 'zh-CN': '同比下降{pct}', 'zh-TW': '年減{pct}' },
  NARR_FLAT: { en: 'flat YoY', 'zh-CN': '与上年持平', 'zh-TW': '與去年持平' },
  NARR_SEPARATOR: { en: ', ', 'zh-CN': '，', 'zh-TW': '，' },
  PLAN_EMPTY_WEIGHTS: {
    en: 'No weights were given.',
    'zh-CN': '没有提供权重。',
    'zh-TW': '沒有提供權重。',
  },
  PLAN_NEGATIVE_WEIGHT: {
    en: 'Weight {index} is negative: weights must be 0 or more.',
    'zh-CN': '第 {index} 个权重为负数：权重必须大于或等于 0。',
    'zh-TW': '第 {index} 個權重為負數：權重必須大於或等於 0。',
  },
  PLAN_NON_FINITE: {
    en: 'A value is not a finite number.',
    'zh-CN': '有数值不是有效数字。',
    'zh-TW': '有數值不是有效數字。',
  },
  PLAN_ZERO_WEIGHTS: {
    en: 'All weights are 0: there is nothing to split by.',
    'zh-CN': '权重全部为 0，无法拆分。',
    'zh-TW': '權重全部為 0，無法拆分。',
  },
  PLAN_BAD_UNIT: {
    en: 'The rounding unit must be greater than 0.',
    'zh-CN': '取整单位必须大于 0。',
    'zh-TW': '取整單位必須大於 0。',
  },
  PLAN_TOO_MANY_UNITS: {
    en: 'The total is too large to split exactly at this rounding.',
    'zh-CN': '总额过大，无法按此精度精确拆分。',
    'zh-TW': '總額過大，無法按此精度精確拆分。',
  },
  PLAN_EMPTY_HISTORY: {
    en: 'The history is empty.',
    'zh-CN': '历史数据为空。',
    'zh-TW': '歷史資料為空。',
  },
  PLAN_RAGGED_HISTORY: {
    en: 'Every year of history must have the same number of periods (year {index} differs).',
    'zh-CN': '每年的历史数据期数必须相同（第 {index} 年不同）。',
    'zh-TW': '每年的歷史資料期數必須相同（第 {index} 年不同）。',
  },
  PLAN_NEGATIVE_HISTORY: {
    en: 'Year {index} of the history has a negative period.',
    'zh-CN': '历史数据第 {index} 年有负值。',
    'zh-TW': '歷史資料第 {index} 年有負值。',
  },
  PLAN_ZERO_HISTORY: {
    en: 'The history has no sales to take seasonal shares from.',
    'zh-CN': '历史数据没有销售额，无法计算季节性占比。',
    'zh-TW': '歷史資料沒有銷售額，無法計算季節性佔比。',
  },
  PLAN_PARTS_VS_ANNUAL: {
    en: 'The parts add up to {sum}, {diffPct} against the annual target of {annual}.',
    'zh-CN': '各部分合计 {sum}，与年度目标 {annual} 相差 {diffPct}。',
    'zh-TW': '各部分合計 {sum}，與年度目標 {annual} 相差 {diffPct}。',
  },
  PLAN_NEGATIVE_PART: {
    en: 'Part {index} of the plan is negative ({value}).',
    'zh-CN': '计划第 {index} 部分为负数（{value}）。',
    'zh-TW': '計畫第 {index} 部分為負數（{value}）。',
  },
  PLAN_MARGINS_LENGTH: {
    en: '{margins} margins were given for {parts} parts.',
    'zh-CN': '给出了 {margins} 个毛利率，但有 {parts} 个部分。',
    'zh-TW': '給出了 {margins} 個毛利率，但有 {parts} 個部分。',
  },
  PLAN_MARGIN_VS_TARGET: {
    en: 'The weighted gross margin is {weightedMargin}, below the margin target of {marginTarget}.',
    'zh-CN': '加权毛利率 {weightedMargin}，低于毛利率目标 {marginTarget}。',
    'zh-TW': '加權毛利率 {weightedMargin}，低於毛利率目標 {marginTarget}。',
  },
} as const satisfies Catalogue;
