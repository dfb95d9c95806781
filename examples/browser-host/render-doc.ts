/**
 * Renders one SheetDoc tab as an HTML table for the browser demo: number formats (approximated),
 * styles, merges, column widths, conditional colours; formulas show their computed value.
 */
import type { Cell, ConditionalFormat, Style, TabDoc } from '../../core/sheetdoc/types';
import { formatNumber } from './numfmt';

interface CellLook {
  numFmt?: string;
  style: Style;
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

function css(style: Style): string {
  const out: string[] = [];
  if (style.bold) out.push('font-weight:600');
  if (style.italic) out.push('font-style:italic');
  if (style.fontSize) out.push(`font-size:${Math.round(style.fontSize * 1.25)}px`);
  if (style.fontColor) out.push(`color:${style.fontColor}`);
  if (style.fill) out.push(`background:${style.fill}`);
  if (style.hAlign) out.push(`text-align:${style.hAlign}`);
  if (style.wrap) out.push('white-space:normal');
  if (style.borderBottom) out.push('border-bottom:1px solid #8a8a8a');
  if (style.borderTop) out.push('border-top:1px solid #8a8a8a');
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

/**
 * A table element for a tab (data-tab-key = the tab's key).
 * @example document.body.append(renderTab(doc.tabs[0], document));
 */
export function renderTab(tab: TabDoc, doc: Document): HTMLElement {
  const rows = tab.cells.length;
  const cols = Math.max(tab.colWidths.length, ...tab.cells.map((r) => r.length), 1);
  const look: CellLook[][] = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => ({ style: {} })),
  );
  const within = (r: number, c: number) => r < rows && c < cols;
  for (const run of tab.formats) {
    for (let r = run.range.r0; r <= run.range.r1; r++) {
      for (let c = run.range.c0; c <= run.range.c1; c++) {
        if (!within(r, c)) continue;
        if (run.numFmt) look[r][c].numFmt = run.numFmt;
        if (run.style) look[r][c].style = { ...look[r][c].style, ...run.style };
      }
    }
  }
  for (const cf of tab.conditionalFormats) {
    for (let r = cf.range.r0; r <= cf.range.r1; r++) {
      for (let c = cf.range.c0; c <= cf.range.c1; c++) {
        if (!within(r, c)) continue;
        const v = cellValue(tab.cells[r]?.[c] ?? null);
        if (typeof v === 'number' && matches(cf, v)) look[r][c].style = { ...look[r][c].style, ...cf.style };
      }
    }
  }
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of tab.merges) {
    spans.set(`${m.r0},${m.c0}`, { rows: m.r1 - m.r0 + 1, cols: m.c1 - m.c0 + 1 });
    for (let r = m.r0; r <= m.r1; r++)
      for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
  }
  const table = doc.createElement('table');
  table.className = 'tab-table';
  table.dataset.tabKey = tab.key;
  const colgroup = doc.createElement('colgroup');
  for (let c = 0; c < cols; c++) {
    const col = doc.createElement('col');
    const w = tab.colWidths[c];
    col.style.width = `${Math.round((w ?? 10) * 7 + 10)}px`;
    colgroup.append(col);
  }
  table.append(colgroup);
  const tbody = doc.createElement('tbody');
  for (let r = 0; r < rows; r++) {
    const tr = doc.createElement('tr');
    if (r < tab.freeze.rows) tr.className = 'frozen';
    for (let c = 0; c < cols; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const cell = tab.cells[r]?.[c] ?? null;
      const td = doc.createElement('td');
      const span = spans.get(key);
      if (span) {
        td.rowSpan = span.rows;
        td.colSpan = span.cols;
      }
      const l = look[r][c];
      const text = displayText(cell, l.numFmt);
      // Data text stays text: textContent never interprets it (a name "=HYPERLINK(…)" is a name).
      td.textContent = text;
      const v = cellValue(cell);
      const style = css(l.style);
      td.setAttribute(
        'style',
        `${typeof v === 'number' && !l.style.hAlign ? 'text-align:right;' : ''}${style}`,
      );
      if (cell !== null && typeof cell === 'object') td.title = cell.formula;
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(tbody);
  return table;
}
