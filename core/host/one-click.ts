/**
 * The one-click run (Excel's ribbon button, the Sheets menu): the settings saved in the document —
 * or, the first time, the defaults in the host's language — on the saved sheet or the active one
 * (never a review tab), then generateReview. Saved settings that no longer validate stop the run
 * (BAD_SETTINGS) rather than being replaced behind the user's back.
 */
import { langFromLocale, type Lang } from '../i18n';
import { ReviewSettingsSchema, type ReviewSettings } from '../settings';
import { generateReview, type GenerateOptions, type GenerateResult } from './generate';
import type { Host } from './port';

/** A one-click run's end: the language to speak and the result (BAD_SETTINGS, NO_DATA_SHEET too). */
export interface OneClick {
  lang: Lang;
  /** The settings the run used (null when it stopped before choosing them). */
  settings: ReviewSettings | null;
  result: GenerateResult;
}

/**
 * The settings a one-click run uses, or why it cannot run.
 * @example await settingsForRun(host) // { settings } | { problem: 'fiscalStartMonth: …' }
 */
export async function settingsForRun(
  host: Host,
): Promise<{ settings: ReviewSettings } | { problem: string }> {
  const raw = await host.loadSettings();
  if (raw === null || raw === undefined)
    return { settings: ReviewSettingsSchema.parse({ language: langFromLocale(host.displayLanguage()) }) };
  const parsed = ReviewSettingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data };
  return {
    problem: parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`)
      .join('; '),
  };
}

/**
 * Runs the one-click review.
 * @example const { lang, result } = await oneClickReview(host, { runReview });
 */
export async function oneClickReview(host: Host, o: GenerateOptions): Promise<OneClick> {
  const loaded = await settingsForRun(host);
  if ('problem' in loaded) {
    const lang = langFromLocale(host.displayLanguage());
    const params = { detail: loaded.problem };
    return {
      lang,
      settings: null,
      result: { ok: false, code: 'BAD_SETTINGS', detail: loaded.problem, params, cancelled: false },
    };
  }
  const settings = loaded.settings;
  let sheet = settings.sheet;
  if (!sheet) {
    const active = (await host.listSheets()).find((s) => s.isActive);
    if (!active || active.owned)
      return {
        lang: settings.language,
        settings,
        result: {
          ok: false,
          code: 'NO_DATA_SHEET',
          detail: active?.name ?? '',
          params: {},
          cancelled: false,
        },
      };
    sheet = active.name;
  }
  const run = { ...settings, sheet };
  return { lang: settings.language, settings: run, result: await generateReview(host, run, o) };
}
