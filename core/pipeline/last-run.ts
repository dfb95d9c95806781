/** The last-run summary saved with the settings, so reopening the wizard shows the last run. */
import type { Lang } from '../i18n';
import { narrate } from '../narrative';
import type { ReviewModel } from '../review';
import type { LastRun } from '../settings';

/** Longest headline kept in the summary (Sheets caps the saved settings at 9 KB). */
const MAX_HEADLINE = 400;

/**
 * The last-run summary of a completed run: when, the headline (in the report language), rows used and
 * skipped, the tabs written. Plain data (an ISO string, no Date), as hosts store settings as JSON.
 * @example lastRunOf(model, ['总览'], 'zh-CN', Date.UTC(2025, 0, 5)).at // '2025-01-05T00:00:00.000Z'
 */
export function lastRunOf(model: ReviewModel, tabs: readonly string[], lang: Lang, at: number): LastRun {
  return {
    at: new Date(at).toISOString(),
    headline: clipHeadline(narrate(model).overview?.[0] ?? null),
    rowsUsed: model.dataQuality.rowsUsed,
    rowsSkipped: model.dataQuality.rowsSkipped,
    tabs: [...tabs],
    lang,
  };
}

/**
 * A headline short enough to save with the settings (an ellipsis marks a cut).
 * @example clipHeadline('长'.repeat(500))?.length // 400
 */
export function clipHeadline(text: string | null): string | null {
  return text !== null && text.length > MAX_HEADLINE ? `${text.slice(0, MAX_HEADLINE - 1)}…` : text;
}
