/**
 * Lists the worksheets with their used-range sizes (all used ranges in one round trip) and whether
 * each is hidden: Worksheet.visibility is 'Visible', 'Hidden' or 'VeryHidden'
 * (https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility). A hidden sheet is
 * listed so it can be chosen, never combined by default (core/table/split/plan.ts).
 */
import type { SheetInfo } from '../core/host';
import type { RunFn, SettingsBag } from './office-env';
import { markerOf, ownedIds, queueMarker, readOwned } from './owned-registry';

/**
 * Two round trips whatever the number of sheets: the list, then every used range together (with
 * every marker, when `markers`: ExcelApi 1.12).
 * @example const sheets = await listSheets(Excel.run, Office.context.document.settings, true);
 */
export function listSheets(run: RunFn, settings: SettingsBag, markers: boolean): Promise<SheetInfo[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/id,items/visibility');
    const active = ctx.workbook.worksheets.getActiveWorksheet();
    active.load('id');
    await ctx.sync();
    const all = sheets.items;
    const used = all.map((s) => {
      const r = s.getUsedRangeOrNullObject(true);
      r.load('rowCount,columnCount');
      return r;
    });
    const marks = markers ? all.map(queueMarker) : null;
    await ctx.sync();
    const owned = ownedIds(
      readOwned(settings),
      all.map((s, i) => ({ id: s.id, name: s.name, marker: marks ? markerOf(marks[i]) : undefined })),
    );
    return all.map((s, i) => ({
      name: s.name,
      rows: used[i].isNullObject ? 0 : used[i].rowCount,
      cols: used[i].isNullObject ? 0 : used[i].columnCount,
      isActive: s.id === active.id,
      owned: owned.has(s.id),
      hidden: s.visibility !== 'Visible',
    }));
  });
}
