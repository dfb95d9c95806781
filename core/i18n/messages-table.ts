/**
 * Messages of core/table (ingest): stopping errors, per-row reasons (prefixed ROW_), parse
 * failures (prefixed PARSE_) and the display names of column roles (prefixed ROLE_).
 */
import type { Catalogue } from './catalogue';

export const TABLE_MESSAGES = {
  EMPTY_SHEET: {
    en: 'The sheet is empty: choose the sheet that holds your sales rows.',
    'zh-CN': '工作表是空的：请选择存放销售明细的工作表。',
    'zh-TW': '工作表是空的：請選擇存放銷售明細的工作表。',
  },
  NO_HEADER: {
    en: 'No header row found: put column titles such as Date, Customer and Amount above the data.',
    'zh-CN': '未找到表头行：请在数据上方加上“日期、客户、销售额”等列标题。',
    'zh-TW': '未找到表頭列：請在資料上方加上「日期、客戶、銷售額」等欄標題。',
  },
  NO_DATA_ROWS: {
    en: 'The header in row {row} has no data rows under it: add sales rows below the header.',
    'zh-CN': '第 {row} 行表头下面没有数据行：请在表头下方填入销售明细。',
    'zh-TW': '第 {row} 列表頭下面沒有資料列：請在表頭下方填入銷售明細。',
  },
  NO_AMOUNT_COLUMN: {
    en: 'No amount column found: choose the column that holds sales amounts with --map amount=<header> on the command line, or Amount on the Columns step of the wizard.',
    'zh-CN':
      '未找到金额列。请指定存放销售金额的列：命令行用 --map amount=列名，或在向导“列”步骤中选择“销售额”。',
    'zh-TW':
      '未找到金額欄。請指定存放銷售金額的欄：命令列用 --map amount=欄名，或在精靈「欄」步驟中選擇「銷售額」。',
  },
  NO_DATE_COLUMN: {
    en: 'No date or period column found: choose the column that holds order dates, months or quarters with --map date=<header> on the command line, or Date on the Columns step of the wizard.',
    'zh-CN':
      '未找到日期或期间列。请指定存放订单日期、月份或季度的列：命令行用 --map date=列名，或在向导“列”步骤中选择“日期”。',
    'zh-TW':
      '未找到日期或期間欄。請指定存放訂單日期、月份或季度的欄：命令列用 --map date=欄名，或在精靈「欄」步驟中選擇「日期」。',
  },
  MISSING_RATE: {
    en: 'No exchange rate for {currency}: give the rate from {currency} to {target} with --rate {currency}=<rate> on the command line, or under Exchange rates on the Columns step of the wizard, and run again.',
    'zh-CN':
      '缺少 {currency} 的汇率：请提供 {currency} 兑 {target} 的汇率（命令行用 --rate {currency}=汇率，或在向导“列”步骤的“汇率”中填写）后重新运行。',
    'zh-TW':
      '缺少 {currency} 的匯率：請提供 {currency} 兌 {target} 的匯率（命令列用 --rate {currency}=匯率，或在精靈「欄位」步驟的「匯率」中填寫）後重新執行。',
  },
  BAD_MAPPING: {
    en: 'The column "{header}" chosen for {role} is not in the header row: choose another with --map on the command line, or on the Columns step of the wizard.',
    'zh-CN': '为“{role}”指定的列“{header}”不在表头中：请重新选择（命令行用 --map，或在向导“列”步骤中选择）。',
    'zh-TW':
      '為「{role}」指定的欄「{header}」不在表頭中：請重新選擇（命令列用 --map，或在精靈「欄」步驟中選擇）。',
  },

  ALL_ROWS_SKIPPED: {
    en: 'All {rows} rows were skipped: {reason} {fix}',
    'zh-CN': '全部 {rows} 行都被跳过：{reason}{fix}',
    'zh-TW': '全部 {rows} 列都被略過：{reason}{fix}',
  },
  SKIP_REASON_BAD_DATE: {
    en: 'the date "{raw}" could not be read.',
    'zh-CN': '日期“{raw}”无法识别。',
    'zh-TW': '日期「{raw}」無法辨識。',
  },
  SKIP_REASON_NO_DATE: {
    en: 'the date column "{header}" is blank.',
    'zh-CN': '日期列“{header}”为空。',
    'zh-TW': '日期欄「{header}」為空。',
  },
  SKIP_REASON_BAD_AMOUNT: {
    en: 'the amount "{raw}" in "{header}" is not a number.',
    'zh-CN': '“{header}”中的金额“{raw}”不是数字。',
    'zh-TW': '「{header}」中的金額「{raw}」不是數字。',
  },
  SKIP_REASON_NO_AMOUNT: {
    en: 'the amount column "{header}" is blank.',
    'zh-CN': '金额列“{header}”为空。',
    'zh-TW': '金額欄「{header}」為空。',
  },
  SKIP_REASON_EXCLUDED_STATUS: {
    en: 'the orders are cancelled, closed or refunded (status "{raw}").',
    'zh-CN': '订单均为取消、关闭或退款状态（如“{raw}”）。',
    'zh-TW': '訂單均為取消、關閉或退款狀態（如「{raw}」）。',
  },
  SKIP_REASON_SUBTOTAL_ROW: {
    en: 'every row is a subtotal or total row ("{raw}").',
    'zh-CN': '每一行都是合计或小计行（“{raw}”）。',
    'zh-TW': '每一列都是合計或小計列（「{raw}」）。',
  },
  SKIP_FIX_DATE_ORDER: {
    en: 'Read the dates as {order}: {option} on the command line, or Date order on the Columns step of the wizard.',
    'zh-CN': '请按“{order}”读取日期：命令行用 {option}，或在向导“列”步骤中选择“日期顺序”。',
    'zh-TW': '請按「{order}」讀取日期：命令列用 {option}，或在精靈「欄」步驟中選擇「日期順序」。',
  },
  SKIP_FIX_MAP: {
    en: 'Choose another {role} column: {option} on the command line, or {role} on the Columns step of the wizard.',
    'zh-CN': '请另选“{role}”列：命令行用 {option}，或在向导“列”步骤中选择“{role}”。',
    'zh-TW': '請另選「{role}」欄：命令列用 {option}，或在精靈「欄」步驟中選擇「{role}」。',
  },
  SKIP_FIX_INCLUDE_CANCELLED: {
    en: 'To review them anyway: {option} on the command line, or tick "Include cancelled orders" on the Columns step of the wizard.',
    'zh-CN': '如仍要计入：命令行用 {option}，或在向导“列”步骤中勾选“计入已取消订单”。',
    'zh-TW': '如仍要計入：命令列用 {option}，或在精靈「欄」步驟中勾選「計入已取消訂單」。',
  },
  NOTE_AMOUNT_DERIVED: {
    en: 'Amount = {quantity} × {unitPrice} (the sheet has no amount column).',
    'zh-CN': '金额 = {quantity} × {unitPrice}（表中没有金额列）。',
    'zh-TW': '金額 = {quantity} × {unitPrice}（表中沒有金額欄）。',
  },
  NOTE_AMOUNT_PASSED_OVER: {
    en: 'Amount: "{amount}"; passed over {others}. To use another: --map amount={first} on the command line, or Amount on the Columns step of the wizard.',
    'zh-CN':
      '金额列：“{amount}”；未采用{others}。如需改用：命令行用 --map amount={first}，或在向导“列”步骤中选择“销售额”。',
    'zh-TW':
      '金額欄：「{amount}」；未採用{others}。如需改用：命令列用 --map amount={first}，或在精靈「欄」步驟中選擇「銷售額」。',
  },
  NOTE_DATE_DEFAULT: {
    en: 'Dates in "{header}" such as "{example}" have no day above 12: read {order} (the default). If they are {other}, use {option} or Date order on the Columns step of the wizard.',
    'zh-CN':
      '“{header}”中的日期（如“{example}”）没有大于 12 的日：按“{order}”读取（默认）。如实为“{other}”，命令行用 {option}，或在向导“列”步骤中选择“日期顺序”。',
    'zh-TW':
      '「{header}」中的日期（如「{example}」）沒有大於 12 的日：按「{order}」讀取（預設）。如實為「{other}」，命令列用 {option}，或在精靈「欄」步驟中選擇「日期順序」。',
  },
  NOTE_DATE_EVIDENCE: {
    en: 'Dates in "{header}" are read {order}: "{example}" can only be read that way.',
    'zh-CN': '“{header}”中的日期按“{order}”读取：“{example}”只能这样读。',
    'zh-TW': '「{header}」中的日期按「{order}」讀取：「{example}」只能這樣讀。',
  },
  NOTE_DATE_USER: {
    en: 'Dates in "{header}" are read {order}, as you chose.',
    'zh-CN': '“{header}”中的日期按您的选择以“{order}”读取。',
    'zh-TW': '「{header}」中的日期按您的選擇以「{order}」讀取。',
  },
  SD_SECTION_READING: { en: 'How the sheet was read', 'zh-CN': '数据读取说明', 'zh-TW': '資料讀取說明' },
  SD_SECTION_STATUSES: {
    en: 'Rows by order status',
    'zh-CN': '按订单状态的行数',
    'zh-TW': '按訂單狀態的列數',
  },
  SD_COL_STATUS: { en: 'Status', 'zh-CN': '状态', 'zh-TW': '狀態' },
  SD_COL_COUNTED: { en: 'Counted', 'zh-CN': '是否计入', 'zh-TW': '是否計入' },
  SD_COUNTED_YES: { en: 'counted', 'zh-CN': '计入', 'zh-TW': '計入' },
  SD_COUNTED_NO: { en: 'left out', 'zh-CN': '不计入', 'zh-TW': '不計入' },
  SD_COL_RUNNER_UP: {
    en: 'Next best (one --map away)',
    'zh-CN': '备选列（可用 --map 改用）',
    'zh-TW': '備選欄（可用 --map 改用）',
  },
  NOTE_DATE_CONFLICTS: {
    en: '{count} dates in "{header}" cannot be read {order} like the rest of the column: those rows are skipped.',
    'zh-CN': '“{header}”中有 {count} 个日期无法像该列其他日期一样按“{order}”读取：这些行已跳过。',
    'zh-TW': '「{header}」中有 {count} 個日期無法像該欄其他日期一樣按「{order}」讀取：這些列已略過。',
  },
  NOTE_OWN_CURRENCY: {
    en: 'All the money in the sheet is in {currency}, so the review is in {currency}. To review in {requested}: give the rate with --rate {currency}=<rate> on the command line, or under Exchange rates on the Columns step of the wizard.',
    'zh-CN':
      '表中金额均为 {currency}，复盘即以 {currency} 计。如需以 {requested} 复盘：命令行用 --rate {currency}=汇率，或在向导“列”步骤的“汇率”中填写。',
    'zh-TW':
      '表中金額均為 {currency}，復盤即以 {currency} 計。如需以 {requested} 復盤：命令列用 --rate {currency}=匯率，或在精靈「欄」步驟的「匯率」中填寫。',
  },
  NOTE_STATUS_EXCLUDED: {
    en: 'Left out {rows} rows with status {statuses} ({amount} in all). To keep them: --include-cancelled on the command line, or the order-status ticks on the Columns step of the wizard.',
    'zh-CN':
      '未计入状态为{statuses}的 {rows} 行（合计 {amount}）。如需计入：命令行用 --include-cancelled，或在向导“列”步骤中勾选订单状态。',
    'zh-TW':
      '未計入狀態為{statuses}的 {rows} 列（合計 {amount}）。如需計入：命令列用 --include-cancelled，或在精靈「欄」步驟中勾選訂單狀態。',
  },
  NOTE_REFUND_SUBTRACTED: {
    en: '"{header}" is subtracted from the amount: {rows} rows, {amount} in all.',
    'zh-CN': '已从金额中扣除“{header}”：共 {rows} 行，合计 {amount}。',
    'zh-TW': '已從金額中扣除「{header}」：共 {rows} 列，合計 {amount}。',
  },
  NOTE_REFUND_ALREADY_NET: {
    en: '"{header}" is already deducted in "{amount}" (it equals the gross amount minus the refund): not subtracted again.',
    'zh-CN': '“{amount}”已扣除“{header}”（等于总额减退款）：不再重复扣除。',
    'zh-TW': '「{amount}」已扣除「{header}」（等於總額減退款）：不再重複扣除。',
  },
  NOTE_DECIMAL_COMMA: {
    en: '"{header}" is written with a decimal comma: 1052,75 is read as 1,052.75.',
    'zh-CN': '“{header}”使用逗号作小数点：1052,75 读作 1,052.75。',
    'zh-TW': '「{header}」使用逗號作小數點：1052,75 讀作 1,052.75。',
  },
  NO_YEAR: {
    en: 'The sheet has {periods} across but no year in the header, the title or the sheet name: give the year with --year (e.g. --year 2025), or choose it with Review year on the Columns step of the wizard.',
    'zh-CN':
      '表中横向排列着 {periods}，但表头、标题和工作表名中都没有年份：请在命令行用 --year 指定（如 --year 2025），或在向导“列”步骤中选择“复盘年度”。',
    'zh-TW':
      '表中橫向排列著 {periods}，但表頭、標題和工作表名稱中都沒有年份：請在命令列用 --year 指定（如 --year 2025），或在精靈「欄」步驟中選擇「復盤年度」。',
  },
  WIDE_PERIOD_MONTH: { en: 'Month', 'zh-CN': '月份', 'zh-TW': '月份' },
  WIDE_PERIOD_QUARTER: { en: 'Quarter', 'zh-CN': '季度', 'zh-TW': '季度' },
  WIDE_PERIOD_YEAR: { en: 'Year', 'zh-CN': '年度', 'zh-TW': '年度' },
  WIDE_MONTHS: { en: '{count} month columns', 'zh-CN': '{count} 个月份列', 'zh-TW': '{count} 個月份欄' },
  WIDE_QUARTERS: { en: '{count} quarter columns', 'zh-CN': '{count} 个季度列', 'zh-TW': '{count} 個季度欄' },
  WIDE_YEARS: { en: '{count} whole-year columns', 'zh-CN': '{count} 个全年列', 'zh-TW': '{count} 個全年欄' },
  WIDE_YEAR_header: { en: 'from the header', 'zh-CN': '取自表头', 'zh-TW': '取自表頭' },
  WIDE_YEAR_title: {
    en: 'from the title "{from}"',
    'zh-CN': '取自标题“{from}”',
    'zh-TW': '取自標題「{from}」',
  },
  WIDE_YEAR_sheetName: {
    en: 'from the sheet name "{from}"',
    'zh-CN': '取自工作表名“{from}”',
    'zh-TW': '取自工作表名稱「{from}」',
  },
  WIDE_YEAR_user: { en: 'as you chose', 'zh-CN': '由您指定', 'zh-TW': '由您指定' },
  NOTE_WIDE_READ: {
    en: 'Periods across the columns: {periods} ({first}…{last}), {rows} rows by {labels}, year {years} {source}; each row × period is read as one sale.',
    'zh-CN':
      '期间横向排列：{periods}（{first}…{last}），按{labels}共 {rows} 行，年份 {years}（{source}）；每行每期读作一笔销售。',
    'zh-TW':
      '期間橫向排列：{periods}（{first}…{last}），按{labels}共 {rows} 列，年份 {years}（{source}）；每列每期讀作一筆銷售。',
  },
  NOTE_WIDE_TOTALS: {
    en: 'Left out of the sums (the review adds up the parts): total columns {columns}; {rows} total rows.',
    'zh-CN': '未计入合计（复盘按明细加总）：合计列{columns}；合计行 {rows} 行。',
    'zh-TW': '未計入合計（復盤按明細加總）：合計欄{columns}；合計列 {rows} 列。',
  },
  NOTE_WIDE_IGNORED: {
    en: 'Numeric columns that are not periods were left out: {columns}.',
    'zh-CN': '非期间的数字列未计入：{columns}。',
    'zh-TW': '非期間的數字欄未計入：{columns}。',
  },
  NOTE_WIDE_MISMATCH: {
    en: 'The sheet\'s own total does not add up in row {row} ({label}), column "{column}": it says {stated}, the parts add up to {computed}. The review uses the parts.',
    'zh-CN':
      '表内合计与明细不符：第 {row} 行（{label}）“{column}”列写的是 {stated}，明细加总为 {computed}。复盘按明细计算。',
    'zh-TW':
      '表內合計與明細不符：第 {row} 列（{label}）「{column}」欄寫的是 {stated}，明細加總為 {computed}。復盤按明細計算。',
  },
  NOTE_WIDE_MISMATCH_MORE: {
    en: '{count} more totals do not add up (listed in the data-quality tab).',
    'zh-CN': '另有 {count} 处合计与明细不符（详见数据质量页）。',
    'zh-TW': '另有 {count} 處合計與明細不符（詳見資料品質頁）。',
  },
  NOTE_WIDE_NO_ORDERS: {
    en: 'A summary by period has no order lines: order counts, average order value, customer lifecycle and the price-volume-mix bridge are left out.',
    'zh-CN': '按期间汇总的表没有订单明细：订单数、客单价、客户生命周期和价量结构分析不予计算。',
    'zh-TW': '按期間彙總的表沒有訂單明細：訂單數、客單價、客戶生命週期和價量結構分析不予計算。',
  },
  NOTE_WIDE_ANNUAL: {
    en: 'One amount per row and year: the review compares whole years (year on year by segment, customers gained and lost); quarters, months, order counts and average order value need dated sales and are left out.',
    'zh-CN':
      '每行每年只有一个金额：复盘按整年对比（各细分同比、新增与流失客户）；季度、月度、订单数和客单价需要带日期的销售记录，不予计算。',
    'zh-TW':
      '每列每年只有一個金額：復盤按整年對比（各細分年增、新增與流失客戶）；季度、月度、訂單數和客單價需要帶日期的銷售記錄，不予計算。',
  },
  YEAR_PASSED_OVER: {
    en: 'Reviewing {year}, the latest year with substantial data: {later} has only {months} months ({rows} rows). Choose another year with --year or the Review year control.',
    'zh-CN':
      '复盘 {year} 年（最近数据充足的年度）：{later} 年只有 {months} 个月（{rows} 行）。如需其他年度，命令行用 --year，或在向导中选择“复盘年度”。',
    'zh-TW':
      '復盤 {year} 年（最近資料充足的年度）：{later} 年只有 {months} 個月（{rows} 列）。如需其他年度，命令列用 --year，或在精靈中選擇「復盤年度」。',
  },
  DATE_ORDER_ymd: { en: 'year-month-day', 'zh-CN': '年-月-日', 'zh-TW': '年-月-日' },
  DATE_ORDER_mdy: { en: 'month-day-year', 'zh-CN': '月-日-年', 'zh-TW': '月-日-年' },
  DATE_ORDER_dmy: { en: 'day-month-year', 'zh-CN': '日-月-年', 'zh-TW': '日-月-年' },

  ROW_BLANK_ROW: {
    en: 'Row {row}: blank row.',
    'zh-CN': '第 {row} 行：空行。',
    'zh-TW': '第 {row} 列：空白列。',
  },
  ROW_REPEATED_HEADER: {
    en: 'Row {row}: repeated header row.',
    'zh-CN': '第 {row} 行：重复的表头行。',
    'zh-TW': '第 {row} 列：重複的表頭列。',
  },
  ROW_SUBTOTAL_ROW: {
    en: 'Row {row}: subtotal/total row ("{raw}"), not counted again.',
    'zh-CN': '第 {row} 行：合计/小计行（“{raw}”），不重复计入。',
    'zh-TW': '第 {row} 列：合計/小計列（「{raw}」），不重複計入。',
  },
  ROW_NO_AMOUNT: {
    en: 'Row {row}: the amount is blank.',
    'zh-CN': '第 {row} 行：金额为空。',
    'zh-TW': '第 {row} 列：金額為空。',
  },
  ROW_BAD_AMOUNT: {
    en: 'Row {row}: the amount "{raw}" is not a number.',
    'zh-CN': '第 {row} 行：金额“{raw}”不是数字。',
    'zh-TW': '第 {row} 列：金額「{raw}」不是數字。',
  },
  ROW_NO_DATE: {
    en: 'Row {row}: the date is blank.',
    'zh-CN': '第 {row} 行：日期为空。',
    'zh-TW': '第 {row} 列：日期為空。',
  },
  ROW_BAD_DATE: {
    en: 'Row {row}: "{raw}" is not a date.',
    'zh-CN': '第 {row} 行：“{raw}”不是有效日期。',
    'zh-TW': '第 {row} 列：「{raw}」不是有效日期。',
  },
  ROW_MISSING_RATE: {
    en: 'Row {row}: no exchange rate for {currency}.',
    'zh-CN': '第 {row} 行：缺少 {currency} 的汇率。',
    'zh-TW': '第 {row} 列：缺少 {currency} 的匯率。',
  },
  ROW_DUPLICATE_ROW: {
    en: 'Row {row}: exact duplicate of row {first}; kept, please check.',
    'zh-CN': '第 {row} 行：与第 {first} 行完全相同；已保留，请核对。',
    'zh-TW': '第 {row} 列：與第 {first} 列完全相同；已保留，請核對。',
  },
  ROW_EXCLUDED_STATUS: {
    en: 'Row {row}: order status "{raw}" (cancelled, closed or refunded), left out.',
    'zh-CN': '第 {row} 行：订单状态为“{raw}”（取消、关闭或退款），不计入。',
    'zh-TW': '第 {row} 列：訂單狀態為「{raw}」（取消、關閉或退款），不計入。',
  },
  ROW_REFUND_ROW: {
    en: 'Row {row}: negative amount {amount}, counted as a refund.',
    'zh-CN': '第 {row} 行：负数金额 {amount}，按退款计入。',
    'zh-TW': '第 {row} 列：負數金額 {amount}，按退款計入。',
  },

  PARSE_EMPTY_VALUE: {
    en: 'The value is blank.',
    'zh-CN': '值为空。',
    'zh-TW': '值為空。',
  },
  PARSE_NOT_A_NUMBER: {
    en: '"{raw}" is not a number.',
    'zh-CN': '“{raw}”不是数字。',
    'zh-TW': '「{raw}」不是數字。',
  },
  PARSE_NOT_A_DATE: {
    en: '"{raw}" is not a date.',
    'zh-CN': '“{raw}”不是有效日期。',
    'zh-TW': '「{raw}」不是有效日期。',
  },

  SD_REASON_EXCLUDED_STATUS: {
    en: 'Cancelled, closed or refunded order',
    'zh-CN': '已取消、关闭或退款的订单',
    'zh-TW': '已取消、關閉或退款的訂單',
  },
  SD_SOURCE_derived: { en: 'derived', 'zh-CN': '推导', 'zh-TW': '推導' },
  WIZ_SOURCE_derived: { en: 'derived', 'zh-CN': '推导得出', 'zh-TW': '推導得出' },
  SD_SOURCE_layout: { en: 'periods across', 'zh-CN': '横向期间', 'zh-TW': '橫向期間' },
  WIZ_SOURCE_layout: {
    en: 'read from the periods across',
    'zh-CN': '由横向期间读出',
    'zh-TW': '由橫向期間讀出',
  },
  WIZ_SKIP_EXCLUDED_STATUS: {
    en: 'cancelled, closed or refunded',
    'zh-CN': '已取消、关闭或退款',
    'zh-TW': '已取消、關閉或退款',
  },
  WIZ_COL_AUTO: {
    en: 'Automatic (as detected)',
    'zh-CN': '自动（按识别结果）',
    'zh-TW': '自動（按識別結果）',
  },
  WIZ_DATE_ORDER: { en: 'Date order', 'zh-CN': '日期顺序', 'zh-TW': '日期順序' },
  WIZ_DATE_ORDER_auto: {
    en: 'Automatic (each column by its dates)',
    'zh-CN': '自动（按每列的日期判断）',
    'zh-TW': '自動（按每欄的日期判斷）',
  },
  WIZ_DATE_ORDER_ymd: {
    en: 'Year-month-day (2025-03-05)',
    'zh-CN': '年-月-日（2025-03-05）',
    'zh-TW': '年-月-日（2025-03-05）',
  },
  WIZ_DATE_ORDER_mdy: {
    en: 'Month-day-year (3/5/2025)',
    'zh-CN': '月-日-年（3/5/2025）',
    'zh-TW': '月-日-年（3/5/2025）',
  },
  WIZ_DATE_ORDER_dmy: {
    en: 'Day-month-year (5/3/2025)',
    'zh-CN': '日-月-年（5/3/2025）',
    'zh-TW': '日-月-年（5/3/2025）',
  },
  WIZ_STATUSES: {
    en: 'Orders counted, by status (unticked ones are left out)',
    'zh-CN': '按订单状态计入（未勾选的不计入）',
    'zh-TW': '按訂單狀態計入（未勾選的不計入）',
  },
  WIZ_STATUS_ROW: {
    en: '{status} · {rows} rows',
    'zh-CN': '{status} · {rows} 行',
    'zh-TW': '{status} · {rows} 列',
  },
  WIZ_STATUSES_AUTO: {
    en: 'Back to automatic (cancelled, closed and refunded left out)',
    'zh-CN': '恢复自动（不计入已取消、关闭和退款的订单）',
    'zh-TW': '恢復自動（不計入已取消、關閉和退款的訂單）',
  },
  WIZ_INCLUDE_CANCELLED: {
    en: 'Include cancelled orders',
    'zh-CN': '计入已取消订单',
    'zh-TW': '計入已取消訂單',
  },
  WIZ_DIM_VALUES: { en: '{n} values', 'zh-CN': '{n} 个值', 'zh-TW': '{n} 個值' },
  WIZ_READING: { en: 'How the sheet is read', 'zh-CN': '读取说明', 'zh-TW': '讀取說明' },
  WIZ_ROLE_unitPrice: { en: 'Unit price', 'zh-CN': '单价', 'zh-TW': '單價' },
  WIZ_ROLE_refund: { en: 'Refund amount', 'zh-CN': '退款金额', 'zh-TW': '退款金額' },
  WIZ_ROLE_status: { en: 'Order status', 'zh-CN': '订单状态', 'zh-TW': '訂單狀態' },

  ROLE_date: { en: 'Date', 'zh-CN': '日期', 'zh-TW': '日期' },
  ROLE_period: { en: 'Period', 'zh-CN': '期间', 'zh-TW': '期間' },
  ROLE_amount: { en: 'Amount', 'zh-CN': '销售额', 'zh-TW': '銷售額' },
  ROLE_cost: { en: 'Cost', 'zh-CN': '成本', 'zh-TW': '成本' },
  ROLE_grossProfit: { en: 'Gross profit', 'zh-CN': '毛利', 'zh-TW': '毛利' },
  ROLE_quantity: { en: 'Quantity', 'zh-CN': '数量', 'zh-TW': '數量' },
  ROLE_target: { en: 'Target', 'zh-CN': '目标', 'zh-TW': '目標' },
  ROLE_stretchTarget: { en: 'Stretch target', 'zh-CN': '挑战目标', 'zh-TW': '挑戰目標' },
  ROLE_customer: { en: 'Customer', 'zh-CN': '客户', 'zh-TW': '客戶' },
  ROLE_region: { en: 'Region', 'zh-CN': '区域', 'zh-TW': '區域' },
  ROLE_product: { en: 'Product', 'zh-CN': '产品', 'zh-TW': '產品' },
  ROLE_channel: { en: 'Channel', 'zh-CN': '渠道', 'zh-TW': '通路' },
  ROLE_salesperson: { en: 'Salesperson', 'zh-CN': '销售员', 'zh-TW': '業務員' },
  ROLE_currency: { en: 'Currency', 'zh-CN': '币种', 'zh-TW': '幣別' },
  ROLE_unitPrice: { en: 'Unit price', 'zh-CN': '单价', 'zh-TW': '單價' },
  ROLE_refund: { en: 'Refund', 'zh-CN': '退款金额', 'zh-TW': '退款金額' },
  ROLE_status: { en: 'Order status', 'zh-CN': '订单状态', 'zh-TW': '訂單狀態' },
} as const satisfies Catalogue;
