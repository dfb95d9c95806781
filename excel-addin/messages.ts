/**
 * The Excel add-in's own messages (requirement check, ribbon command notifications): what only
 * the Excel host says. A catalogue of the same kind as the core's (core/i18n/catalogue.ts).
 */
import { translator, type Catalogue } from '../core/i18n';

export const EXCEL_MESSAGES = {
  EXCEL_HOST_TOO_OLD: {
    en: 'This version of Excel is too old for Sales Review (missing: {sets}). Update Office (Microsoft 365, Excel 2021 or later) or use Excel on the web.',
    'zh-CN':
      '当前 Excel 版本过旧，无法运行销售复盘（缺少：{sets}）。请更新 Office（Microsoft 365、Excel 2021 或更高版本），或改用 Excel 网页版。',
    'zh-TW':
      '目前的 Excel 版本過舊，無法執行銷售復盤（缺少：{sets}）。請更新 Office（Microsoft 365、Excel 2021 或更新版本），或改用 Excel 網頁版。',
  },
  EXCEL_REVIEW_DONE: {
    en: 'Sales review written: {count} tabs ({first} first).',
    'zh-CN': '销售复盘已生成：共 {count} 个工作表（首个：{first}）。',
    'zh-TW': '銷售復盤已產生：共 {count} 個工作表（首個：{first}）。',
  },
  EXCEL_REVIEW_FAILED: {
    en: 'Sales review failed: {message}',
    'zh-CN': '销售复盘生成失败：{message}',
    'zh-TW': '銷售復盤產生失敗：{message}',
  },
  EXCEL_WRITE_FAILED: {
    en: 'The review tabs could not be written; the workbook was left as it was. ({message})',
    'zh-CN': '无法写入复盘工作表，工作簿保持原样。（{message}）',
    'zh-TW': '無法寫入復盤工作表，活頁簿維持原樣。（{message}）',
  },
  EXCEL_READ_FAILED: {
    en: 'The sheet "{sheet}" could not be read. ({message})',
    'zh-CN': '无法读取工作表“{sheet}”。（{message}）',
    'zh-TW': '無法讀取工作表「{sheet}」。（{message}）',
  },
  EXCEL_SHEET_NOT_FOUND: {
    en: 'The sheet "{sheet}" saved in the settings no longer exists: open the wizard and choose the data sheet.',
    'zh-CN': '设置中保存的工作表“{sheet}”已不存在：请打开向导重新选择数据工作表。',
    'zh-TW': '設定中儲存的工作表「{sheet}」已不存在：請開啟精靈重新選擇資料工作表。',
  },
  EXCEL_BAD_SETTINGS: {
    en: 'The settings saved in this workbook could not be read ({detail}), so nothing was run and nothing was changed. Open the wizard (Home → Sales Review → Open wizard), check the settings and generate: that saves them again.',
    'zh-CN':
      '此工作簿中保存的设置无法读取（{detail}），因此未运行，也未做任何修改。请打开向导（开始 → 销售复盘 → 打开向导），检查设置后生成，即会重新保存设置。',
    'zh-TW':
      '此活頁簿中儲存的設定無法讀取（{detail}），因此未執行，也未做任何修改。請開啟精靈（常用 → 銷售復盤 → 開啟精靈），檢查設定後產生，即會重新儲存設定。',
  },
  EXCEL_NO_DATA_SHEET: {
    en: 'Select the sheet with your sales rows first (the active sheet is a review tab), then Generate review again.',
    'zh-CN': '请先选中包含销售明细的工作表（当前是复盘工作表），再点“生成复盘”。',
    'zh-TW': '請先選取包含銷售明細的工作表（目前是復盤工作表），再按「產生復盤」。',
  },
  EXCEL_BUSY: {
    en: 'Another Sales Review run is writing the review in this workbook (the ribbon button or the wizard), so nothing was changed. Wait for it to finish, then generate again.',
    'zh-CN':
      '另一个销售复盘任务正在此工作簿中写入复盘（来自功能区按钮或向导），因此未做任何修改。请等它完成后再生成。',
    'zh-TW':
      '另一個銷售復盤工作正在此活頁簿中寫入復盤（來自功能區按鈕或精靈），因此未做任何修改。請等它完成後再產生。',
  },
  EXCEL_TOO_LARGE: {
    en: '“{sheet}” uses {address} ({cells} cells), more than the {limit} cells Sales Review reads in Excel; nothing was changed. If your data is smaller, a stray value far to the right or below makes the sheet that large: press Ctrl+End to find the last used cell and clear what lies beyond your data. For really large data, use the command-line tool.',
    'zh-CN':
      '“{sheet}”的使用区域为 {address}（{cells} 个单元格），超过销售复盘在 Excel 中读取的上限 {limit} 个单元格；未做任何修改。如果您的数据没有这么大，通常是远处右侧或下方有零散的值把使用区域撑大了：按 Ctrl+End 找到最后一个使用的单元格，清除数据范围以外的内容。数据确实很大时，请使用命令行工具。',
    'zh-TW':
      '「{sheet}」的使用範圍為 {address}（{cells} 個儲存格），超過銷售復盤在 Excel 中讀取的上限 {limit} 個儲存格；未做任何修改。如果您的資料沒有這麼大，通常是遠處右側或下方有零散的值把使用範圍撐大了：按 Ctrl+End 找到最後一個使用的儲存格，清除資料範圍以外的內容。資料確實很大時，請使用命令列工具。',
  },
  EXCEL_CHARTS_DROPPED: {
    en: '{count} chart(s) could not be drawn by this version of Excel; every table is complete.',
    'zh-CN': '此版本的 Excel 无法绘制 {count} 个图表；所有表格均已完整写入。',
    'zh-TW': '此版本的 Excel 無法繪製 {count} 個圖表；所有表格均已完整寫入。',
  },
  EXCEL_GENERATING: {
    en: 'Generating the sales review…',
    'zh-CN': '正在生成销售复盘…',
    'zh-TW': '正在產生銷售復盤…',
  },
} as const satisfies Catalogue;

/**
 * An Excel add-in message in a language, placeholders filled.
 * @example excelText('EXCEL_GENERATING', 'en') // 'Generating the sales review…'
 */
export const excelText = translator(EXCEL_MESSAGES);
