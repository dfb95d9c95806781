/**
 * The one-click review behind the ribbon button: core/host oneClickReview (saved settings or the
 * defaults on the active sheet → read → review → write → settings saved) on the Excel host, its
 * result put into one sentence in the user's language. The caller decides how to show it.
 */
import { oneClickReview as runOneClick, type GenerateResult } from '../core/host';
import { langFromLocale, type Lang } from '../core/i18n';
import { runReview } from '../core/pipeline';
import type { ExcelHost } from './host';
import { excelText } from './messages';
import type { OfficeApi } from './office-env';
import { checkRequirements } from './requirements';

export type OneClickOutcome =
  { ok: true; message: string; tabs: { key: string; name: string }[] } | { ok: false; message: string };

/** The sentence for a run that did not write the review (what happened and what to do). */
function failure(r: GenerateResult & { ok: false }, lang: Lang, sheet: string): string {
  const p = r.params;
  switch (r.code) {
    case 'BAD_SETTINGS':
      return excelText('EXCEL_BAD_SETTINGS', lang, { detail: r.detail });
    case 'NO_DATA_SHEET':
      return excelText('EXCEL_NO_DATA_SHEET', lang);
    case 'SHEET_NOT_FOUND':
      return excelText('EXCEL_SHEET_NOT_FOUND', lang, { sheet: String(p.sheet ?? sheet) });
    case 'TOO_LARGE':
      return excelText('EXCEL_TOO_LARGE', lang, {
        sheet: String(p.sheet ?? sheet),
        address: String(p.address ?? ''),
        cells: String(p.cells ?? ''),
        limit: String(p.limit ?? ''),
      });
    case 'BUSY':
      return excelText('EXCEL_BUSY', lang);
    case 'READ_FAILED':
    case 'CANCELLED':
      return excelText('EXCEL_READ_FAILED', lang, { sheet, message: r.detail });
    case 'WRITE_FAILED':
      return excelText('EXCEL_WRITE_FAILED', lang, { message: r.detail });
    default:
      // a core review error (already in the settings' language) or a defect
      return excelText('EXCEL_REVIEW_FAILED', lang, { message: r.detail });
  }
}

/**
 * Runs a whole review in the open workbook.
 * @example const outcome = await oneClickReview(new ExcelHost(realEnv()), Office);
 */
export async function oneClickReview(host: ExcelHost, office: OfficeApi): Promise<OneClickOutcome> {
  const req = checkRequirements(office, langFromLocale(host.displayLanguage()));
  if (!req.ok) return { ok: false, message: req.message };
  const { lang, settings, result } = await runOneClick(host, { runReview });
  if (!result.ok) return { ok: false, message: failure(result, lang, settings?.sheet ?? '') };
  const first = result.tabs[0]?.name ?? '';
  const done = excelText('EXCEL_REVIEW_DONE', lang, { count: result.tabs.length, first });
  const dropped = result.chartsDropped;
  return {
    ok: true,
    tabs: result.tabs,
    message: dropped > 0 ? `${done} ${excelText('EXCEL_CHARTS_DROPPED', lang, { count: dropped })}` : done,
  };
}
