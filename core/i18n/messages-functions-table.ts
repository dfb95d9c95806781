/**
 * Messages of the whole-table formulas (core/functions/defs-table*.ts, prefixed FN_TABLE_): what
 * is wrong with the data range or an argument, and which argument fixes it. Column and row labels
 * of the spilled tables reuse the review tabs' SD_* labels, so a formula and the tab say the same.
 */
import type { Catalogue } from './catalogue';

export const FUNCTION_TABLE_MESSAGES = {
  FN_TABLE_EMPTY: {
    en: "data is empty: give the sales range with its header row, e.g. A:I or 'Sales'!A:I.",
    'zh-CN': "data 是空的：请选中含表头的销售明细区域，如 A:I 或 '销售明细'!A:I。",
    'zh-TW': "data 是空的：請選取含表頭的銷售明細範圍，如 A:I 或 '銷售明細'!A:I。",
  },
  FN_TABLE_NO_HEADER: {
    en: 'No header row was found in data: include the row of column titles (Date, Customer, Amount …) in the range.',
    'zh-CN': 'data 中未找到表头行：请让区域包含列标题行（日期、客户、销售额……）。',
    'zh-TW': 'data 中未找到表頭列：請讓範圍包含欄標題列（日期、客戶、銷售額……）。',
  },
  FN_TABLE_NO_ROWS: {
    en: 'data has a header (row {row} of the range) but no sales rows under it.',
    'zh-CN': 'data 有表头（区域第 {row} 行），但下面没有销售明细行。',
    'zh-TW': 'data 有表頭（範圍第 {row} 列），但下面沒有銷售明細列。',
  },
  FN_TABLE_NO_USED_ROWS: {
    en: 'No row of data could be used ({skipped} skipped): {fn}(data) lists why.',
    'zh-CN': 'data 中没有可用的行（跳过 {skipped} 行）：用 {fn}(data) 查看原因。',
    'zh-TW': 'data 中沒有可用的列（略過 {skipped} 列）：用 {fn}(data) 查看原因。',
  },
  FN_TABLE_TOO_LARGE: {
    en: "data holds {cells} cells, more than one formula can read within Google Sheets' 30 seconds a call (about {max}): use Extensions › Sales Review › Generate review, which reads the sheet in blocks, or give a smaller range.",
    'zh-CN':
      'data 共有 {cells} 个单元格，超过 Google 表格单个公式 30 秒内能读完的量（约 {max} 个）：请改用“扩展程序 › 销售复盘 › 生成复盘”（分块读取），或缩小区域。',
    'zh-TW':
      'data 共有 {cells} 個儲存格，超過 Google 試算表單一公式 30 秒內能讀完的量（約 {max} 個）：請改用「擴充功能 › 銷售復盤 › 產生復盤」（分塊讀取），或縮小範圍。',
  },
  FN_TABLE_NO_AMOUNT: {
    en: 'No amount column was found in data (headers: {headers}): name it in the mapping argument, e.g. "amount=Sales Amount".',
    'zh-CN': 'data 中未找到金额列（表头：{headers}）：请在 mapping 参数中指定，如“amount=销售额(万元)”。',
    'zh-TW': 'data 中未找到金額欄（表頭：{headers}）：請在 mapping 參數中指定，如「amount=銷售額(萬元)」。',
  },
  FN_TABLE_NO_DATE: {
    en: 'No date or period column was found in data (headers: {headers}): name it in the mapping argument, e.g. "date=Order Date".',
    'zh-CN': 'data 中未找到日期或期间列（表头：{headers}）：请在 mapping 参数中指定，如“date=订单日期”。',
    'zh-TW': 'data 中未找到日期或期間欄（表頭：{headers}）：請在 mapping 參數中指定，如「date=訂單日期」。',
  },
  FN_TABLE_BAD_MAPPING: {
    en: 'mapping: "{header}" given for {role} is not a header of data (headers: {headers}).',
    'zh-CN': 'mapping：为“{role}”指定的“{header}”不是 data 的表头（表头：{headers}）。',
    'zh-TW': 'mapping：為「{role}」指定的「{header}」不是 data 的表頭（表頭：{headers}）。',
  },
  FN_TABLE_MISSING_RATE: {
    en: 'Rows in {currency} have no exchange rate: add "{currency}=" and the rate ({target} per 1 {currency}) to the mapping argument.',
    'zh-CN':
      '{currency} 的行缺少汇率：请在 mapping 参数中加上“{currency}=汇率”（1 {currency} 折合多少 {target}）。',
    'zh-TW':
      '{currency} 的列缺少匯率：請在 mapping 參數中加上「{currency}=匯率」（1 {currency} 折合多少 {target}）。',
  },
  FN_TABLE_BAD_OPTION: {
    en: 'mapping: "{option}" is not understood: write role=header (e.g. "amount=Sales", roles: {roles}), unit=万, fiscal_start=4, date_order=dmy, include_cancelled=yes or USD=7.2.',
    'zh-CN':
      'mapping：无法识别“{option}”：请写成 字段=表头（如“amount=销售额”，字段：{roles}），或 unit=万、fiscal_start=4、date_order=dmy、include_cancelled=yes、USD=7.2。',
    'zh-TW':
      'mapping：無法識別「{option}」：請寫成 欄位=表頭（如「amount=銷售額」，欄位：{roles}），或 unit=萬、fiscal_start=4、date_order=dmy、include_cancelled=yes、USD=7.2。',
  },
  FN_TABLE_BAD_UNIT: {
    en: 'mapping: unit "{value}" is not one of {units}.',
    'zh-CN': 'mapping：单位“{value}”不是 {units} 之一。',
    'zh-TW': 'mapping：單位「{value}」不是 {units} 之一。',
  },
  FN_TABLE_BAD_FISCAL: {
    en: 'mapping: fiscal_start "{value}" must be a month number from 1 to 12.',
    'zh-CN': 'mapping：fiscal_start“{value}”必须是 1 到 12 的月份。',
    'zh-TW': 'mapping：fiscal_start「{value}」必須是 1 到 12 的月份。',
  },
  FN_TABLE_BAD_RATE: {
    en: 'mapping: the rate in "{option}" must be a number greater than 0.',
    'zh-CN': 'mapping：“{option}”中的汇率必须是大于 0 的数字。',
    'zh-TW': 'mapping：「{option}」中的匯率必須是大於 0 的數字。',
  },
  FN_TABLE_BAD_YEAR: {
    en: 'year "{value}" is not a year such as 2025.',
    'zh-CN': 'year“{value}”不是年份（如 2025）。',
    'zh-TW': 'year「{value}」不是年份（如 2025）。',
  },
  FN_TABLE_NO_YEAR: {
    en: 'data has no rows in {year} (years with data: {years}).',
    'zh-CN': 'data 中没有 {year} 年的数据（有数据的年份：{years}）。',
    'zh-TW': 'data 中沒有 {year} 年的資料（有資料的年份：{years}）。',
  },
  FN_TABLE_NO_PRIOR: {
    en: 'data has no rows in {prior}, the year before {year}: YoY needs both years.',
    'zh-CN': 'data 中没有 {year} 的上一年（{prior} 年）的数据：同比需要两年的数据。',
    'zh-TW': 'data 中沒有 {year} 的上一年（{prior} 年）的資料：年增率需要兩年的資料。',
  },
  FN_TABLE_NO_PRIOR_REVENUE: {
    en: '{slice} had no revenue in {prior}: growth against 0 is undefined.',
    'zh-CN': '{slice}在 {prior} 年没有销售额：无法计算相对 0 的增长。',
    'zh-TW': '{slice}在 {prior} 年沒有銷售額：無法計算相對 0 的成長。',
  },
  FN_TABLE_NO_DIMENSION: {
    en: 'data has no "{dimension}" column (dimensions: {dimensions}): name it in the mapping argument, e.g. "region=Area".',
    'zh-CN':
      'data 中没有“{dimension}”列（可用维度：{dimensions}）：请在 mapping 参数中指定，如“region=大区”。',
    'zh-TW':
      'data 中沒有「{dimension}」欄（可用維度：{dimensions}）：請在 mapping 參數中指定，如「region=大區」。',
  },
  FN_TABLE_NO_VALUE: {
    en: '{dimension} has no value "{value}" in data (values: {values}).',
    'zh-CN': '{dimension}中没有“{value}”（现有值：{values}）。',
    'zh-TW': '{dimension}中沒有「{value}」（現有值：{values}）。',
  },
  FN_TABLE_VALUE_NEEDED: {
    en: 'Give both dimension and value (e.g. "region", "East"), or neither for the whole table.',
    'zh-CN': '请同时给出 dimension 和 value（如 "region"、"华东"），或都不给以计算全表。',
    'zh-TW': '請同時給出 dimension 和 value（如 "region"、"華東"），或都不給以計算全表。',
  },
  FN_TABLE_ANNUAL_NO_PERIOD: {
    en: 'the range holds whole-year amounts (columns such as FY2024 | FY2025), so it has no quarters or months: leave the period blank, or use a sheet with months across or an order list.',
    'zh-CN':
      '该区域是整年金额（如 FY2024 | FY2025 两列），没有季度或月份：请留空 period，或改用按月分列的表或订单明细。',
    'zh-TW':
      '該範圍是整年金額（如 FY2024 | FY2025 兩欄），沒有季度或月份：請留空 period，或改用按月分欄的表或訂單明細。',
  },
  FN_TABLE_BAD_PERIOD: {
    en: 'period "{value}" is neither a quarter (Q1–Q4), a half (H1, H2) nor a month (1–12).',
    'zh-CN': 'period“{value}”不是季度（Q1–Q4）、半年（H1、H2）或月份（1–12）。',
    'zh-TW': 'period「{value}」不是季度（Q1–Q4）、半年（H1、H2）或月份（1–12）。',
  },
  FN_TABLE_NO_CUSTOMER: {
    en: 'data has no customer column: name it in the mapping argument, e.g. "customer=Client".',
    'zh-CN': 'data 中没有客户列：请在 mapping 参数中指定，如“customer=客户名称”。',
    'zh-TW': 'data 中沒有客戶欄：請在 mapping 參數中指定，如「customer=客戶名稱」。',
  },
  FN_TABLE_BAD_COUNT: {
    en: '{param} must be a whole number from {min} to {max}.',
    'zh-CN': '{param} 必须是 {min} 到 {max} 之间的整数。',
    'zh-TW': '{param} 必須是 {min} 到 {max} 之間的整數。',
  },
  FN_TABLE_ALL_SKIPPED: {
    en: 'All {rows} rows of data were skipped: {reason} {fix}',
    'zh-CN': 'data 的全部 {rows} 行都被跳过：{reason}{fix}',
    'zh-TW': 'data 的全部 {rows} 列都被略過：{reason}{fix}',
  },
  FN_TABLE_FIX_MAP: {
    en: 'Name another {role} column in the mapping argument: "{option}".',
    'zh-CN': '请在 mapping 参数中另选“{role}”列：“{option}”。',
    'zh-TW': '請在 mapping 參數中另選「{role}」欄：「{option}」。',
  },
  FN_TABLE_FIX_DATE_ORDER: {
    en: 'Read the dates as {order}: add "date_order={code}" to the mapping argument.',
    'zh-CN': '请按“{order}”读取日期：在 mapping 参数中加上“date_order={code}”。',
    'zh-TW': '請按「{order}」讀取日期：在 mapping 參數中加上「date_order={code}」。',
  },
  FN_TABLE_FIX_INCLUDE_CANCELLED: {
    en: 'To count them anyway, add "include_cancelled=yes" to the mapping argument.',
    'zh-CN': '如仍要计入，请在 mapping 参数中加上“include_cancelled=yes”。',
    'zh-TW': '如仍要計入，請在 mapping 參數中加上「include_cancelled=yes」。',
  },
  FN_TABLE_BAD_DATE_ORDER: {
    en: 'mapping: date_order "{value}" is not one of auto, ymd, mdy, dmy.',
    'zh-CN': 'mapping：date_order“{value}”不是 auto、ymd、mdy、dmy 之一。',
    'zh-TW': 'mapping：date_order「{value}」不是 auto、ymd、mdy、dmy 之一。',
  },
  FN_TABLE_BAD_SWITCH: {
    en: 'mapping: "{option}" must be yes or no.',
    'zh-CN': 'mapping：“{option}”只能是 yes 或 no。',
    'zh-TW': 'mapping：「{option}」只能是 yes 或 no。',
  },
  FN_TABLE_SLICE_ALL: { en: 'The table', 'zh-CN': '全表', 'zh-TW': '全表' },
} as const satisfies Catalogue;
