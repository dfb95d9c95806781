/**
 * Renders one tab as an HTML table for the browser demo: the render plan (core/sheetdoc/render-plan.ts)
 * translated — number formats (approximated), the font / fill / alignment / border runs, merges,
 * column widths in the plan's pixels, conditional colours; formulas show their computed value.
 */
import {
  planTab,
  type AlignLook,
  type BorderLook,
  type FontLook,
  type Run,
  type TabPlan,
} from '../../core/sheetdoc';
import type { Cell, ConditionalFormat, SheetDoc, TabDoc } from '../../core/sheetdoc/types';
import { formatNumber } from './numfmt';

interface CellLook {
  font?: FontLook;
  fill?: string;
  align?: AlignLook;
  border?: BorderLook;
}

function cellValue(c: Cell): string | number | boolean | null {
  if (c !== null && typeof c === 'object') return c.value;
  return c;
}

function matches(cf: ConditionalFormat, v: number): boolean {
  const [a, b] = cf.values;
  switch (cf.op) {
    case 'lessThan':
      return v < a;
    case 'greaterThan':
      return v > a;
    case 'lessThanOrEqual':
      return v <= a;
    case 'greaterThanOrEqual':
      return v >= a;
    case 'between':
      return v >= Math.min(a, b) && v <= Math.max(a, b);
  }
}

/** CSS of one cell from the plan's runs (the same looks Excel, Sheets and the xlsx file get). */
function css(p: TabPlan, look: CellLook): string {
  const out: string[] = [];
  const f = look.font;
  if (f?.bold) out.push('font-weight:600');
  if (f?.italic) out.push('font-style:italic');
  // points to CSS pixels, as a spreadsheet shows them at 100%
  out.push(`font-size:${Math.round(((f?.size ?? p.fontSize) * 4) / 3)}px`);
  if (f?.color) out.push(`color:${f.color}`);
  if (look.fill) out.push(`background:${look.fill}`);
  if (look.align?.h) out.push(`text-align:${look.align.h}`);
  if (look.align?.wrap) out.push('white-space:normal');
  if (look.align?.middle) out.push('vertical-align:middle');
  if (look.border?.top) out.push(`border-top:1px solid ${p.borderColor}`);
  if (look.border?.bottom) out.push(`border-bottom:1px solid ${p.borderColor}`);
  return out.join(';');
}

/**
 * The text a cell shows (formatted number, text as is, booleans as TRUE/FALSE).
 * @example displayText(0.5, '0.0%') // '50.0%'
 */
export function displayText(c: Cell, numFmt?: string): string {
  const v = cellValue(c);
  if (v === null) return '';
  if (typeof v === 'number') return formatNumber(v, numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** Copies each run's look onto the cells it covers. */
function lay<T>(looks: CellLook[][], runs: readonly Run<T>[], set: (l: CellLook, v: T) => void): void {
  for (const run of runs)
    for (let r = run.range.r0; r <= run.range.r1; r++)
      for (let c = run.range.c0; c <= run.range.c1; c++) set(looks[r][c], run.look);
}

/**
 * A table element for a tab (data-tab-key = the tab's key).
 * @example document.body.append(renderTab(doc.tabs[0], doc.lang, document));
 */
export function renderTab(tab: TabDoc, lang: SheetDoc['lang'], doc: Document): HTMLElement {
  const p = planTab(tab, lang);
  const looks: CellLook[][] = Array.from({ length: p.rows }, () =>
    Array.from({ length: p.cols }, () => ({})),
  );
  lay(looks, p.runs.fonts, (l, v) => (l.font = v));
  lay(looks, p.runs.fills, (l, v) => (l.fill = v));
  lay(looks, p.runs.aligns, (l, v) => (l.align = v));
  lay(looks, p.runs.borders, (l, v) => (l.border = v));
  const cellAt = (r: number, c: number): Cell => tab.cells[r]?.[c] ?? null;
  for (const cf of p.conditionalFormats)
    for (let r = cf.range.r0; r <= Math.min(cf.range.r1, p.rows - 1); r++)
      for (let c = cf.range.c0; c <= Math.min(cf.range.c1, p.cols - 1); c++) {
        const v = cellValue(cellAt(r, c));
        if (typeof v !== 'number' || !matches(cf, v)) continue;
        const l = looks[r][c];
        const base = l.font ?? { bold: false, italic: false, size: p.fontSize, color: null };
        l.font = {
          ...base,
          ...(cf.style.bold ? { bold: true } : {}),
          color: cf.style.fontColor ?? base.color,
        };
        if (cf.style.fill) l.fill = cf.style.fill;
      }
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of p.merges) {
    spans.set(`${m.r0},${m.c0}`, { rows: m.r1 - m.r0 + 1, cols: m.c1 - m.c0 + 1 });
    for (let r = m.r0; r <= m.r1; r++)
      for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
  }
  const table = doc.createElement('table');
  table.className = 'tab-table';
  table.dataset.tabKey = tab.key;
  table.style.fontFamily = `"${p.fontName}", system-ui, sans-serif`;
  const colgroup = doc.createElement('colgroup');
  for (let c = 0; c < p.cols; c++) {
    const col = doc.createElement('col');
    col.style.width = `${p.widths[c]?.px ?? 64}px`;
    colgroup.append(col);
  }
  table.append(colgroup);
  const tbody = doc.createElement('tbody');
  for (let r = 0; r < p.rows; r++) {
    const tr = doc.createElement('tr');
    if (r < p.freeze.rows) tr.className = 'frozen';
    for (let c = 0; c < p.cols; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const cell = cellAt(r, c);
      const td = doc.createElement('td');
      const span = spans.get(key);
      if (span) {
        td.rowSpan = span.rows;
        td.colSpan = span.cols;
      }
      const format = p.numberFormats[r][c];
      // Data text stays text: textContent never interprets it (a name "=HYPERLINK(…)" is a name).
      td.textContent = displayText(cell, format === 'General' || format === '@' ? undefined : format);
      const v = cellValue(cell);
      const l = looks[r][c];
      td.setAttribute(
        'style',
        `${typeof v === 'number' && !l.align?.h ? 'text-align:right;' : ''}${css(p, l)}`,
      );
      if (cell !== null && typeof cell === 'object') td.title = cell.formula;
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(tbody);
  return table;
}
