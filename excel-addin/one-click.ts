/**
 * The one-click review behind the ribbon button: the document's saved settings (or the detected
 * defaults on the active sheet) → read → core pipeline → write. Returns a localized outcome; the
 * caller decides how to show it.
 */
import { langFromLocale } from '../core/i18n';
import { excelText } from './messages';
import type { Lang } from '../core/i18n';
import { lastRunOf, runReview } from '../core/pipeline';
import { ReviewSettingsSchema } from '../core/settings';
import type { ReviewSettings } from '../core/settings';
import type { GridRead } from '../core/host';
import type { Grid } from '../core/table';
import { errorText, HostError } from './host-error';
import type { ExcelHost } from './host';
import { checkRequirements } from './requirements';
import type { OfficeApi } from './office-env';

export type OneClickOutcome =
  { ok: true; message: string; tabs: { key: string; name: string }[] } | { ok: false; message: string };

/**
 * Saved settings when valid, defaults in the UI language when none are saved, and an error when
 * the saved ones do not validate (edited by hand, saved by a newer version): those are shown, not
 * replaced behind the user's back.
 */
async function settingsFor(host: ExcelHost): Promise<{ settings: ReviewSettings } | { error: string }> {
  const raw = await host.loadSettings();
  const fallback = ReviewSettingsSchema.parse({ language: langFromLocale(host.displayLanguage()) });
  if (raw === null) return { settings: fallback };
  const parsed = ReviewSettingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data };
  const detail = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`)
    .join('; ');
  return { error: excelText('EXCEL_BAD_SETTINGS', fallback.language, { detail }) };
}

async function read(host: ExcelHost, sheet: string, lang: Lang): Promise<GridRead | string> {
  try {
    return await host.readGrid(sheet);
  } catch (e) {
    if (e instanceof HostError && e.code === 'SHEET_NOT_FOUND')
      return excelText('EXCEL_SHEET_NOT_FOUND', lang, { sheet });
    if (e instanceof HostError && e.code === 'TOO_LARGE') {
      const { address = '', cells = '', limit = '' } = e.params;
      return excelText('EXCEL_TOO_LARGE', lang, { sheet, address, cells, limit });
    }
    return excelText('EXCEL_READ_FAILED', lang, { sheet, message: errorText(e) });
  }
}

/**
 * Runs a whole review in the open workbook.
 * @example const outcome = await oneClickReview(new ExcelHost(realEnv()), Office);
 */
export async function oneClickReview(host: ExcelHost, office: OfficeApi): Promise<OneClickOutcome> {
  const loaded = await settingsFor(host);
  if ('error' in loaded) return { ok: false, message: loaded.error };
  const { settings } = loaded;
  const lang = settings.language;
  const req = checkRequirements(office, lang);
  if (!req.ok) return { ok: false, message: req.message };

  const sheet = settings.sheet ?? (await host.activeSheetName());
  const data = await read(host, sheet, lang);
  if (typeof data === 'string') return { ok: false, message: data };
  let targetGrid: Grid | undefined;
  if (settings.targets.kind === 'sheet') {
    const tg = await read(host, settings.targets.sheet, lang);
    if (typeof tg === 'string') return { ok: false, message: tg };
    targetGrid = tg.grid;
  }

  const review = await runReview(data.grid, settings, { sheet, targetGrid, date1904: data.date1904 });
  if (!review.ok)
    return { ok: false, message: excelText('EXCEL_REVIEW_FAILED', lang, { message: review.message }) };

  const written = await host.writeSheetDoc(review.doc);
  if (!written.ok && written.code === 'BUSY') return { ok: false, message: excelText('EXCEL_BUSY', lang) };
  if (!written.ok)
    return { ok: false, message: excelText('EXCEL_WRITE_FAILED', lang, { message: written.message }) };
  // Remember the sheet (first run on defaults) and this run, which the wizard shows on reopening.
  // The tabs are written: a settings store that fails must not turn the run into a failure.
  const lastRun = lastRunOf(
    review.model,
    written.tabs.map((x) => x.name),
    lang,
    Date.now(),
  );
  await host.saveSettings({ ...settings, sheet, lastRun }).catch(() => undefined);
  const first = written.tabs[0]?.name ?? '';
  const done = excelText('EXCEL_REVIEW_DONE', lang, { count: written.tabs.length, first });
  const dropped = written.chartsDropped ?? 0;
  return {
    ok: true,
    tabs: written.tabs,
    message: dropped > 0 ? `${done} ${excelText('EXCEL_CHARTS_DROPPED', lang, { count: dropped })}` : done,
  };
}
