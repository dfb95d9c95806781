/**
 * Which worksheets Sales Review owns. Two records, both needed:
 * - the registry in the document settings: per written tab its key, the name it was written under,
 *   its worksheet id, and (ExcelApi 1.12) the marker value written on it;
 * - the marker: a worksheet custom property (`SalesReview.Tab`) on each written tab, holding the tab
 *   key and the id of the write. It travels with the sheet, so it survives the workbook being
 *   closed and reopened, and also a copy the user makes of the tab (Excel copies custom
 *   properties) — which is why a marker alone never makes a sheet ours.
 *
 * The rule: a sheet is ours when its name is the recorded name (case-insensitive, as Excel
 * compares sheet names) AND it carries the recorded marker. Excel gives a copy a new name when it
 * is made ("复盘-总览 (2)"), so the copy never matches; the original keeps name and marker across
 * sessions, so it matches even when Excel renumbered the worksheet ids on reopening. A tab the
 * user renamed is the user's.
 *
 * Fallback, where markers cannot be read (no ExcelApi 1.12) or a tab was recorded without one (an
 * earlier version wrote it): the recorded worksheet id with the recorded name. Office.js promises a
 * worksheet id only within a session (Excel desktop renumbers ids such as
 * {00000000-0001-0000-0003-000000000000} when a file is reopened; OfficeDev/office-js#1390), so an
 * id alone could later point at one of the user's sheets; with the name as well it never does, at
 * worst a reopened review tab is no longer recognised (it stays, as the user's).
 */
import { errorText } from '../core/host';
import type { SettingsBag } from './office-env';

export const OWNED_TABS_KEY = 'salesReview.ownedTabs';

/** Worksheet custom property key of the marker (keys are case-insensitive, at most 255 chars). */
export const MARKER_PROPERTY = 'SalesReview.Tab';

export interface OwnedTab {
  /** Worksheet id (stable across renames, not across sessions). */
  id: string;
  /** SheetDoc tab key, e.g. "overview". */
  key: string;
  /** The name it was written under. */
  name: string;
  /** The marker value written on the sheet; absent when markers were not available. */
  marker?: string;
}

/** A worksheet as listed in a round trip. */
export interface ListedSheet {
  id: string;
  name: string;
  /** Its marker value; null when it has none; undefined when markers were not read. */
  marker?: string | null;
}

/**
 * The owned tabs recorded in the document; malformed entries are ignored.
 * @example readOwned(Office.context.document.settings) // [{ id: '{...}', key: 'overview', name: '复盘-总览', marker: '…' }]
 */
export function readOwned(settings: SettingsBag): OwnedTab[] {
  const raw = settings.get(OWNED_TABS_KEY);
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (x): x is OwnedTab =>
      typeof x === 'object' &&
      x !== null &&
      typeof x.id === 'string' &&
      typeof x.key === 'string' &&
      typeof x.name === 'string' &&
      (x.marker === undefined || typeof x.marker === 'string'),
  );
}

/**
 * The marker value for tab `key` of write `runId`.
 * @example markerValue('k3x9', 'overview') // '{"v":1,"key":"overview","run":"k3x9"}'
 */
export function markerValue(runId: string, key: string): string {
  return JSON.stringify({ v: 1, key, run: runId });
}

/**
 * Ids of the sheets that are ours (see the file comment for the rule).
 * @example ownedIds(readOwned(settings), [{ id: '{A}', name: 'Review - Overview', marker: m }]) // Set { '{A}' }
 */
export function ownedIds(owned: readonly OwnedTab[], sheets: readonly ListedSheet[]): Set<string> {
  const ours = (s: ListedSheet, o: OwnedTab): boolean =>
    o.name.toLowerCase() === s.name.toLowerCase() &&
    (o.marker !== undefined && s.marker !== undefined ? o.marker === s.marker : o.id === s.id);
  return new Set(sheets.filter((s) => owned.some((o) => ours(s, o))).map((s) => s.id));
}

/**
 * Queues reading a sheet's marker (ExcelApi 1.12); read it with `markerOf` after the next sync.
 * @example const m = queueMarker(ws); await ctx.sync(); markerOf(m) // '{"v":1,…}' or null
 */
export function queueMarker(ws: Excel.Worksheet): Excel.WorksheetCustomProperty {
  const p = ws.customProperties.getItemOrNullObject(MARKER_PROPERTY);
  p.load('value');
  return p;
}

/**
 * The marker value loaded by `queueMarker`, or null when the sheet has none.
 * @example markerOf(queued) // null
 */
export function markerOf(p: Excel.WorksheetCustomProperty): string | null {
  return p.isNullObject ? null : p.value;
}

/**
 * Queues writing the marker on a new tab (ExcelApi 1.12).
 * @example writeMarker(ws, markerValue(runId, 'overview'));
 */
export function writeMarker(ws: Excel.Worksheet, value: string): void {
  ws.customProperties.add(MARKER_PROPERTY, value);
}

/**
 * Records the owned tabs and persists the settings.
 * @example await writeOwned(settings, [{ id: '{...}', key: 'overview', name: '复盘-总览' }]);
 */
export function writeOwned(settings: SettingsBag, tabs: OwnedTab[]): Promise<void> {
  settings.set(OWNED_TABS_KEY, tabs);
  return saveSettingsBag(settings);
}

/**
 * Promise wrapper of `settings.saveAsync`.
 * @example await saveSettingsBag(Office.context.document.settings);
 */
export function saveSettingsBag(settings: SettingsBag): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === 'failed') reject(new Error(errorText(result.error ?? 'saveAsync failed')));
      else resolve();
    });
  });
}
