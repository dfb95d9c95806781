/**
 * generateReview: the one run every entry point drives — the wizard's Generate, Excel's ribbon
 * button, the Sheets menu — through the Host port: read the data sheet (and a target sheet), run the
 * review, write the tabs, save the settings with a last-run summary. One progress vocabulary
 * (stage + overall fraction), one error type (HostError codes), cancellation between stages.
 * Never throws: a failure is a value with its code. The lock that keeps two runs of a document
 * apart is the host's write (Excel: one per runtime; Sheets: LockService's document lock), so a
 * second write reports BUSY.
 */
import type { ReviewModel } from '../review';
import { lastRunOf } from '../pipeline';
import type { LastRun, ReviewSettings } from '../settings';
import type { SheetDoc } from '../sheetdoc';
import type { CombinedSheets, Grid, HiddenCopies } from '../table';
import { readDataSet } from './read-data-set';
import { withPreviousNotes } from './previous-notes';
import { asHostError, HOST_ERROR_CODES } from './errors';
import type { Host, HostErrorCode } from './port';

/** The review pipeline (core/pipeline runReview), injected so hosts bundle it and tests replace it. */
export type ReviewRunner = (
  grid: Grid,
  settings: ReviewSettings,
  opts: {
    sheet?: string;
    targetGrid?: Grid;
    date1904?: boolean;
    /** The grid stacks the sheets of one data set (split workbooks). */
    split?: CombinedSheets;
    /** One sheet read while hidden sheets with its header were left out: the notes name them. */
    hiddenCopies?: HiddenCopies | null;
    onProgress?: (stage: string, fraction: number) => void;
  },
) =>
  | { ok: true; model: ReviewModel; doc: SheetDoc }
  | { ok: false; code: string; message: string }
  | Promise<{ ok: true; model: ReviewModel; doc: SheetDoc } | { ok: false; code: string; message: string }>;

export type Stage = 'reading' | 'computing' | 'writing' | 'done';

/** The one progress report: the stage, the run's overall fraction 0..1, rows read and tabs to write. */
export interface GenerateProgress {
  stage: Stage;
  fraction: number;
  rows: number;
  tabs: number;
}

/** How a run ended. `code` is a HostErrorCode, a core review code, or UNEXPECTED (a defect). */
export type GenerateResult =
  | {
      ok: true;
      tabs: { key: string; name: string }[];
      model: ReviewModel;
      seconds: number;
      /** The summary saved with the settings (shown when the wizard is reopened). */
      lastRun: LastRun;
      /** False when the host could not store the settings (the tabs were written). */
      settingsSaved: boolean;
      /** Charts the host could not draw (the tables are complete). */
      chartsDropped: number;
    }
  | {
      ok: false;
      code: HostErrorCode | 'UNEXPECTED' | (string & {});
      /** The host's or core's own text (the core's is already in the settings' language). */
      detail: string;
      /** What the localized sentence for `code` needs (TOO_LARGE: sheet, address, cells, limit). */
      params: Readonly<Record<string, string | number>>;
      cancelled: boolean;
    };

export interface GenerateOptions {
  runReview: ReviewRunner;
  signal?: { readonly aborted: boolean };
  onProgress?: (p: GenerateProgress) => void;
  /** Rows the host reported for the sheet (for "Reading 120,000 rows…" before the read starts). */
  expectedRows?: number;
  /** The settings to save after the run (default: the run's); the last-run summary is added. */
  saveAs?: ReviewSettings;
  now?: () => number;
  /** Lets a page paint between stages (the wizard passes a macrotask); nothing on a server. */
  pause?: () => Promise<void>;
}

/** Share of the bar each stage fills: reading, computing, writing. */
const SPAN = { reading: [0, 0.45], computing: [0.45, 0.75], writing: [0.75, 1] } as const;

function failed(
  code: string,
  detail: string,
  params: Readonly<Record<string, string | number>> = {},
): GenerateResult & { ok: false } {
  return { ok: false, code, detail, params, cancelled: code === 'CANCELLED' };
}

/**
 * Runs the review of `settings.sheet` end to end through `host`.
 * @example const r = await generateReview(host, settings, { runReview }); if (r.ok) show(r.tabs);
 */
export async function generateReview(
  anyHost: Host,
  settings: ReviewSettings,
  o: GenerateOptions,
): Promise<GenerateResult> {
  // Nothing is written before the end: one sheet list serves the run (Excel: a round trip saved).
  const host = onceListed(anyHost);
  const now = o.now ?? (() => Date.now());
  const pause = o.pause ?? (() => Promise.resolve());
  const signal = o.signal ?? { aborted: false };
  const t0 = now();
  const sheet = settings.sheet;
  if (!sheet) return failed('SHEET_NOT_FOUND', '');
  let rows = o.expectedRows ?? 0;
  let tabs = 0;
  const update = (stage: Stage, within: number): void => {
    const span = stage === 'done' ? [1, 1] : SPAN[stage];
    const fraction = span[0] + (span[1] - span[0]) * Math.max(0, Math.min(1, within));
    o.onProgress?.({ stage, fraction, rows, tabs });
  };
  try {
    update('reading', 0);
    // The sheet, and the sheets that go on with its header (one data set over several tabs).
    const read = await readDataSet(host, settings, {
      signal,
      onRows: (done, total) => {
        if (total > rows) rows = total;
        update('reading', total > 0 ? done / total : 0);
      },
    });
    if (signal.aborted) return failed('CANCELLED', '');
    if (!read.ok) return failed(read.code, read.message, read.params);
    let targetGrid: Grid | undefined;
    if (settings.targets.kind === 'sheet')
      targetGrid = (await host.readGrid(settings.targets.sheet, { signal })).grid;
    rows = Math.max(0, read.grid.length);
    if (signal.aborted) return failed('CANCELLED', '');
    update('computing', 0);
    await pause();
    const result = await o.runReview(read.grid, settings, {
      sheet: read.sheet,
      split: read.split ?? undefined,
      hiddenCopies: read.hiddenCopies ?? null,
      targetGrid,
      date1904: read.date1904,
      onProgress: (_stage, fraction) => update('computing', fraction),
    });
    if (!result.ok) return failed(result.code, result.message);
    if (signal.aborted) return failed('CANCELLED', '');
    tabs = result.doc.tabs.length;
    update('writing', 0);
    await pause();
    // What the user wrote in the findings and plan tabs goes into the new ones (by key, not row).
    const doc = await withPreviousNotes(host, result.doc, signal);
    if (signal.aborted) return failed('CANCELLED', '');
    const written = await host.writeSheetDoc(doc, {
      onProgress: (e) => update('writing', e.total > 0 ? e.done / e.total : 0),
    });
    if (!written.ok) return failed(written.code, written.message, written.params);
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
    return {
      ok: true,
      tabs: written.tabs,
      model: result.model,
      seconds: (now() - t0) / 1000,
      lastRun,
      settingsSaved,
      chartsDropped: written.chartsDropped ?? 0,
    };
  } catch (e) {
    const err = asHostError(e, 'READ_FAILED');
    const known = (HOST_ERROR_CODES as readonly string[]).includes(
      (e as { code?: string } | null)?.code ?? '',
    );
    return known ? failed(err.code, err.message, err.params) : failed('UNEXPECTED', err.message);
  }
}

/** The host with its sheet list fetched once; every other call goes to the host itself. */
function onceListed(host: Host): Host {
  let listed: ReturnType<Host['listSheets']> | null = null;
  return {
    kind: host.kind,
    displayLanguage: () => host.displayLanguage(),
    listSheets: () => (listed ??= host.listSheets()),
    readGrid: (sheet, options) => host.readGrid(sheet, options),
    writeSheetDoc: (doc, options) => host.writeSheetDoc(doc, options),
    loadSettings: () => host.loadSettings(),
    saveSettings: (settings) => host.saveSettings(settings),
    activateSheet: (name) => host.activateSheet(name),
  };
}
