/**
 * runReview: the one pipeline every host calls — ingest the grid (core/table), build the review
 * (core/review: figures and codes), put it into words (core/narrative), lay out the SheetDoc
 * (core/sheetdoc). Failures come back as { ok: false, code, message } in the settings' language;
 * it does not throw on any grid.
 */
import { t } from '../i18n';
import { narrate, type Narratives } from '../narrative';
import { aggregateSpec, aggregatesOfTable, availableOfTable, type Aggregates } from '../aggregates';
import { buildReviewFrom, yearsWithData, type ReviewModel } from '../review';
import type { ReviewSettings } from '../settings';
import { buildSheetDoc, type SheetDoc } from '../sheetdoc';
import {
  ingest,
  relocateRows,
  type ColumnMapping,
  type CombinedSheets,
  type DataQualityReport,
  type Grid,
  type HiddenCopies,
} from '../table';

/** Pipeline stages reported to onProgress, in order. */
export type RunStage = 'ingest' | 'review' | 'narrate' | 'layout' | 'done';

export interface RunOptions {
  sheet?: string;
  targetGrid?: Grid;
  /** Clock for generatedAt (tests inject it). */
  now?: Date;
  /** Called at the start of each stage with the fraction of the pipeline done (0..1). */
  onProgress?: (stage: RunStage, fraction: number) => void;
  /** The grid's date serials count from 1904 (the host read the workbook's date system). */
  date1904?: boolean;
  /** The grid stacks several sheets of one data set (combineSheets): rows point back into them. */
  split?: CombinedSheets;
  /** One sheet read while hidden sheets with its header were left out (dataSetOf): the notes name them. */
  hiddenCopies?: HiddenCopies | null;
}

/** The review (figures and codes: the --json), its sentences, and the tabs; or a coded, localized failure. */
export type RunResult =
  | { ok: true; model: ReviewModel; narratives: Narratives; doc: SheetDoc }
  | { ok: false; code: string; message: string };

/**
 * Grid + settings → the review, its narratives and the SheetDoc, or a coded, localized error.
 * @example runReview([['日期', '销售额'], ['2025-01-05', 100]], defaultSettings()).ok // true
 */
export function runReview(grid: Grid, settings: ReviewSettings, opts: RunOptions = {}): RunResult {
  const lang = settings.language;
  const progress = opts.onProgress ?? (() => undefined);
  try {
    progress('ingest', 0);
    const named = opts.split?.nameColumn;
    const ing = ingest(grid, {
      lang,
      overrides: named ? { [named.role]: named.header, ...settings.mapping } : settings.mapping,
      units: settings.units,
      currency: settings.currency,
      rates: settings.rates,
      date1904: opts.date1904,
      dateOrder: settings.dateOrder,
      excludeStatuses: settings.excludeStatuses,
      sheetName: opts.sheet ?? settings.sheet ?? undefined,
      year: settings.year,
    });
    if (!ing.ok) return { ok: false, code: ing.code, message: ing.message };
    if (ing.table.rowCount === 0) {
      return {
        ok: false,
        code: 'NO_DATA_ROWS',
        message: t('NO_DATA_ROWS', lang, { row: ing.mapping.headerRow + 1 }),
      };
    }
    // Rows of a split data set point back into their own sheets before anything is summed.
    const read = opts.split ? relocateRows(ing.table, ing.quality, opts.split, lang) : ing.quality;
    const quality = opts.hiddenCopies && !opts.split ? { ...read, hiddenCopies: opts.hiddenCopies } : read;
    const agg = aggregatesOfTable(ing.table, aggregateSpec(availableOfTable(ing.table), settings));
    return reviewStages(agg, quality, ing.mapping, settings, opts);
  } catch (e) {
    // A defect, not bad data: still a value, so a host shows one sentence instead of a stack.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, code: 'REVIEW_FAILED', message: t('REVIEW_FAILED', lang, { detail }) };
  }
}

/**
 * The pipeline from the aggregates on (review → narrate → layout): the path of data too big for a
 * sheet, whose aggregates DuckDB or a warehouse computed (core/aggregates/sql).
 * @example runReviewFromAggregates(agg, quality, mapping, settings).ok // true
 */
export function runReviewFromAggregates(
  agg: Aggregates,
  quality: DataQualityReport,
  mapping: ColumnMapping,
  settings: ReviewSettings,
  opts: RunOptions = {},
): RunResult {
  try {
    if (agg.rows === 0) {
      const row = mapping.headerRow + 1;
      return { ok: false, code: 'NO_DATA_ROWS', message: t('NO_DATA_ROWS', settings.language, { row }) };
    }
    return reviewStages(agg, quality, mapping, settings, opts);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, code: 'REVIEW_FAILED', message: t('REVIEW_FAILED', settings.language, { detail }) };
  }
}

function reviewStages(
  agg: Aggregates,
  quality: DataQualityReport,
  mapping: ColumnMapping,
  settings: ReviewSettings,
  opts: RunOptions,
): RunResult {
  const lang = settings.language;
  const progress = opts.onProgress ?? (() => undefined);
  if (settings.year !== null && !yearsWithData(agg).includes(settings.year)) {
    return {
      ok: false,
      code: 'REVIEW_NO_DATA_IN_YEAR',
      message: t('REVIEW_NO_DATA_IN_YEAR', lang, { year: settings.year }),
    };
  }
  progress('review', 0.5);
  const model = buildReviewFrom(agg, quality, mapping, settings, {
    sheet: opts.sheet,
    targetGrid: opts.targetGrid,
    now: opts.now,
  });
  progress('narrate', 0.8);
  const narratives = narrate(model);
  progress('layout', 0.85);
  const doc = buildSheetDoc(model, narratives);
  progress('done', 1);
  return { ok: true, model, narratives, doc };
}
