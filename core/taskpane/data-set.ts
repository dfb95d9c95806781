/**
 * The Data step's view of a split workbook (no DOM): the sheets that share the chosen sheet's
 * header (from the 30-row previews the wizard reads of every sheet), each with its rows and whether
 * it is ticked, and the sheets left out because their header differs. A hidden sheet with the same
 * header (an old copy, usually) is offered unticked: it joins only when the user ticks it.
 */
import { planSplit, sheetHead, type Grid } from '../table';

/** The sheets offered as one data set with the chosen sheet, and the ones left out. */
export interface DataSetChoice {
  sheets: { name: string; rows: number; ticked: boolean; chosen: boolean; hidden: boolean }[];
  leftOut: string[];
}

/**
 * The data set around `chosen`, or null when no other sheet shares its header.
 * @example dataSetChoice(sheets, previews, 'Sheet1', null, [])?.sheets.map((s) => s.name) // ['Sheet1', 'Sheet2']
 */
export function dataSetChoice(
  sheets: readonly { name: string; rows: number; owned: boolean; hidden?: boolean }[],
  previews: ReadonlyMap<string, Grid>,
  chosen: string,
  ticked: readonly string[] | 'all' | null,
  ignore: readonly string[],
): DataSetChoice | null {
  const candidates = sheets.filter((s) => !s.owned && s.rows > 0 && previews.has(s.name));
  const planned = planSplit(
    candidates.map((s) => ({ name: s.name, grid: previews.get(s.name)!, hidden: s.hidden === true })),
    { primary: chosen, ignore },
  );
  if (!planned.ok) return null;
  const hiddenSame = new Set(planned.plan.leftOut.filter((l) => l.reason === 'hidden').map((l) => l.name));
  const used = new Set(planned.plan.used.map((h) => h.name));
  if (used.size + hiddenSame.size < 2) return null;
  const info = new Map(sheets.map((s) => [s.name, s]));
  const headerRow = new Map(planned.plan.used.map((h) => [h.name, h.headerRow]));
  // Tab order, the hidden copies where they sit.
  const offered = candidates.filter((s) => used.has(s.name) || hiddenSame.has(s.name));
  return {
    sheets: offered.map((s) => {
      const hidden = hiddenSame.has(s.name);
      const head = headerRow.get(s.name) ?? sheetHead(s.name, previews.get(s.name)!).headerRow;
      return {
        name: s.name,
        // The used range's rows below the header (the preview holds only the first 30).
        rows: Math.max(0, (info.get(s.name)?.rows ?? 0) - head - 1),
        ticked: hidden
          ? ticked === 'all' || (Array.isArray(ticked) && ticked.includes(s.name))
          : s.name === chosen || !Array.isArray(ticked) || ticked.includes(s.name),
        chosen: s.name === chosen,
        hidden,
      };
    }),
    leftOut: planned.plan.leftOut.filter((l) => l.reason === 'header').map((l) => l.name),
  };
}

/**
 * The draft's `sheets` after ticking or unticking one: null while exactly the visible sheets are
 * ticked (so a sheet added later with the same header joins on the next refresh), 'all' when the
 * hidden ones are ticked too, else the ticked ones.
 * @example tickSheet(choice, 'Sheet2', false) // ['Sheet1']
 */
export function tickSheet(choice: DataSetChoice, name: string, on: boolean): string[] | 'all' | null {
  const ticked = choice.sheets
    .filter((s) => (s.name === name ? on || s.chosen : s.ticked))
    .map((s) => s.name);
  const isTicked = new Set(ticked);
  const hidden = choice.sheets.filter((s) => s.hidden);
  const visibleAll = choice.sheets.filter((s) => !s.hidden).every((s) => isTicked.has(s.name));
  if (visibleAll && hidden.every((s) => !isTicked.has(s.name))) return null;
  if (visibleAll && hidden.length > 0 && hidden.every((s) => isTicked.has(s.name))) return 'all';
  return ticked;
}
