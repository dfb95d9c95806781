/**
 * Before a refresh replaces the review tabs, reads the tabs with notes (findings, plan) that an
 * earlier run wrote, and carries the user's cells into the new ones (core/sheetdoc/notes). Owned
 * tabs only: a tab the user renamed or copied is theirs and is never replaced.
 */
import { CATALOGUE, LANGS, type Lang } from '../i18n';
import { carryNotes, type PreviousTab, type SheetDoc, type TabDoc } from '../sheetdoc';
import type { CellValue, Grid } from '../table';
import type { GridRead, Host } from './port';

/**
 * Names a tab may have been written under: its name now, and its name in every other language.
 * @example previousTabNames(findingsTab) // ["复盘-问题与亮点", "復盤-問題與亮點", "Review - Findings"]
 */
export function previousTabNames(tab: TabDoc): string[] {
  const byLang = (CATALOGUE as Readonly<Record<string, Readonly<Record<Lang, string>> | undefined>>)[
    `SD_TAB_${tab.key}`
  ];
  const names = [tab.name];
  for (const lang of LANGS) {
    const n = byLang?.[lang];
    if (n !== undefined && !names.includes(n)) names.push(n);
  }
  return names;
}

/** Top-left (0-based) of an A1 address such as "B3:K40" or "'Tab'!A1:C9". */
function origin(address: string): { row: number; col: number } {
  const m = /([A-Z]+)(\d+)/.exec(address.replace(/^.*!/, '').toUpperCase());
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A read block placed at A1 (a used range need not start there). */
function anchored(grid: Grid, at: { row: number; col: number }): Grid {
  if (at.row === 0 && at.col === 0) return grid;
  const pad = new Array<CellValue>(at.col).fill(null);
  return [...new Array<CellValue[]>(at.row).fill([]), ...grid.map((r) => [...pad, ...r])];
}

/**
 * The previous tab as carryNotes reads it.
 * @example previousTab(await host.readGrid('复盘-问题与亮点', { asTyped: true }))
 */
export function previousTab(read: GridRead): PreviousTab {
  const at = origin(read.address);
  return {
    grid: anchored(read.grid, at),
    ...(read.formulas ? { formulas: anchored(read.formulas, at) } : {}),
    ...(read.date1904 ? { date1904: true } : {}),
  };
}

/**
 * The doc with each tab that has notes merged with the owned tab it replaces; the doc itself when
 * no such tab exists (first run). A read that fails fails the run: writing without the previous
 * notes would lose them.
 * @example doc = await withPreviousNotes(host, doc, signal);
 */
export async function withPreviousNotes(
  host: Host,
  doc: SheetDoc,
  signal?: { readonly aborted: boolean },
): Promise<SheetDoc> {
  if (!doc.tabs.some((x) => x.notes)) return doc;
  const owned = (await host.listSheets()).filter((s) => s.owned).map((s) => s.name);
  if (owned.length === 0) return doc;
  const tabs: TabDoc[] = [];
  for (const tab of doc.tabs) {
    const name = tab.notes ? previousTabNames(tab).find((n) => owned.includes(n)) : undefined;
    if (name === undefined) {
      tabs.push(tab);
      continue;
    }
    const read = await host.readGrid(name, { signal, asTyped: true });
    tabs.push(carryNotes(previousTab(read), tab));
  }
  return { ...doc, tabs };
}
