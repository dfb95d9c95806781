/**
 * The render plan's style runs and conditional formats as Office.js format calls, one run at a time
 * (the runs never overlap, so the order does not matter). Nothing here decides a look.
 */
import type { AlignLook, BorderLook, ConditionalFormat, FontLook, HAlign } from '../core/sheetdoc';

// String literals, not Excel.* enums: the enums are runtime objects of office.js, absent in tests.
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const satisfies Record<HAlign, string>;

/**
 * Font of a run: only what differs from the tab's default font.
 * @example applyFont(range, { bold: true, italic: false, size: 11, color: null }, 11);
 */
export function applyFont(range: Excel.Range, f: FontLook, defaultSize: number): void {
  const font = range.format.font;
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.size !== defaultSize) font.size = f.size;
  if (f.color) font.color = f.color;
}

/**
 * Alignment of a run: horizontal, wrapping, and mid-row vertical placement.
 * @example applyAlign(range, { h: 'center', middle: true, wrap: true });
 */
export function applyAlign(range: Excel.Range, a: AlignLook): void {
  const f = range.format;
  if (a.h) f.horizontalAlignment = H_ALIGN[a.h];
  if (a.wrap) f.wrapText = true;
  if (a.middle) f.verticalAlignment = 'Center';
}

/**
 * Thin borders at the top / bottom of each cell of a run: the outer edge plus the inside lines.
 * @example applyBorders(range, { top: true, bottom: false }, '#BFBFBF');
 */
export function applyBorders(range: Excel.Range, b: BorderLook, color: string): void {
  const edges: ('EdgeTop' | 'EdgeBottom' | 'InsideHorizontal')[] = [];
  if (b.top) edges.push('EdgeTop');
  if (b.bottom) edges.push('EdgeBottom');
  edges.push('InsideHorizontal');
  for (const edge of edges) {
    const line = range.format.borders.getItem(edge);
    line.style = 'Continuous';
    line.weight = 'Thin';
    line.color = color;
  }
}

const OPERATOR = {
  lessThan: 'LessThan',
  greaterThan: 'GreaterThan',
  lessThanOrEqual: 'LessThanOrEqual',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  between: 'Between',
} as const satisfies Record<ConditionalFormat['op'], string>;

/**
 * Adds a cell-value conditional format (thresholds are the stored values, e.g. 0.95 for 95%).
 * @example addConditionalFormat(range, { kind: 'cellIs', op: 'lessThan', values: [0], style: { fontColor: '#C00000' }, range: r });
 */
export function addConditionalFormat(range: Excel.Range, cf: ConditionalFormat): void {
  const c = range.conditionalFormats.add('CellValue');
  const rule: Excel.ConditionalCellValueRule = { formula1: String(cf.values[0]), operator: OPERATOR[cf.op] };
  if (cf.op === 'between') rule.formula2 = String(cf.values[1] ?? cf.values[0]);
  c.cellValue.rule = rule;
  if (cf.style.fontColor) c.cellValue.format.font.color = cf.style.fontColor;
  if (cf.style.bold !== undefined) c.cellValue.format.font.bold = cf.style.bold;
  if (cf.style.fill) c.cellValue.format.fill.color = cf.style.fill;
}
