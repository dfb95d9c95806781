/**
 * The Generate pipeline of the wizard (no DOM): host.readGrid → runReview (in the page) →
 * host.writeSheetDoc → host.saveSettings (with a last-run summary), with named stages, overall progress
 * and cancellation.
 */
import type { Host, HostErrorCode } from '../host';
import { plainMessage, t, type MessageCode } from '../i18n';
import type { Lang } from '../i18n';
import type { ReviewModel } from '../review';
import { lastRunOf } from '../pipeline';
import type { LastRun, ReviewSettings } from '../settings';
import type { SheetDoc } from '../sheetdoc';
import type { Grid } from '../table';

/** The review pipeline of core/review, injected so the wizard can be tested without it. */
export type ReviewRunner = (
  grid: Grid,
  settings: ReviewSettings,
  opts: {
    sheet?: string;
    targetGrid?: Grid;
    date1904?: boolean;
    onProgress?: (stage: string, fraction: number) => void;
  },
) =>
  | { ok: true; model: ReviewModel; doc: SheetDoc }
  | { ok: false; code: string; message: string }
  | Promise<{ ok: true; model: ReviewModel; doc: SheetDoc } | { ok: false; code: string; message: string }>;

export type Stage = 'reading' | 'computing' | 'writing' | 'done';

/** One progress report: the stage, overall fraction 0..1, and what the stage label needs. */
export interface StageUpdate {
  stage: Stage;
  fraction: number;
  rows: number;
  tabs: number;
}

export type PipelineResult =
  | {
      ok: true;
      tabs: { key: string; name: string }[];
      model: ReviewModel;
      seconds: number;
      /** The summary saved with the settings (shown when the wizard is reopened). */
      lastRun: LastRun;
      /** False when the host could not store the settings (the tabs were written). */
      settingsSaved: boolean;
    }
  | {
      ok: false;
      code: string;
      /** The failure in the run's UI language, with what to do next. */
      message: string;
      /** The host's or core's own text, so the message can be rebuilt in another UI language. */
      detail: string;
      cancelled: boolean;
    };

export interface PipelineOptions {
  runReview: ReviewRunner;
  /** UI language of error messages. */
  lang: Lang;
  signal: { readonly aborted: boolean };
  onUpdate: (u: StageUpdate) => void;
  /** Rows the host reported for the sheet (for "Reading 120,000 rows…" before the read starts). */
  expectedRows: number;
  /** The settings to save after the run (default: the run's); the last-run summary is added. */
  saveAs?: ReviewSettings;
  now?: () => number;
}

/** Share of the bar each stage fills: reading, computing, writing. */
const SPAN = { reading: [0, 0.45], computing: [0.45, 0.75], writing: [0.75, 1] } as const;

const HOST_CODES: readonly HostErrorCode[] = [
  'SHEET_NOT_FOUND',
  'READ_FAILED',
  'WRITE_FAILED',
  'TOO_LARGE',
  'CANCELLED',
  'HOST_TOO_OLD',
  'BUSY',
];

/** Lets the page paint between stages (a resolved microtask would not). */
const breathe = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * The catalogue code of a host error's message.
 * @example hostMessageCode('HOST_TOO_OLD') // 'WIZ_HOST_TOO_OLD'
 */
export function hostMessageCode(code: HostErrorCode): (typeof HOST_MESSAGE)[HostErrorCode] {
  return HOST_MESSAGE[code];
}

/** The wizard's sentence for each host error; each takes the host's own text as {message}. */
const HOST_MESSAGE = {
  SHEET_NOT_FOUND: 'WIZ_HOST_SHEET_NOT_FOUND',
  READ_FAILED: 'WIZ_HOST_READ_FAILED',
  WRITE_FAILED: 'WIZ_HOST_WRITE_FAILED',
  TOO_LARGE: 'WIZ_HOST_TOO_LARGE',
  HOST_TOO_OLD: 'WIZ_HOST_TOO_OLD',
  BUSY: 'WIZ_HOST_BUSY',
  CANCELLED: 'WIZ_CANCELLED',
} as const satisfies Record<HostErrorCode, MessageCode>;

/**
 * A failure in the user's language with what to do next, from a host error code or a core code.
 * @example failureMessage('WRITE_FAILED', 'locked', 'en') // 'The review tabs could not be written (locked); …'
 */
export function failureMessage(code: string, detail: string, lang: Lang): string {
  if (code === 'UNEXPECTED') return t('WIZ_ERR_UNEXPECTED', lang, { message: detail });
  if ((HOST_CODES as readonly string[]).includes(code)) {
    return t(hostMessageCode(code as HostErrorCode), lang, { message: detail });
  }
  // A core message with parameters we do not have: the core's own (localized) text is better.
  const text = plainMessage(code, lang);
  if (text !== null) return text;
  return detail || t('WIZ_ERR_UNEXPECTED', lang, { message: code });
}

/** The code of a thrown host error (HostError-like objects carry one), else null. */
function codeOf(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const c = (e as { code: unknown }).code;
    if (typeof c === 'string') return c;
  }
  return null;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

function fail(code: string, detail: string, lang: Lang): PipelineResult {
  return {
    ok: false,
    code,
    message: failureMessage(code, detail, lang),
    detail,
    cancelled: code === 'CANCELLED',
  };
}

/**
 * Runs the review end to end through the Host port; never throws (failures are values).
 * @example const r = await runPipeline(host, settings, { runReview, lang: 'en', signal, onUpdate, expectedRows: 0 });
 */
export async function runPipeline(
  host: Host,
  settings: ReviewSettings,
  o: PipelineOptions,
): Promise<PipelineResult> {
  const now = o.now ?? (() => Date.now());
  const t0 = now();
  const sheet = settings.sheet;
  if (!sheet) return fail('SHEET_NOT_FOUND', '', o.lang);
  let rows = o.expectedRows;
  let tabs = 0;
  const update = (stage: Stage, within: number): void => {
    const span = stage === 'done' ? [1, 1] : SPAN[stage];
    const f = span[0] + (span[1] - span[0]) * Math.max(0, Math.min(1, within));
    o.onUpdate({ stage, fraction: f, rows, tabs });
  };
  try {
    update('reading', 0);
    const read = await host.readGrid(sheet, {
      signal: o.signal,
      onProgress: (e) => {
        if (e.total > rows) rows = e.total;
        update('reading', e.total > 0 ? e.done / e.total : 0);
      },
    });
    let targetGrid: Grid | undefined;
    if (settings.targets.kind === 'sheet') {
      targetGrid = (await host.readGrid(settings.targets.sheet, { signal: o.signal })).grid;
    }
    rows = Math.max(0, read.grid.length);
    if (o.signal.aborted) return fail('CANCELLED', '', o.lang);
    update('computing', 0);
    await breathe();
    const result = await o.runReview(read.grid, settings, {
      sheet,
      targetGrid,
      date1904: read.date1904,
      onProgress: (_stage, fraction) => update('computing', fraction),
    });
    if (!result.ok) return fail(result.code, result.message, o.lang);
    if (o.signal.aborted) return fail('CANCELLED', '', o.lang);
    tabs = result.doc.tabs.length;
    update('writing', 0);
    await breathe();
    const written = await host.writeSheetDoc(result.doc, {
      onProgress: (e) => update('writing', e.total > 0 ? e.done / e.total : 0),
    });
    if (!written.ok) return fail(written.code, written.message, o.lang);
    const lastRun = lastRunOf(
      result.model,
      written.tabs.map((x) => x.name),
      settings.language,
      now(),
    );
    // The tabs are written: a settings store that fails must not turn the run into a failure.
    let settingsSaved = true;
    try {
      await host.saveSettings({ ...(o.saveAs ?? settings), lastRun });
    } catch {
      settingsSaved = false;
    }
    update('done', 1);
    const seconds = (now() - t0) / 1000;
    return { ok: true, tabs: written.tabs, model: result.model, seconds, lastRun, settingsSaved };
  } catch (e) {
    const code = codeOf(e);
    if (code && (HOST_CODES as readonly string[]).includes(code)) return fail(code, messageOf(e), o.lang);
    return fail('UNEXPECTED', messageOf(e), o.lang);
  }
}
