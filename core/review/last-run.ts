/** The last-run summary saved with the settings, so reopening the wizard shows the last run. */
import type { Lang } from '../i18n/lang';
import type { LastRun } from '../settings/schema';
import type { ReviewModel } from './model';

/** Longest headline kept in the summary (Sheets caps the saved settings at 9 KB). */
const MAX_HEADLINE = 400;

/**
 * The last-run summary of a completed run: when, the headline (in the report language), rows used and
 * skipped, the tabs written. Plain data (an ISO string, no Date), as hosts store settings as JSON.
 * @example lastRunOf(model, ['总览'], 'zh-CN', Date.UTC(2025, 0, 5)).at // '2025-01-05T00:00:00.000Z'
 */
export function lastRunOf(model: ReviewModel, tabs: readonly string[], lang: Lang, at: number): LastRun {
  const first = model.narratives.overview?.[0] ?? null;
  const headline =
    first !== null && first.length > MAX_HEADLINE ? `${first.slice(0, MAX_HEADLINE - 1)}…` : first;
  return {
    at: new Date(at).toISOString(),
    headline,
    rowsUsed: model.dataQuality.rowsUsed,
    rowsSkipped: model.dataQuality.rowsSkipped,
    tabs: [...tabs],
    lang,
  };
}
