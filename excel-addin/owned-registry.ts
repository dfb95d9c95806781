/**
 * Which worksheets Sales Review owns, kept in the document settings by worksheet id (ids survive
 * renames; a user's copy of an owned tab gets a new id and so stays the user's).
 */
import { errorText } from './host-error';
import type { SettingsBag } from './office-env';

export const OWNED_TABS_KEY = 'salesReview.ownedTabs';

export interface OwnedTab {
  /** Worksheet id (stable across renames). */
  id: string;
  /** SheetDoc tab key, e.g. "overview". */
  key: string;
}

/**
 * The owned tabs recorded in the document; malformed entries are ignored.
 * @example readOwned(Office.context.document.settings) // [{ id: '{...}', key: 'overview' }]
 */
export function readOwned(settings: SettingsBag): OwnedTab[] {
  const raw = settings.get(OWNED_TABS_KEY);
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (x): x is OwnedTab =>
      typeof x === 'object' && x !== null && typeof x.id === 'string' && typeof x.key === 'string',
  );
}

/**
 * Records the owned tabs and persists the settings.
 * @example await writeOwned(settings, [{ id: '{...}', key: 'overview' }]);
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
