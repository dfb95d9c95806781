/** Lists the visible worksheets with their used-range sizes (all used ranges in one round trip). */
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
    const visible = sheets.items.filter((s) => s.visibility === 'Visible');
    const used = visible.map((s) => {
      const r = s.getUsedRangeOrNullObject(true);
      r.load('rowCount,columnCount');
      return r;
    });
    const marks = markers ? visible.map(queueMarker) : null;
    await ctx.sync();
    const owned = ownedIds(
      readOwned(settings),
      visible.map((s, i) => ({ id: s.id, name: s.name, marker: marks ? markerOf(marks[i]) : undefined })),
    );
    return visible.map((s, i) => ({
      name: s.name,
      rows: used[i].isNullObject ? 0 : used[i].rowCount,
      cols: used[i].isNullObject ? 0 : used[i].columnCount,
      isActive: s.id === active.id,
      owned: owned.has(s.id),
    }));
  });
}
