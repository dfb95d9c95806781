/**
 * Which worksheets Sales Review owns, kept in the document settings by worksheet id AND name.
 * Office.js promises a worksheet id only within a session (Excel desktop renumbers ids such as
 * {00000000-0001-0000-0003-000000000000} when a file is reopened; OfficeDev/office-js#1390), so an
 * id alone could later point at one of the user's sheets. A sheet counts as ours only while both
 * its id and its name are the ones recorded: a user's copy (new id) or a tab the user renamed is
 * the user's, and is never replaced.
 */
import { errorText } from './host-error';
import type { SettingsBag } from './office-env';

export const OWNED_TABS_KEY = 'salesReview.ownedTabs';

export interface OwnedTab {
  /** Worksheet id (stable across renames). */
  id: string;
  /** SheetDoc tab key, e.g. "overview". */
  key: string;
  /** The name it was written under. */
  name: string;
}

/**
 * The owned tabs recorded in the document; malformed entries are ignored.
 * @example readOwned(Office.context.document.settings) // [{ id: '{...}', key: 'overview', name: '复盘-总览' }]
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
      typeof x.name === 'string',
  );
}

/**
 * Ids of the sheets that are ours: the recorded id with the recorded name (case-insensitive, as
 * Excel compares sheet names).
 * @example ownedIds(readOwned(settings), [{ id: '{A}', name: 'Review - Overview' }]) // Set { '{A}' }
 */
export function ownedIds(
  owned: readonly OwnedTab[],
  sheets: readonly { id: string; name: string }[],
): Set<string> {
  const recorded = new Map(owned.map((o) => [o.id, o.name.toLowerCase()]));
  return new Set(sheets.filter((s) => recorded.get(s.id) === s.name.toLowerCase()).map((s) => s.id));
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
