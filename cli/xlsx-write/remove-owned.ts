/**
 * Removes the tabs an earlier run wrote (listed as owned): their sheet parts with the drawings and
 * charts hanging off them, their relationships and content types; names local to them go, names
 * local to later tabs, the active tab and the first visible tab are re-indexed.
 */
import { parseRels, relsPathOf, resolveTarget } from '../ooxml';
import { removeOverride } from '../ooxml/content-types-part';
import { ownedTabs } from './owned-tabs';
import { targetOf, type WorkbookEdit } from './workbook-edit';

/** Removes a part with the drawings and charts it alone points to (the ones a review tab has). */
function removePartTree(edit: WorkbookEdit, path: string): void {
  const relsPath = relsPathOf(path);
  const relsXml = edit.pkg.text(relsPath);
  for (const r of relsXml === null ? [] : parseRels(relsXml).rels) {
    if (r.targetMode !== 'External' && /\/(drawing|chart|chartUserShapes)$/.test(r.type))
      removePartTree(edit, resolveTarget(path, r.target));
  }
  edit.pkg.remove(path);
  edit.pkg.remove(relsPath);
  removeOverride(edit.types, path);
}

/**
 * Removes the owned tabs; returns their names.
 * @example removeOwnedTabs(edit) // ['复盘-总览', …]
 */
export function removeOwnedTabs(edit: WorkbookEdit): string[] {
  const wb = edit.workbook;
  const owned = new Set(ownedTabs(wb));
  const before = wb.sheets;
  const keep = before.filter((s) => !owned.has(s.name));
  if (keep.length === before.length) return [];
  for (const s of before) {
    if (!owned.has(s.name)) continue;
    const path = targetOf(edit, s.relId);
    edit.rels.rels = edit.rels.rels.filter((r) => r.id !== s.relId);
    if (path !== null) removePartTree(edit, path);
  }
  const newIndex = before.map((s) => keep.indexOf(s));
  const moved = (i: number): number => Math.max(0, newIndex[i] ?? 0);
  wb.definedNames = wb.definedNames
    .filter((d) => d.localSheetId === null || (newIndex[d.localSheetId] ?? -1) >= 0)
    .map((d) => (d.localSheetId === null ? d : { ...d, localSheetId: newIndex[d.localSheetId] }));
  wb.activeTab = moved(wb.activeTab);
  wb.firstSheet = moved(wb.firstSheet);
  wb.sheets = keep;
  return before.filter((s) => owned.has(s.name)).map((s) => s.name);
}
