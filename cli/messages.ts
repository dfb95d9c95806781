/**
 * The file host's own messages (usage errors, file errors, the summary lines). Core errors come
 * already localized from the core; these cover what only the CLI can say.
 */
import { fillParams, translator, type Catalogue, type Lang, type MessageOf } from '../core/i18n';

const MESSAGES = {
  UNKNOWN_COMMAND: {
    en: 'Unknown command "{cmd}": use "sales-review review <file>" (see --help).',
    'zh-CN': '未知命令「{cmd}」：请用 "sales-review review <文件>"（见 --help）。',
    'zh-TW': '未知命令「{cmd}」：請用 "sales-review review <檔案>"（見 --help）。',
  },
  UNKNOWN_OPTION: {
    en: 'Unknown option {opt} (see --help).',
    'zh-CN': '未知选项 {opt}（见 --help）。',
    'zh-TW': '未知選項 {opt}（見 --help）。',
  },
  MISSING_VALUE: {
    en: 'Option {opt} needs a value (see --help).',
    'zh-CN': '选项 {opt} 需要一个值（见 --help）。',
    'zh-TW': '選項 {opt} 需要一個值（見 --help）。',
  },
  BAD_VALUE: {
    en: 'Option {opt} cannot use "{value}": {hint}.',
    'zh-CN': '选项 {opt} 的值「{value}」无效：{hint}。',
    'zh-TW': '選項 {opt} 的值「{value}」無效：{hint}。',
  },
  NO_INPUT: {
    en: 'Give the sales file to review, e.g. "sales-review review sales.xlsx".',
    'zh-CN': '请指定要复盘的销售文件，例如 "sales-review review 销售.xlsx"。',
    'zh-TW': '請指定要復盤的銷售檔案，例如 "sales-review review 銷售.xlsx"。',
  },
  EXTRA_ARGUMENT: {
    en: 'Unexpected argument "{arg}": give one input file (see --help).',
    'zh-CN': '多余的参数「{arg}」：只能指定一个输入文件（见 --help）。',
    'zh-TW': '多餘的參數「{arg}」：只能指定一個輸入檔案（見 --help）。',
  },
  INPUT_NOT_FOUND: {
    en: 'File not found: {file}.',
    'zh-CN': '找不到文件：{file}。',
    'zh-TW': '找不到檔案：{file}。',
  },
  UNSUPPORTED_INPUT: {
    en: 'Cannot read {file}: give an .xlsx, .xlsm, .xls, .ods or .csv file.',
    'zh-CN': '无法读取 {file}：请提供 .xlsx、.xlsm、.xls、.ods 或 .csv 文件。',
    'zh-TW': '無法讀取 {file}：請提供 .xlsx、.xlsm、.xls、.ods 或 .csv 檔案。',
  },
  READ_FAILED: {
    en: 'Could not read {file} ({reason}); is it a valid, unencrypted workbook?',
    'zh-CN': '无法读取 {file}（{reason}），请确认它是有效且未加密的工作簿。',
    'zh-TW': '無法讀取 {file}（{reason}），請確認它是有效且未加密的活頁簿。',
  },
  SHEET_NOT_FOUND: {
    en: 'No sheet named "{sheet}" in {file}; sheets: {sheets}.',
    'zh-CN': '{file} 中没有名为「{sheet}」的工作表；现有工作表：{sheets}。',
    'zh-TW': '{file} 中沒有名為「{sheet}」的工作表；現有工作表：{sheets}。',
  },
  SHEET_PICKED: {
    en: 'Using sheet "{sheet}"; "{other}" also looks like sales data (use --sheet to choose).',
    'zh-CN': '使用工作表「{sheet}」；「{other}」也像销售数据（可用 --sheet 指定）。',
    'zh-TW': '使用工作表「{sheet}」；「{other}」也像銷售資料（可用 --sheet 指定）。',
  },
  CSV_NOT_COPIED: {
    en: 'The CSV has {rows} rows, more than a sheet holds ({max}): the review covers all of them, but the data is not copied into the workbook.',
    'zh-CN': 'CSV 共 {rows} 行，超过工作表上限（{max} 行）：复盘已涵盖全部数据，但原始数据未复制到工作簿中。',
    'zh-TW': 'CSV 共 {rows} 列，超過工作表上限（{max} 列）：復盤已涵蓋全部資料，但原始資料未複製到活頁簿中。',
  },
  CSV_DATA_LEFT_OUT: {
    en: 'Sheet "{sheet}" has {rows} rows ({cells} cells): the review covers all of them, but to keep writing fast they are not copied into the new workbook (over {max} cells); add --with-data to copy them.',
    'zh-CN':
      '工作表「{sheet}」共 {rows} 行（{cells} 个单元格）：复盘已涵盖全部数据，但为保持写入速度，超过 {max} 个单元格的数据不复制到新工作簿中；如需复制，请加 --with-data。',
    'zh-TW':
      '工作表「{sheet}」共 {rows} 列（{cells} 個儲存格）：復盤已涵蓋全部資料，但為保持寫入速度，超過 {max} 個儲存格的資料不複製到新活頁簿中；如需複製，請加上 --with-data。',
  },

  STRETCH_WITHOUT_TARGET: {
    en: '--stretch needs --target (the base target) as well.',
    'zh-CN': '使用 --stretch 时还需要 --target（基础目标）。',
    'zh-TW': '使用 --stretch 時還需要 --target（基礎目標）。',
  },
  STRETCH_BELOW_BASE: {
    en: 'The stretch target must be at least the base target.',
    'zh-CN': '挑战目标不能低于基础目标。',
    'zh-TW': '挑戰目標不能低於基礎目標。',
  },
  WRITE_FAILED: {
    en: 'Could not write {file} ({reason}); is it open in another program?',
    'zh-CN': '无法写入 {file}（{reason}），文件是否正被其他程序打开？',
    'zh-TW': '無法寫入 {file}（{reason}），檔案是否正被其他程式開啟？',
  },
  NOTES_UNREADABLE: {
    en: 'Could not read the notes in the existing {file} ({reason}); nothing was written. Move or repair that file, or write the review elsewhere with -o.',
    'zh-CN':
      '无法读取现有 {file} 中的备注（{reason}），未写入任何内容。请移走或修复该文件，或用 -o 写到其他位置。',
    'zh-TW':
      '無法讀取現有 {file} 中的備註（{reason}），未寫入任何內容。請移走或修復該檔案，或用 -o 寫到其他位置。',
  },
  INTERNAL_ERROR: {
    en: 'Internal error: {reason}. Please report it with the input file.',
    'zh-CN': '内部错误：{reason}。请附上输入文件反馈此问题。',
    'zh-TW': '內部錯誤：{reason}。請附上輸入檔案回報此問題。',
  },
  PROGRESS_READING: {
    en: 'Reading… {percent}%',
    'zh-CN': '读取中… {percent}%',
    'zh-TW': '讀取中… {percent}%',
  },
  PROGRESS_COMPUTING: {
    en: 'Computing the review…',
    'zh-CN': '正在计算复盘…',
    'zh-TW': '正在計算復盤…',
  },
  PROGRESS_WRITING: {
    en: 'Writing… {percent}%',
    'zh-CN': '写入中… {percent}%',
    'zh-TW': '寫入中… {percent}%',
  },
  SUMMARY_ATTAINMENT: {
    en: 'Attainment: {value} of the {which} target ({actual} vs {target})',
    'zh-CN': '完成率：{value}（实际 {actual} / {which}目标 {target}）',
    'zh-TW': '達成率：{value}（實際 {actual} / {which}目標 {target}）',
  },
  SUMMARY_STRETCH: {
    en: '; {value} of the stretch target {target}',
    'zh-CN': '；挑战目标 {target} 完成 {value}',
    'zh-TW': '；挑戰目標 {target} 達成 {value}',
  },
  SUMMARY_NO_TARGET: {
    en: 'Attainment: n/a (no target; revenue {actual})',
    'zh-CN': '完成率：无目标（实际 {actual}）',
    'zh-TW': '達成率：無目標（實際 {actual}）',
  },
  SUMMARY_YOY: {
    en: 'YoY growth: {value} ({actual} vs {prior} in {priorYear})',
    'zh-CN': '同比增长：{value}（实际 {actual} / {priorYear}年 {prior}）',
    'zh-TW': '同比增長：{value}（實際 {actual} / {priorYear}年 {prior}）',
  },
  SUMMARY_YOY_SAME_MONTHS: {
    en: 'YoY growth: {value} ({actual} vs {prior} in {priorYear}, {months} of both years)',
    'zh-CN': '同比增长：{value}（同口径{months}：实际 {actual} / {priorYear}年 {prior}）',
    'zh-TW': '同比增長：{value}（同口徑{months}：實際 {actual} / {priorYear}年 {prior}）',
  },
  SUMMARY_NO_YOY: {
    en: 'YoY growth: n/a (no data for {priorYear})',
    'zh-CN': '同比增长：无（{priorYear}年无数据）',
    'zh-TW': '同比增長：無（{priorYear}年無資料）',
  },
  SUMMARY_OUTPUT: {
    en: 'Output: {file} (data from sheet "{sheet}")',
    'zh-CN': '输出：{file}（数据来自工作表「{sheet}」）',
    'zh-TW': '輸出：{file}（資料來自工作表「{sheet}」）',
  },
  SUMMARY_OUTPUT_TARGETS: {
    en: 'Output: {file} (data from sheet "{sheet}", targets from "{targets}")',
    'zh-CN': '输出：{file}（数据来自工作表「{sheet}」，目标来自「{targets}」）',
    'zh-TW': '輸出：{file}（資料來自工作表「{sheet}」，目標來自「{targets}」）',
  },
  WORD_BASE: { en: 'base', 'zh-CN': '基础', 'zh-TW': '基礎' },
  WORD_COLUMN: { en: 'sheet', 'zh-CN': '表内', 'zh-TW': '表內' },
  HINT_AMOUNT: {
    en: 'give an amount such as 120000000, 1.2e8, 12亿 or 120000万',
    'zh-CN': '请填写金额，如 120000000、1.2e8、12亿 或 120000万',
    'zh-TW': '請填寫金額，如 120000000、1.2e8、12億 或 120000萬',
  },
  HINT_YEAR: {
    en: 'give a year such as 2025',
    'zh-CN': '请填写年份，如 2025',
    'zh-TW': '請填寫年份，如 2025',
  },
  HINT_MONTH: { en: 'give a month 1–12', 'zh-CN': '请填写 1–12 的月份', 'zh-TW': '請填寫 1–12 的月份' },
  HINT_LANG: {
    en: 'use zh-CN, zh-TW or en',
    'zh-CN': '可选 zh-CN、zh-TW 或 en',
    'zh-TW': '可選 zh-CN、zh-TW 或 en',
  },
  HINT_ENGINE: {
    en: 'use core, duckdb or auto',
    'zh-CN': '可选 core、duckdb 或 auto',
    'zh-TW': '可選 core、duckdb 或 auto',
  },
  HINT_DIALECT: {
    en: 'use duckdb, bigquery or postgres',
    'zh-CN': '可选 duckdb、bigquery 或 postgres',
    'zh-TW': '可選 duckdb、bigquery 或 postgres',
  },
  DUCKDB_DECLINED: {
    en: 'DuckDB cannot read {file} as the review reads a sheet ({why}): run it with --engine core.',
    'zh-CN': 'DuckDB 无法按复盘读取工作表的方式读取 {file}（{why}）：请改用 --engine core。',
    'zh-TW': 'DuckDB 無法按復盤讀取工作表的方式讀取 {file}（{why}）：請改用 --engine core。',
  },
  DUCKDB_NO_CORE: {
    en: 'DuckDB cannot read {file} as the review reads a sheet ({why}), and only DuckDB reads Parquet or a folder: export it as one .csv or .xlsx and review that.',
    'zh-CN':
      'DuckDB 无法按复盘读取工作表的方式读取 {file}（{why}），而 Parquet 或文件夹只能由 DuckDB 读取：请导出为一个 .csv 或 .xlsx 再复盘。',
    'zh-TW':
      'DuckDB 無法按復盤讀取工作表的方式讀取 {file}（{why}），而 Parquet 或資料夾只能由 DuckDB 讀取：請匯出為一個 .csv 或 .xlsx 再復盤。',
  },
  DUCKDB_UNREADABLE: {
    en: '{file} cannot be read ({detail}): check that it is a complete, uncorrupted .parquet or .csv file, or export it again.',
    'zh-CN': '无法读取 {file}（{detail}）：请确认它是完整、未损坏的 .parquet 或 .csv 文件，或重新导出。',
    'zh-TW': '無法讀取 {file}（{detail}）：請確認它是完整、未損毀的 .parquet 或 .csv 檔案，或重新匯出。',
  },
  ENGINE_FALLBACK: {
    en: 'Read in memory instead of DuckDB ({why}).',
    'zh-CN': '改为在内存中读取，而非 DuckDB（{why}）。',
    'zh-TW': '改為在記憶體中讀取，而非 DuckDB（{why}）。',
  },
  AGGREGATES_BAD: {
    en: "The results in {dir} cannot be read ({detail}): save queries.sql (printed by --sql) and each query's result as <name>.csv or <name>.json in that folder.",
    'zh-CN':
      '无法读取 {dir} 中的查询结果（{detail}）：请在该文件夹中保存 queries.sql（由 --sql 打印）以及每个查询的结果 <名称>.csv 或 <名称>.json。',
    'zh-TW':
      '無法讀取 {dir} 中的查詢結果（{detail}）：請在該資料夾中保存 queries.sql（由 --sql 列印）以及每個查詢的結果 <名稱>.csv 或 <名稱>.json。',
  },
  WHY_DERIVED_AMOUNT: {
    en: 'the amount is quantity × unit price',
    'zh-CN': '金额由数量 × 单价算出',
    'zh-TW': '金額由數量 × 單價算出',
  },
  WHY_REFUND_COLUMN: {
    en: 'a refund column is subtracted',
    'zh-CN': '需扣除退款列',
    'zh-TW': '需扣除退款欄',
  },
  WHY_STATUS_COLUMN: {
    en: 'a status column leaves cancelled orders out',
    'zh-CN': '状态列需排除已取消订单',
    'zh-TW': '狀態欄需排除已取消訂單',
  },
  WHY_CURRENCY: {
    en: 'amounts in other currencies are converted',
    'zh-CN': '其他币种的金额需换算',
    'zh-TW': '其他幣別的金額需換算',
  },
  WHY_DATE_AND_PERIOD: {
    en: 'both a date and a period column',
    'zh-CN': '同时有日期列和期间列',
    'zh-TW': '同時有日期欄和期間欄',
  },
  WHY_DATE_FORM: {
    en: 'dates written day- or month-first or with month names',
    'zh-CN': '日期为日在前、月在前或用月份名称的写法',
    'zh-TW': '日期為日在前、月在前或用月份名稱的寫法',
  },
  WHY_DECIMAL_COMMA: {
    en: 'amounts written with a decimal comma',
    'zh-CN': '金额以逗号作小数点',
    'zh-TW': '金額以逗號作小數點',
  },
  WHY_ENCODING: {
    en: 'the CSV is not UTF-8',
    'zh-CN': 'CSV 不是 UTF-8 编码',
    'zh-TW': 'CSV 不是 UTF-8 編碼',
  },
  WHY_EMPTY_LINES: {
    en: 'the CSV has empty lines, which DuckDB skips',
    'zh-CN': 'CSV 含空行，DuckDB 会跳过空行',
    'zh-TW': 'CSV 含空行，DuckDB 會略過空行',
  },
  WHY_MIXED_FOLDER: {
    en: 'the folder mixes CSV and Parquet files',
    'zh-CN': '文件夹中混有 CSV 和 Parquet 文件',
    'zh-TW': '資料夾中混有 CSV 和 Parquet 檔案',
  },
  WHY_EMPTY_FOLDER: {
    en: 'the folder has no .csv or .parquet file',
    'zh-CN': '文件夹中没有 .csv 或 .parquet 文件',
    'zh-TW': '資料夾中沒有 .csv 或 .parquet 檔案',
  },
  WHY_WORKBOOK: {
    en: "a workbook, one sheet per month or not, is read by the in-core engine; DuckDB's excel extension would be downloaded from the network",
    'zh-CN': '工作簿（包括每月一张工作表的）由内存引擎读取；DuckDB 的 excel 扩展需联网下载',
    'zh-TW': '活頁簿（包括每月一張工作表的）由記憶體引擎讀取；DuckDB 的 excel 擴充功能需連網下載',
  },
  WHY_WIDE: {
    en: 'months or quarters run across the columns (a wide sheet), which the in-core engine turns into rows',
    'zh-CN': '月份或季度横向排列（宽表），由内存引擎转为行读取',
    'zh-TW': '月份或季度橫向排列（寬表），由記憶體引擎轉為列讀取',
  },
  WHY_SCHEMA_DIFFERS: {
    en: "the folder's files do not all have the same columns",
    'zh-CN': '文件夹中各文件的列不一致',
    'zh-TW': '資料夾中各檔案的欄不一致',
  },
  WHY_DETECTION: {
    en: 'its columns were not recognised',
    'zh-CN': '未能识别其中的列',
    'zh-TW': '未能識別其中的欄',
  },
  HINT_UNIT: {
    en: 'use 元, 万, 亿, K or M',
    'zh-CN': '可选 元、万、亿、K 或 M',
    'zh-TW': '可選 元、萬、億、K 或 M',
  },
  HINT_GROWTH: {
    en: 'give a rate such as 0.15 or 15%',
    'zh-CN': '请填写增长率，如 0.15 或 15%',
    'zh-TW': '請填寫增長率，如 0.15 或 15%',
  },
  HINT_WEIGHTS: {
    en: 'give four weights such as 3,3,2,2, or equal, or seasonal',
    'zh-CN': '请填写四个权重，如 3,3,2,2，或 equal、seasonal',
    'zh-TW': '請填寫四個權重，如 3,3,2,2，或 equal、seasonal',
  },
  HINT_MAP: {
    en: 'use role=Header, e.g. amount=销售额; roles: {roles}',
    'zh-CN': '格式为 角色=表头，如 amount=销售额；角色：{roles}',
    'zh-TW': '格式為 角色=表頭，如 amount=銷售額；角色：{roles}',
  },
  HINT_UNIT_OF: {
    en: 'use role=unit, e.g. amount=万 or amount=K; roles: {unitRoles}; units: 元, 万, 亿, 千, K, M',
    'zh-CN': '格式为 角色=单位，如 amount=万 或 amount=K；角色：{unitRoles}；单位：元、万、亿、千、K、M',
    'zh-TW': '格式為 角色=單位，如 amount=萬 或 amount=K；角色：{unitRoles}；單位：元、萬、億、千、K、M',
  },
  HINT_CURRENCY: {
    en: 'give a three-letter currency code such as CNY, USD or HKD',
    'zh-CN': '请填写三位货币代码，如 CNY、USD、HKD',
    'zh-TW': '請填寫三位貨幣代碼，如 CNY、USD、HKD',
  },
  HINT_RATE: {
    en: 'use CODE=rate, e.g. USD=7.2 (1 USD = 7.2 units of the report currency)',
    'zh-CN': '格式为 货币=汇率，如 USD=7.2（1 美元 = 7.2 报告币种）',
    'zh-TW': '格式為 貨幣=匯率，如 USD=7.2（1 美元 = 7.2 報告幣種）',
  },
  HINT_DATE_ORDER: {
    en: 'use auto, ymd, mdy (2/24/2003) or dmy (24/02/2003)',
    'zh-CN': '可选 auto、ymd、mdy（2/24/2003）或 dmy（24/02/2003）',
    'zh-TW': '可選 auto、ymd、mdy（2/24/2003）或 dmy（24/02/2003）',
  },
  HINT_DIMS: {
    en: 'give dimension names separated by commas, e.g. region,product',
    'zh-CN': '用逗号分隔维度，如 region,product',
    'zh-TW': '用逗號分隔維度，如 region,product',
  },
} as const satisfies Catalogue;

type Messages = typeof MESSAGES;
/** The CLI catalogue's type, named so type errors print a short name. */
export interface CliCatalogue extends Messages {}
export const CLI_MESSAGES: CliCatalogue = MESSAGES;

export type CliMessageCode = keyof typeof CLI_MESSAGES;

/**
 * A CLI message in a language, placeholders filled.
 * @example cliMessage('INPUT_NOT_FOUND', 'en', { file: 'a.xlsx' }) // 'File not found: a.xlsx.'
 */
export const cliMessage = translator(CLI_MESSAGES);

/** A CLI message held as data (a failure passed up to main): its code and the parameters it takes. */
export type CliMessage = MessageOf<typeof CLI_MESSAGES>;

/**
 * The text of a CLI message held as data.
 * @example cliMessageText({ code: 'NO_INPUT' }, 'en') // 'Give the sales file to review, …'
 */
export function cliMessageText(message: CliMessage, lang: Lang): string {
  return fillParams(CLI_MESSAGES[message.code][lang], message.params);
}
