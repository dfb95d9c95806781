/**
 * The Data step's view of a split workbook (no DOM): the sheets that share the chosen sheet's
 * header (from the 30-row previews the wizard reads of every sheet), each with its rows and whether
 * it is ticked, and the sheets left out because their header differs.
 */
import { planSplit, type Grid } from '../table';

/** The sheets offered as one data set with the chosen sheet, and the ones left out. */
export interface DataSetChoice {
  sheets: { name: string; rows: number; ticked: boolean; chosen: boolean }[];
  leftOut: string[];
}

/**
 * The data set around `chosen`, or null when no other sheet shares its header.
 * @example dataSetChoice(sheets, previews, 'Sheet1', null, [])?.sheets.map((s) => s.name) // ['Sheet1', 'Sheet2']
 */
export function dataSetChoice(
  sheets: readonly { name: string; rows: number; owned: boolean }[],
  previews: ReadonlyMap<string, Grid>,
  chosen: string,
  ticked: readonly string[] | 'all' | null,
  ignore: readonly string[],
): DataSetChoice | null {
  const candidates = sheets.filter((s) => !s.owned && s.rows > 0 && previews.has(s.name));
  const planned = planSplit(
    candidates.map((s) => ({ name: s.name, grid: previews.get(s.name)! })),
    { primary: chosen, ignore },
  );
  if (!planned.ok || planned.plan.used.length < 2) return null;
  const rowsOf = new Map(sheets.map((s) => [s.name, s.rows]));
  return {
    sheets: planned.plan.used.map((h) => ({
      name: h.name,
      // The used range's rows below the header (the preview holds only the first 30).
      rows: Math.max(0, (rowsOf.get(h.name) ?? 0) - h.headerRow - 1),
      ticked: h.name === chosen || !Array.isArray(ticked) || ticked.includes(h.name),
      chosen: h.name === chosen,
    })),
    leftOut: planned.plan.leftOut.filter((l) => l.reason === 'header').map((l) => l.name),
  };
}

/**
 * The draft's `sheets` after ticking or unticking one: null while every sheet is ticked (so a sheet
 * added later with the same header joins on the next refresh), else the ticked ones.
 * @example tickSheet(choice, 'Sheet2', false) // ['Sheet1']
 */
export function tickSheet(choice: DataSetChoice, name: string, on: boolean): string[] | null {
  const ticked = choice.sheets
    .filter((s) => (s.name === name ? on || s.chosen : s.ticked))
    .map((s) => s.name);
  return ticked.length === choice.sheets.length ? null : ticked;
}
