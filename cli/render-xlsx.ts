/**
 * SheetDoc → ExcelJS worksheets: the render plan translated, every feature except charts (ExcelJS 4
 * has no chart writer: xlsx-charts.ts writes them as DrawingML). Decides no content and no look.
 */
import ExcelJS from 'exceljs';
import {
  GENERAL,
  planTab,
  type AlignLook,
  type BorderLook,
  type FontLook,
  type Run,
  type TabPlan,
} from '../core/sheetdoc';
import type { Cell, ConditionalFormat, RangeRef, SheetDoc, TabDoc } from '../core/sheetdoc';

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

/** The look of one cell, gathered from the plan's runs. */
interface CellLook {
  font?: FontLook;
  fill?: string;
  align?: AlignLook;
  border?: BorderLook;
}

function lay<T>(
  looks: Map<number, CellLook>,
  runs: readonly Run<T>[],
  set: (l: CellLook, v: T) => void,
): void {
  for (const run of runs)
    for (let r = run.range.r0; r <= run.range.r1; r++)
      for (let c = run.range.c0; c <= run.range.c1; c++) {
        const k = key(r, c);
        const l = looks.get(k) ?? {};
        set(l, run.look);
        looks.set(k, l);
      }
}

const key = (r: number, c: number): number => r * 16384 + c;

function applyLook(cell: ExcelJS.Cell, l: CellLook, p: TabPlan): void {
  const f = l.font;
  cell.font = {
    name: p.fontName,
    size: f?.size ?? p.fontSize,
    bold: f?.bold ?? false,
    italic: f?.italic ?? false,
    ...(f?.color ? { color: { argb: argb(f.color) } } : {}),
  };
  if (l.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(l.fill) } };
  if (l.align) {
    cell.alignment = {
      ...(l.align.middle ? { vertical: 'middle' as const } : {}),
      ...(l.align.h ? { horizontal: l.align.h } : {}),
      ...(l.align.wrap ? { wrapText: true } : {}),
    };
  }
  if (l.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argb(p.borderColor) } };
    cell.border = { ...(l.border.top ? { top: thin } : {}), ...(l.border.bottom ? { bottom: thin } : {}) };
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
 * Writes one tab into a new worksheet of `wb` under `name` (the name may carry a clash suffix): the
 * render plan (core/sheetdoc/render-plan.ts) translated into ExcelJS, cell by cell.
 * @example renderTab(wb, doc.tabs[0], doc.tabs[0].name, 'zh-CN');
 */
export function renderTab(
  wb: ExcelJS.Workbook,
  tab: TabDoc,
  name: string,
  lang: SheetDoc['lang'],
): ExcelJS.Worksheet {
  const p = planTab(tab, lang);
  const ws = wb.addWorksheet(name, {
    properties: p.tabColor ? { tabColor: { argb: argb(p.tabColor) } } : {},
    views: [
      p.freeze.rows > 0 || p.freeze.cols > 0
        ? { state: 'frozen', xSplit: p.freeze.cols, ySplit: p.freeze.rows, showGridLines: false }
        : { state: 'normal', showGridLines: false },
    ],
    pageSetup: {
      orientation: p.print.landscape ? 'landscape' : 'portrait',
      fitToPage: p.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  p.widths.forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w.chars;
  });
  for (const h of p.heights) ws.getRow(h.row + 1).height = h.pt;

  const looks = new Map<number, CellLook>();
  lay(looks, p.runs.fonts, (l, v) => (l.font = v));
  lay(looks, p.runs.fills, (l, v) => (l.fill = v));
  lay(looks, p.runs.aligns, (l, v) => (l.align = v));
  lay(looks, p.runs.borders, (l, v) => (l.border = v));
  for (let r = 0; r < p.rows; r++) {
    for (let c = 0; c < p.cols; c++) {
      const v = tab.cells[r]?.[c] ?? null;
      const format = p.numberFormats[r][c];
      const look = looks.get(key(r, c));
      if (v === null && !look && format === GENERAL) continue;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = cellValue(v);
      if (format !== GENERAL) cell.numFmt = format;
      applyLook(cell, look ?? {}, p);
    }
  }
  for (const ir of p.inputRanges) {
    for (let r = ir.r0; r <= ir.r1; r++)
      for (let c = ir.c0; c <= ir.c1; c++) ws.getCell(r + 1, c + 1).protection = { locked: false };
  }
  for (const m of p.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  p.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditional(cf, i + 1)));
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
