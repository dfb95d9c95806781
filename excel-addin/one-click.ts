/**
 * The one-click review behind the ribbon button: the document's saved settings (or the detected
 * defaults on the active sheet) → read → core pipeline → write. Returns a localized outcome; the
 * caller decides how to show it.
 */
import { langFromLocale } from '../core/i18n';
import { excelText } from './messages';
import type { Lang } from '../core/i18n';
import { lastRunOf, runReview } from '../core/review';
import { ReviewSettingsSchema } from '../core/settings/schema';
import type { ReviewSettings } from '../core/settings/schema';
import type { Grid } from '../core/table/types';
import { errorText, HostError } from './host-error';
import type { ExcelHost } from './host';
import { checkRequirements } from './requirements';
import type { OfficeApi } from './office-env';

export type OneClickOutcome =
  { ok: true; message: string; tabs: { key: string; name: string }[] } | { ok: false; message: string };

/** Saved settings when valid, else defaults in the UI language; and whether any were saved. */
async function settingsFor(host: ExcelHost): Promise<{ settings: ReviewSettings; saved: boolean }> {
  const raw = await host.loadSettings();
  const parsed = raw === null ? null : ReviewSettingsSchema.safeParse(raw);
  if (parsed?.success) return { settings: parsed.data, saved: true };
  return {
    settings: ReviewSettingsSchema.parse({ language: langFromLocale(host.displayLanguage()) }),
    saved: false,
  };
}

async function read(host: ExcelHost, sheet: string, lang: Lang): Promise<Grid | string> {
  try {
    return (await host.readGrid(sheet)).grid;
  } catch (e) {
    if (e instanceof HostError && e.code === 'SHEET_NOT_FOUND')
      return excelText('EXCEL_SHEET_NOT_FOUND', lang, { sheet });
    return excelText('EXCEL_READ_FAILED', lang, { sheet, message: errorText(e) });
  }
}

/**
 * Runs a whole review in the open workbook.
 * @example const outcome = await oneClickReview(new ExcelHost(realEnv()), Office);
 */
export async function oneClickReview(host: ExcelHost, office: OfficeApi): Promise<OneClickOutcome> {
  const { settings } = await settingsFor(host);
  const lang = settings.language;
  const req = checkRequirements(office, lang);
  if (!req.ok) return { ok: false, message: req.message };

  const sheet = settings.sheet ?? (await host.activeSheetName());
  const grid = await read(host, sheet, lang);
  if (typeof grid === 'string') return { ok: false, message: grid };
  let targetGrid: Grid | undefined;
  if (settings.targets.kind === 'sheet') {
    const tg = await read(host, settings.targets.sheet, lang);
    if (typeof tg === 'string') return { ok: false, message: tg };
    targetGrid = tg;
  }

  const review = await runReview(grid, settings, { sheet, targetGrid });
  if (!review.ok)
    return { ok: false, message: excelText('EXCEL_REVIEW_FAILED', lang, { message: review.message }) };

  const written = await host.writeSheetDoc(review.doc);
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
  return {
    ok: true,
    tabs: written.tabs,
    message: excelText('EXCEL_REVIEW_DONE', lang, { count: written.tabs.length, first }),
  };
}
