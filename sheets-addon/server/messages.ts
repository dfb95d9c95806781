/**
 * The add-on's own UI text (menu, toasts, host errors) in the three languages. Core messages
 * (ingest and review errors) come localized from the core; these are only what the Sheets host says.
 */
import { langFromLocale, translator, type Catalogue, type Lang } from '../../core/i18n';

const MESSAGES = {
  menuGenerate: { en: 'Generate review', 'zh-CN': '生成复盘', 'zh-TW': '產生復盤' },
  menuWizard: { en: 'Open wizard…', 'zh-CN': '打开向导…', 'zh-TW': '開啟精靈…' },
  menuHelp: { en: 'Help', 'zh-CN': '帮助', 'zh-TW': '說明' },
  sidebarTitle: { en: 'Sales Review', 'zh-CN': '销售复盘', 'zh-TW': '銷售復盤' },
  toastTitle: { en: 'Sales Review', 'zh-CN': '销售复盘', 'zh-TW': '銷售復盤' },
  reading: {
    en: 'Reading {rows} rows of “{sheet}”…',
    'zh-CN': '正在读取“{sheet}”的 {rows} 行…',
    'zh-TW': '正在讀取「{sheet}」的 {rows} 列…',
  },
  done: {
    en: 'Review written: {tabs} tabs from “{sheet}”.',
    'zh-CN': '复盘已生成：来自“{sheet}”的 {tabs} 个工作表。',
    'zh-TW': '復盤已產生：來自「{sheet}」的 {tabs} 個工作表。',
  },
  SHEET_NOT_FOUND: {
    en: 'Sheet “{sheet}” was not found. Open the wizard and choose the sheet with your sales rows.',
    'zh-CN': '找不到工作表“{sheet}”。请打开向导，选择包含销售明细的工作表。',
    'zh-TW': '找不到工作表「{sheet}」。請開啟精靈，選擇包含銷售明細的工作表。',
  },
  NO_DATA_SHEET: {
    en: 'Select the sheet with your sales rows first (the active tab is a review tab).',
    'zh-CN': '请先选中包含销售明细的工作表（当前是复盘结果页）。',
    'zh-TW': '請先選取包含銷售明細的工作表（目前是復盤結果頁）。',
  },
  TOO_LARGE: {
    en: '“{sheet}” has {cells} cells ({rows} rows); reviewing it would take about {seconds} s, more than the {limit} s Google allows one run. Nothing was changed. Use the wizard (it reads in steps) or the command-line tool for sheets this size.',
    'zh-CN':
      '“{sheet}”共有 {cells} 个单元格（{rows} 行），生成复盘约需 {seconds} 秒，超过 Google 单次运行允许的 {limit} 秒。未做任何修改。如此大的表请使用向导（分步读取）或命令行工具。',
    'zh-TW':
      '「{sheet}」共有 {cells} 個儲存格（{rows} 列），產生復盤約需 {seconds} 秒，超過 Google 單次執行允許的 {limit} 秒。未做任何修改。如此大的表請使用精靈（分步讀取）或命令列工具。',
  },
  OUT_OF_TIME: {
    en: 'Stopped: the run got close to Google’s {limit} s limit, so nothing was written and nothing was changed. Try again, or use the wizard for this sheet.',
    'zh-CN':
      '已停止：运行时间接近 Google 的 {limit} 秒上限，因此未写入任何内容，也未做任何修改。请重试，或对该表使用向导。',
    'zh-TW':
      '已停止：執行時間接近 Google 的 {limit} 秒上限，因此未寫入任何內容，也未做任何修改。請重試，或對此表使用精靈。',
  },
  READ_FAILED: {
    en: 'Could not read “{sheet}”: {detail}',
    'zh-CN': '无法读取“{sheet}”：{detail}',
    'zh-TW': '無法讀取「{sheet}」：{detail}',
  },
  WRITE_FAILED: {
    en: 'Could not write the review (nothing was changed): {detail}',
    'zh-CN': '无法写入复盘（未做任何修改）：{detail}',
    'zh-TW': '無法寫入復盤（未做任何修改）：{detail}',
  },
  BAD_SETTINGS: {
    en: 'The settings saved in this spreadsheet could not be read ({detail}), so nothing was run and nothing was changed. Open the wizard (Extensions → Sales Review → Open wizard…), check the settings and generate: that saves them again.',
    'zh-CN':
      '此表格中保存的设置无法读取（{detail}），因此未运行，也未做任何修改。请打开向导（扩展程序 → 销售复盘 → 打开向导…），检查设置后生成，即会重新保存设置。',
    'zh-TW':
      '此試算表中儲存的設定無法讀取（{detail}），因此未執行，也未做任何修改。請開啟精靈（擴充功能 → 銷售復盤 → 開啟精靈…），檢查設定後產生，即會重新儲存設定。',
  },
  BUSY: {
    en: 'Another Sales Review run is writing the review in this spreadsheet (the menu, the wizard or another editor), so nothing was changed. Wait for it to finish, then generate again.',
    'zh-CN':
      '另一个销售复盘任务正在此表格中写入复盘（来自菜单、向导或其他编辑者），因此未做任何修改。请等它完成后再生成。',
    'zh-TW':
      '另一個銷售復盤工作正在此試算表中寫入復盤（來自選單、精靈或其他編輯者），因此未做任何修改。請等它完成後再產生。',
  },
  help: {
    en: 'Sales Review turns a sheet of sales rows into a year-end review and next-year plan.\n\n• Generate review: one click, on the active sheet, with the settings of your last run (or defaults).\n• Open wizard: choose the sheet, check the columns, targets, sections and plan, then generate.\n• Functions: type =SALES_ in a cell to see SALES_ATTAINMENT, SALES_SPLIT and the others.\n\nReview tabs are replaced on every run; your own sheets are read, never changed.',
    'zh-CN':
      '销售复盘把一张销售明细表变成年度复盘和来年计划。\n\n• 生成复盘：一键生成，使用当前工作表和上次的设置（或默认设置）。\n• 打开向导：选择工作表，检查列、目标、章节和计划，然后生成。\n• 函数：在单元格中输入 =SALES_ 可看到 SALES_ATTAINMENT、SALES_SPLIT 等函数。\n\n每次运行都会替换复盘工作表；您自己的工作表只读取，不修改。',
    'zh-TW':
      '銷售復盤把一張銷售明細表變成年度復盤和來年計畫。\n\n• 產生復盤：一鍵產生，使用目前工作表和上次的設定（或預設設定）。\n• 開啟精靈：選擇工作表，檢查欄位、目標、章節和計畫，然後產生。\n• 函數：在儲存格輸入 =SALES_ 可看到 SALES_ATTAINMENT、SALES_SPLIT 等函數。\n\n每次執行都會取代復盤工作表；您自己的工作表只讀取，不修改。',
  },
} as const satisfies Catalogue;

type Messages = typeof MESSAGES;
/** The add-on catalogue's type, named so type errors print a short name. */
export interface SheetsCatalogue extends Messages {}
export const SHEETS_MESSAGES: SheetsCatalogue = MESSAGES;

export type SheetsMessage = keyof SheetsCatalogue;

/**
 * The add-on text for a code in a language, `{name}` placeholders filled.
 * @example sheetsText('menuHelp', 'zh-CN') // '帮助'
 */
export const sheetsText = translator(SHEETS_MESSAGES);

/**
 * The language for host UI text: saved settings win, else the user's Google locale.
 * @example uiLang(null, 'zh_TW') // 'zh-TW'
 */
export function uiLang(saved: Lang | null, locale: string): Lang {
  return saved ?? langFromLocale(locale.replace('_', '-'));
}
