/**
 * The last edits of the workbook index: the owned-tabs record and print titles of the added
 * tabs, and a full recalculation when the file is opened (the calculation chain is dropped: it
 * may name cells of removed tabs, and Excel rebuilds it).
 */
import { removeOverride } from '../ooxml/content-types-part';
import { OWNED_NAME, ownedName } from './owned-tabs';
import { targetOf, type WorkbookEdit } from './workbook-edit';

/**
 * Records `names` as owned, with rows to repeat when printing (`printTitleRows` per tab).
 * @example recordOwned(edit, ['复盘-总览'], new Map([['复盘-总览', 3]]));
 */
export function recordOwned(
  edit: WorkbookEdit,
  names: readonly string[],
  printTitleRows: ReadonlyMap<string, number>,
): void {
  const wb = edit.workbook;
  const titles = names.flatMap((n) => {
    const rows = printTitleRows.get(n) ?? 0;
    const index = wb.sheets.findIndex((s) => s.name === n);
    return rows > 0 && index >= 0
      ? [
          {
            name: '_xlnm.Print_Titles',
            value: `'${n.replace(/'/g, "''")}'!$1:$${rows}`,
            localSheetId: index,
            attrs: {},
          },
        ]
      : [];
  });
  wb.definedNames = [...wb.definedNames.filter((d) => d.name !== OWNED_NAME), ...titles, ownedName(names)];
}

/**
 * Asks for a full recalculation on open and drops the calculation chain.
 * @example recalcOnLoad(edit);
 */
export function recalcOnLoad(edit: WorkbookEdit): void {
  edit.workbook.fullCalcOnLoad = true;
  for (const chain of edit.rels.rels.filter((r) => r.type.endsWith('/calcChain'))) {
    const path = targetOf(edit, chain.id);
    if (path !== null) {
      edit.pkg.remove(path);
      removeOverride(edit.types, path);
    }
    edit.rels.rels = edit.rels.rels.filter((r) => r !== chain);
  }
}
