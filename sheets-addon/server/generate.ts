/**
 * The one-click "Generate review" on the server: core/host oneClickReview over the server host
 * (serverHost: guarded against the 6-minute limit), its result put into one sentence in the
 * user's language for the menu's toast or alert.
 */
import { oneClickReview, type GenerateResult } from '../../core/host';
import type { Lang } from '../../core/i18n';
import { runReview } from '../../core/pipeline';
import type { GasEnv } from './env';
import { EXECUTION_LIMIT_MS } from './guard';
import { serverHost, type OnStart } from './host';
import { sheetsText } from './messages';

/** What a run ended with: the text shown to the user and whether it is an error. */
export interface RunOutcome {
  ok: boolean;
  message: string;
  tabs: { key: string; name: string }[];
}

const num = (v: string | number | undefined): number => Number(v ?? 0);

/** The sentence for a run that did not write the review (what happened and what to do). */
function failure(r: GenerateResult & { ok: false }, lang: Lang, sheet: string): string {
  const p = r.params;
  const limit = EXECUTION_LIMIT_MS / 1000;
  switch (r.code) {
    case 'BAD_SETTINGS':
      return sheetsText('BAD_SETTINGS', lang, { detail: r.detail });
    case 'NO_DATA_SHEET':
      return sheetsText('NO_DATA_SHEET', lang);
    case 'SHEET_NOT_FOUND':
      return sheetsText('SHEET_NOT_FOUND', lang, { sheet: String(p.sheet ?? sheet) });
    case 'TOO_LARGE':
      return sheetsText('TOO_LARGE', lang, {
        sheet: String(p.sheet ?? sheet),
        rows: num(p.rows),
        cells: num(p.cells),
        seconds: num(p.seconds),
        limit,
      });
    case 'OUT_OF_TIME':
      return sheetsText('OUT_OF_TIME', lang, { limit });
    case 'BUSY':
      return sheetsText('BUSY', lang);
    case 'READ_FAILED':
      return sheetsText('READ_FAILED', lang, { sheet, detail: r.detail });
    case 'WRITE_FAILED':
      return sheetsText('WRITE_FAILED', lang, { detail: r.detail });
    default:
      // a core review error (already in the settings' language) or a defect
      return r.detail;
  }
}

/**
 * Runs the review end to end on the server. The only UI is `onStart`, told what the run is about to
 * read (the menu shows it as a toast, since a run can take minutes); the caller shows the outcome.
 * @example await runOneClick(env, Date.now()) // { ok: true, message: 'Review written: 8 tabs from “Sales”.', tabs }
 */
export async function runOneClick(env: GasEnv, startedAt: number, onStart?: OnStart): Promise<RunOutcome> {
  const { lang, settings, result } = await oneClickReview(serverHost(env, startedAt, onStart), { runReview });
  const sheet = settings?.sheet ?? '';
  if (!result.ok) return { ok: false, message: failure(result, lang, sheet), tabs: [] };
  return {
    ok: true,
    message: sheetsText('done', lang, { tabs: result.tabs.length, sheet }),
    tabs: result.tabs,
  };
}
