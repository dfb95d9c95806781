/**
 * The tabs Sales Review owns in a workbook: listed in a hidden defined name, so a later run
 * replaces them and never touches a user tab (a clashing user tab makes the new one take a suffix).
 */
import type { DefinedName, WorkbookPart } from '../ooxml';

/** Hidden workbook name listing the tabs Sales Review owns ("name|name|…"). */
export const OWNED_NAME = 'SalesReview.OwnedTabs';

/**
 * The tab names an earlier run recorded as owned.
 * @example ownedTabs(parseWorkbook(xml)) // ['复盘-总览', '复盘-季度']
 */
export function ownedTabs(workbook: WorkbookPart): string[] {
  const d = workbook.definedNames.find((n) => n.name === OWNED_NAME);
  if (!d) return [];
  const v = d.value.replace(/^"|"$/g, '').replace(/""/g, '"');
  return v.length > 0 ? v.split('|') : [];
}

/**
 * The defined name recording `names` as owned (a string constant, hidden).
 * @example ownedName(['复盘-总览']).value // '"复盘-总览"'
 */
export function ownedName(names: readonly string[]): DefinedName {
  return {
    name: OWNED_NAME,
    value: `"${names.join('|').replace(/"/g, '""')}"`,
    localSheetId: null,
    attrs: { hidden: '1' },
  };
}

/**
 * A tab name not clashing (case-insensitively) with `taken`: "名称", then "名称 (2)" …, ≤ 31 chars.
 * @example uniqueName('Data', ['data']) // 'Data (2)'
 */
export function uniqueName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Names the new tabs will get: owned tabs are replaced, user tabs keep theirs.
 * @example plannedNames(workbook, ['复盘-总览']) // ['复盘-总览 (2)'] when a user tab has that name
 */
export function plannedNames(workbook: WorkbookPart, wanted: readonly string[]): string[] {
  const owned = new Set(ownedTabs(workbook));
  const taken = workbook.sheets.map((s) => s.name).filter((n) => !owned.has(n));
  const out: string[] = [];
  for (const w of wanted) out.push(uniqueName(w, [...taken, ...out]));
  return out;
}
