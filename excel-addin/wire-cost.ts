/**
 * What one queued operation adds to the request Office.js sends, in bytes. Measured on the request
 * bodies Microsoft's own client library builds (test/excel-addin/office-js: the library run in
 * Node against a local server): every range the renderer addresses is an object path plus its
 * instantiate and keep-reference actions (~330 bytes), every object reached through it
 * (`format`, `font`, `borders.getItem(…)`) another path (~140), every property set or method call
 * an action (~100) plus its JSON argument. The batcher adds these up against Excel's 5 MB cap.
 */
import type { ChartSpec, ConditionalFormat, Style } from '../core/sheetdoc';
import { payloadBytes } from './limits';

export const WIRE = { range: 330, hop: 140, action: 100 } as const;

/**
 * Bytes of an operation on one range: `hops` objects reached, `actions` sets or calls, plus the
 * JSON of what it sends.
 * @example rangeOpBytes(1, 1) // 570 (a column width)
 */
export function rangeOpBytes(hops: number, actions: number, payload?: unknown): number {
  return (
    WIRE.range + hops * WIRE.hop + actions * WIRE.action + (payload === undefined ? 0 : payloadBytes(payload))
  );
}

/**
 * Bytes `applyStyle` sends for a style (render-style.ts sets exactly these).
 * @example styleBytes({ bold: true }) // 710: range, format, font, one set
 */
export function styleBytes(s: Style): number {
  const font = [s.bold, s.italic, s.fontSize, s.fontColor || undefined].filter((v) => v !== undefined).length;
  const onFormat = [s.hAlign, s.wrap].filter((v) => v !== undefined).length + (s.hAlign || s.wrap ? 1 : 0);
  const edges = (s.borderBottom ? 2 : 0) + (s.borderTop ? 2 : 0);
  const hops = 1 + (font > 0 ? 1 : 0) + (s.fill ? 1 : 0) + (edges > 0 ? 1 + edges : 0);
  return rangeOpBytes(hops, font + onFormat + (s.fill ? 1 : 0) + edges * 2, [s.fontColor, s.fill]);
}

/**
 * Bytes `addConditionalFormat` sends: the add, the rule and the format it sets.
 * @example conditionalFormatBytes(cf) // ~1,330
 */
export function conditionalFormatBytes(cf: ConditionalFormat): number {
  const sets = 1 + [cf.style.fontColor, cf.style.bold, cf.style.fill].filter((v) => v !== undefined).length;
  return rangeOpBytes(5, sets + 1, cf.values);
}

/**
 * Bytes `addChart` sends: the add with its source range, each series' ranges and properties,
 * title, legend, position and size.
 * @example chartBytes(spec) // ~2,900 for a two-series Pareto
 */
export function chartBytes(spec: ChartSpec): number {
  const perSeries = 2 * WIRE.hop + 2 * WIRE.range + 6 * WIRE.action;
  return (
    rangeOpBytes(4, 8, spec.title) + // add + source, title, legend, axes, size
    spec.series.length * (perSeries + payloadBytes(spec.series.map((s) => s.name))) +
    rangeOpBytes(0, 1) // the position cell
  );
}
