/**
 * SheetDoc → ExcelJS worksheets. Translates every SheetDoc feature except charts (ExcelJS 4 has
 * no chart writer; the Excel and Sheets renderers draw them). Decides no content.
 */
import ExcelJS from 'exceljs';
import type { Cell, ConditionalFormat, RangeRef, SheetDoc, Style, TabDoc } from '../core/sheetdoc';

/** Default font per document language, so CJK text renders with a CJK face. */
const FONT_BY_LANG: Record<SheetDoc['lang'], string> = {
  'zh-CN': 'DengXian',
  'zh-TW': 'Microsoft JhengHei',
  en: 'Calibri',
};

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * A1 address of a 0-based range.
 * @example rangeA1({ r0: 0, c0: 0, r1: 1, c1: 2 }) // 'A1:C2'
 */
export function rangeA1(r: RangeRef): string {
  const a = `${colLetter(r.c0)}${r.r0 + 1}`;
  const b = `${colLetter(r.c1)}${r.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/**
 * Column letters of a 0-based index.
 * @example colLetter(27) // 'AB'
 */
export function colLetter(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Strings are written as strings (never formulas); FormulaCell becomes a formula with its cached result. */
function cellValue(v: Cell): ExcelJS.CellValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    if (typeof v === 'number' && !Number.isFinite(v)) return null;
    return v;
  }
  const formula = v.formula.startsWith('=') ? v.formula.slice(1) : v.formula;
  const result = v.value === null ? undefined : v.value;
  return { formula, result } as ExcelJS.CellFormulaValue;
}

interface Composed {
  numFmt?: string;
  style: Style;
}

function toFont(s: Style, fontName: string): Partial<ExcelJS.Font> {
  return {
    name: fontName,
    size: s.fontSize ?? 11,
    bold: s.bold ?? false,
    italic: s.italic ?? false,
    ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
  };
}

function applyComposed(cell: ExcelJS.Cell, c: Composed, fontName: string): void {
  if (c.numFmt) cell.numFmt = c.numFmt;
  const s = c.style;
  cell.font = toFont(s, fontName);
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.wrap) {
    cell.alignment = {
      vertical: 'middle',
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.borderBottom || s.borderTop) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
    cell.border = { ...(s.borderTop ? { top: thin } : {}), ...(s.borderBottom ? { bottom: thin } : {}) };
  }
}

function conditional(cf: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingOptions {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.style.fontColor || cf.style.bold) {
    style.font = {
      ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}),
      ...(cf.style.bold ? { bold: true } : {}),
    };
  }
  if (cf.style.fill)
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } };
  const rule: ExcelJS.CellIsRuleType = {
    type: 'cellIs',
    // ExcelJS's typings list fewer operators than its writer accepts (it writes the attribute as given).
    operator: cf.op as ExcelJS.CellIsRuleType['operator'],
    formulae: cf.values.map((v) => String(v)),
    style,
    priority,
  };
  return { ref: rangeA1(cf.range), rules: [rule] };
}

/**
 * Writes one TabDoc into a new worksheet of `wb` under `name` (the name may carry a clash suffix).
 * @example renderTab(wb, doc.tabs[0], doc.tabs[0].name, 'zh-CN');
 */
export function renderTab(
  wb: ExcelJS.Workbook,
  tab: TabDoc,
  name: string,
  lang: SheetDoc['lang'],
): ExcelJS.Worksheet {
  const fontName = FONT_BY_LANG[lang];
  const ws = wb.addWorksheet(name, {
    properties: tab.tabColor ? { tabColor: { argb: argb(tab.tabColor) } } : {},
    views: [
      tab.freeze.rows > 0 || tab.freeze.cols > 0
        ? { state: 'frozen', xSplit: tab.freeze.cols, ySplit: tab.freeze.rows, showGridLines: false }
        : { state: 'normal', showGridLines: false },
    ],
    pageSetup: {
      orientation: tab.print.landscape ? 'landscape' : 'portrait',
      fitToPage: tab.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  tab.colWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const { row, height } of tab.rowHeights ?? []) if (height > 0) ws.getRow(row + 1).height = height;

  // Compose formats per cell first (later runs win per property), then assign once per cell.
  const composed = new Map<number, Composed>();
  const key = (r: number, c: number): number => r * 16384 + c;
  for (const run of tab.formats) {
    for (let r = run.range.r0; r <= run.range.r1; r++) {
      for (let c = run.range.c0; c <= run.range.c1; c++) {
        const k = key(r, c);
        const prev = composed.get(k) ?? { style: {} };
        composed.set(k, {
          numFmt: run.numFmt ?? prev.numFmt,
          style: { ...prev.style, ...(run.style ?? {}) },
        });
      }
    }
  }
  const unlocked = new Set<number>();
  for (const ir of tab.inputRanges) {
    for (let r = ir.r0; r <= ir.r1; r++) for (let c = ir.c0; c <= ir.c1; c++) unlocked.add(key(r, c));
  }

  tab.cells.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null && !composed.has(key(r, c))) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = cellValue(v);
    });
  });
  for (const [k, c] of composed) {
    const cell = ws.getCell(Math.floor(k / 16384) + 1, (k % 16384) + 1);
    applyComposed(cell, c, fontName);
  }
  for (const k of unlocked) {
    ws.getCell(Math.floor(k / 16384) + 1, (k % 16384) + 1).protection = { locked: false };
  }
  for (const m of tab.merges) {
    if (m.r0 === m.r1 && m.c0 === m.c1) continue;
    ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  }
  tab.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditional(cf, i + 1)));
  return ws;
}

/**
 * Renders the SheetDoc's tabs into a new ExcelJS workbook (review tabs only; the package step
 * adds them to the user's workbook). `names` gives the final tab names (clash suffixes applied).
 * @example const wb = renderSheetDoc(doc, doc.tabs.map((t) => t.name));
 */
export function renderSheetDoc(doc: SheetDoc, names: readonly string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sales Review';
  wb.calcProperties.fullCalcOnLoad = true;
  doc.tabs.forEach((tab, i) => renderTab(wb, tab, names[i] ?? tab.name, doc.lang));
  return wb;
}
