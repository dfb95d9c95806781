/**
 * Messages of split workbooks (core/table/split): one order list kept over several sheets with one
 * header (Sheet1/Sheet2, 1月/2月…, one sheet per store), read as one data set.
 */
import type { Catalogue } from './catalogue';

export const SPLIT_MESSAGES = {
  SPLIT_COLUMN_period: {
    en: 'Month (sheet name)',
    'zh-CN': '月份（工作表名）',
    'zh-TW': '月份（工作表名稱）',
  },
  SPLIT_COLUMN_region: {
    en: 'Store / region (sheet name)',
    'zh-CN': '门店/区域（工作表名）',
    'zh-TW': '門市/區域（工作表名稱）',
  },
  SPLIT_COLUMN_channel: {
    en: 'Channel (sheet name)',
    'zh-CN': '渠道（工作表名）',
    'zh-TW': '通路（工作表名稱）',
  },
  SPLIT_NOTE_COMBINED: {
    en: 'Read {count} sheets with the same header as one data set: {sheets}; choose others with --sheet or the ticks on the Data step.',
    'zh-CN':
      '已将表头相同的 {count} 个工作表作为一个数据集读取：{sheets}；如需调整，命令行用 --sheet，或在向导“数据”步骤中勾选。',
    'zh-TW':
      '已將表頭相同的 {count} 個工作表作為一個資料集讀取：{sheets}；如需調整，命令列用 --sheet，或在精靈「資料」步驟中勾選。',
  },
  SPLIT_NOTE_LEFT_OUT: {
    en: 'Left out {sheets}: another header than the data set.',
    'zh-CN': '未读取{sheets}：表头与数据集不同。',
    'zh-TW': '未讀取{sheets}：表頭與資料集不同。',
  },
  SPLIT_NOTE_NAME_period: {
    en: 'The rows have no date: each row’s month is its sheet’s name ({example} → {value}).',
    'zh-CN': '各行没有日期：以所在工作表的名称作为月份（{example} → {value}）。',
    'zh-TW': '各列沒有日期：以所在工作表的名稱作為月份（{example} → {value}）。',
  },
  SPLIT_NOTE_NAME_region: {
    en: 'The rows name no store or region: each row’s store is its sheet’s name ({example}).',
    'zh-CN': '各行没有门店或区域：以所在工作表的名称作为门店/区域（{example}）。',
    'zh-TW': '各列沒有門市或區域：以所在工作表的名稱作為門市/區域（{example}）。',
  },
  SPLIT_NOTE_NAME_channel: {
    en: 'The rows name no channel: each row’s channel is its sheet’s name ({example}).',
    'zh-CN': '各行没有渠道：以所在工作表的名称作为渠道（{example}）。',
    'zh-TW': '各列沒有通路：以所在工作表的名稱作為通路（{example}）。',
  },
  SPLIT_NOTE_YEAR_TITLE: {
    en: 'The sheet names give months without a year: {year} is read from the title “{title}”.',
    'zh-CN': '工作表名称只有月份没有年份：年份 {year} 取自标题“{title}”。',
    'zh-TW': '工作表名稱只有月份沒有年份：年份 {year} 取自標題「{title}」。',
  },
  SPLIT_NOTE_YEAR_USER: {
    en: 'The sheet names give months without a year: the year {year} you chose is used.',
    'zh-CN': '工作表名称只有月份没有年份：使用您选择的年份 {year}。',
    'zh-TW': '工作表名稱只有月份沒有年份：使用您選擇的年份 {year}。',
  },
  SPLIT_NO_YEAR: {
    en: 'The sheets are named by month ({example}) but no year is given anywhere: give it with --year (e.g. --year 2025) or the Review year control.',
    'zh-CN':
      '工作表按月份命名（{example}），但没有任何地方写明年份：请用 --year 指定（如 --year 2025），或在向导中选择“复盘年度”。',
    'zh-TW':
      '工作表按月份命名（{example}），但沒有任何地方寫明年份：請用 --year 指定（如 --year 2025），或在精靈中選擇「復盤年度」。',
  },
  SPLIT_HEADER_DIFFERS: {
    en: 'Sheet “{sheet}” has another header than “{first}” ({difference}): choose sheets with the same columns with --sheet or the ticks on the Data step.',
    'zh-CN':
      '工作表“{sheet}”的表头与“{first}”不同（{difference}）：请用 --sheet 或在向导“数据”步骤中只勾选列相同的工作表。',
    'zh-TW':
      '工作表「{sheet}」的表頭與「{first}」不同（{difference}）：請用 --sheet 或在精靈「資料」步驟中只勾選欄位相同的工作表。',
  },
  SPLIT_DIFF_MISSING: { en: 'no “{header}”', 'zh-CN': '没有“{header}”', 'zh-TW': '沒有「{header}」' },
  SPLIT_DIFF_EXTRA: { en: '“{header}” added', 'zh-CN': '多了“{header}”', 'zh-TW': '多了「{header}」' },
  SPLIT_DIFF_ORDER: { en: 'columns in another order', 'zh-CN': '列的顺序不同', 'zh-TW': '欄的順序不同' },
  SPLIT_DIFF_NO_HEADER: { en: 'no header row', 'zh-CN': '没有表头行', 'zh-TW': '沒有表頭列' },
  SPLIT_ROW_IN_SHEET: {
    en: '[{sheet}] {message}',
    'zh-CN': '【{sheet}】{message}',
    'zh-TW': '【{sheet}】{message}',
  },
  SPLIT_ROWS: {
    en: '{sheet} (rows: {rows})',
    'zh-CN': '{sheet}（{rows} 行）',
    'zh-TW': '{sheet}（{rows} 列）',
  },
  SPLIT_SECTION_SHEETS: { en: 'Sheets read', 'zh-CN': '读取的工作表', 'zh-TW': '讀取的工作表' },
  SPLIT_COL_SHEET: { en: 'Sheet', 'zh-CN': '工作表', 'zh-TW': '工作表' },
  SPLIT_COL_ROWS_READ: { en: 'Rows read', 'zh-CN': '读取行数', 'zh-TW': '讀取列數' },
  SPLIT_COL_ROWS_USED: { en: 'Rows used', 'zh-CN': '使用行数', 'zh-TW': '使用列數' },
  SPLIT_TOTAL: { en: 'Total', 'zh-CN': '合计', 'zh-TW': '合計' },
  SPLIT_LEFT_OUT_HEADER: {
    en: 'Left out: another header than the data set.',
    'zh-CN': '未读取：表头与数据集不同。',
    'zh-TW': '未讀取：表頭與資料集不同。',
  },
  SPLIT_NOTE_HIDDEN: {
    en: 'Hidden sheets with the same header, not included: {sheets}; to include one, name it with --sheet (or --sheet all) or tick it on the Data step.',
    'zh-CN':
      '表头相同的隐藏工作表未读取：{sheets}；如需包含，命令行用 --sheet 指定（或 --sheet all），或在向导“数据”步骤中勾选。',
    'zh-TW':
      '表頭相同的隱藏工作表未讀取：{sheets}；如需包含，命令列用 --sheet 指定（或 --sheet all），或在精靈「資料」步驟中勾選。',
  },
  NOTE_HIDDEN_COPY: {
    en: 'Read one sheet, "{sheet}"; a hidden sheet with the same columns was left out: {sheets}. To include it, tick it on the Data step of the wizard, or name the sheets on the command line (--sheet "{both}") or use --sheet all.',
    'zh-CN':
      '只读取了工作表“{sheet}”；表头相同的隐藏工作表未读取：{sheets}。如需包含，请在向导“数据”步骤中勾选，或在命令行同时指定（--sheet "{both}"），或用 --sheet all。',
    'zh-TW':
      '只讀取了工作表「{sheet}」；表頭相同的隱藏工作表未讀取：{sheets}。如需包含，請在精靈「資料」步驟中勾選，或在命令列同時指定（--sheet "{both}"），或用 --sheet all。',
  },
  WIZ_DATA_SET_SHEET_HIDDEN: {
    en: '{sheet} ({rows} rows; hidden: included only when ticked)',
    'zh-CN': '{sheet}（{rows} 行；隐藏：勾选后才读取）',
    'zh-TW': '{sheet}（{rows} 列；隱藏：勾選後才讀取）',
  },
  SPLIT_LEFT_OUT_HIDDEN: {
    en: 'Left out: a hidden sheet (choose it with --sheet or on the Data step).',
    'zh-CN': '未读取：隐藏的工作表（可用 --sheet 或在向导“数据”步骤中选择）。',
    'zh-TW': '未讀取：隱藏的工作表（可用 --sheet 或在精靈「資料」步驟中選擇）。',
  },
  WIZ_DATA_SET: {
    en: 'Read as one data set ({count} sheets with the same header)',
    'zh-CN': '作为一个数据集读取（{count} 个表头相同的工作表）',
    'zh-TW': '作為一個資料集讀取（{count} 個表頭相同的工作表）',
  },
  WIZ_DATA_SET_SHEET: {
    en: '{sheet} ({rows} rows)',
    'zh-CN': '{sheet}（{rows} 行）',
    'zh-TW': '{sheet}（{rows} 列）',
  },
  WIZ_DATA_SET_LEFT_OUT: {
    en: 'Left out (another header): {sheets}.',
    'zh-CN': '未读取（表头不同）：{sheets}。',
    'zh-TW': '未讀取（表頭不同）：{sheets}。',
  },
  WIZ_DATA_SET_YEAR: {
    en: 'Year of the month sheets',
    'zh-CN': '月份工作表所属年份',
    'zh-TW': '月份工作表所屬年份',
  },
} as const satisfies Catalogue;
