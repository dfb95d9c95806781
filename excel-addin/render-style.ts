/** Translates SheetDoc styles and conditional formats into Office.js format calls (no content decisions). */
import type { ConditionalFormat, HAlign, Style } from '../core/sheetdoc/types';

// String literals, not Excel.* enums: the enums are runtime objects of office.js, absent in tests.
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const satisfies Record<HAlign, string>;

/**
 * Applies a style to a range's format (font, fill, alignment, wrap, thin borders per cell).
 * @example applyStyle(range, { bold: true, fill: '#1F4E78' });
 */
export function applyStyle(range: Excel.Range, s: Style): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize !== undefined) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  // As the file host does: aligned or wrapped cells sit mid-row beside their wrapped neighbours.
  if (s.hAlign || s.wrap) f.verticalAlignment = 'Center';
  // "each cell of the range": the outer edge plus the inside lines between rows
  if (s.borderBottom) thinBorders(range, ['EdgeBottom', 'InsideHorizontal']);
  if (s.borderTop) thinBorders(range, ['EdgeTop', 'InsideHorizontal']);
}

function thinBorders(range: Excel.Range, edges: ('EdgeBottom' | 'EdgeTop' | 'InsideHorizontal')[]): void {
  for (const edge of edges) {
    const b = range.format.borders.getItem(edge);
    b.style = 'Continuous';
    b.weight = 'Thin';
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
