/** Review settings saved in the document (Office document settings), for one-click refresh. */
import type { SettingsBag } from './office-env';
import { saveSettingsBag } from './owned-registry';

export const SETTINGS_KEY = 'salesReview.settings';

/**
 * The raw saved settings (validate with ReviewSettingsSchema), or null when none were saved.
 * @example loadSettingsFrom(Office.context.document.settings) // { version: 1, … } | null
 */
export function loadSettingsFrom(settings: SettingsBag): unknown {
  const raw = settings.get(SETTINGS_KEY);
  if (raw === undefined || raw === null) return null;
  // Stored as JSON text so any client (desktop, web, Mac) round-trips it identically.
  if (typeof raw === 'string') {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  }
  return raw;
}

/**
 * Saves settings into the document and persists them (`saveAsync`).
 * @example await saveSettingsTo(Office.context.document.settings, settings);
 */
export function saveSettingsTo(settings: SettingsBag, value: unknown): Promise<void> {
  settings.set(SETTINGS_KEY, JSON.stringify(value));
  return saveSettingsBag(settings);
}
