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
