/**
 * The CLI's paths past one sheet: a Parquet file, a folder or a large CSV reviewed through DuckDB
 * (--engine), the aggregate queries printed for a warehouse (--sql --dialect --table), and the
 * review built from the query results exported there (--aggregates <folder>). Each writes the same
 * workbook, JSON and summary lines as the in-core path.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, parse as parsePath } from 'node:path';
import {
  aggregatesFromResults,
  qualityFromResults,
  settleBreakdown,
  SqlResultsError,
} from '../core/aggregates';
import type { Lang } from '../core/i18n';
import type { Grid } from '../core/table';
import { runReviewFromAggregates, type RunResult } from '../core/pipeline';
import { ReviewSettingsSchema, type ReviewSettings, type ReviewSettingsInput } from '../core/settings';
import type { CliOptions } from './args';
import { autoPicksDuckdb, onlyDuckdbReads } from './engine-choice';
import { loadTargets } from './load-targets';
import { cliMessage, cliMessageText, type CliMessageCode } from './messages';
import { readAggregates } from './read-aggregates';
import { summaryLines } from './summary';
import { sheetNameFromFile, writeReviewWorkbook } from './write-output';
import { withFileNotes } from './previous-notes';

/**
 * The DuckDB engine, loaded on the first run that uses it: its native library (68 MB) loaded at
 * every start cost an in-core review about 0.1 s of CPU and 18 MB of memory. A require, not an
 * import(): the bundle and jest both run this file as CommonJS.
 */
function duckEngine(): typeof import('./duckdb-engine') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./duckdb-engine') as typeof import('./duckdb-engine');
}

interface Out {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A failure already worded: main prints it and exits 1. */
export class BigDataFailure extends Error {}

type SettingsFrom = (
  o: CliOptions,
  lang: Lang,
  sheet: string,
  targetSheet: string | null,
) => ReviewSettingsInput;

function settingsOf(
  o: CliOptions,
  lang: Lang,
  sheet: string,
  from: SettingsFrom,
  targetSheet: string | null = null,
): ReviewSettings {
  const parsed = ReviewSettingsSchema.safeParse(from(o, lang, sheet, targetSheet));
  if (!parsed.success) throw new BigDataFailure(parsed.error.issues[0]?.message ?? 'settings');
  return parsed.data;
}

const whyText = (codes: readonly string[], lang: Lang): string =>
  codes
    .map((c) => cliMessage(`WHY_${c}` as CliMessageCode as 'WHY_DETECTION', lang))
    .join(lang === 'en' ? '; ' : '；');

/** The --targets sheet, read as the in-core path reads it (a typed --target wins, as there). */
async function targetsOf(o: CliOptions, lang: Lang): Promise<{ grid: Grid; sheet: string } | null> {
  if (o.target !== null || o.targets === null) return null;
  const t = await loadTargets(o.targets);
  if (!t.ok) throw new BigDataFailure(cliMessageText(t.message, lang));
  return { grid: t.grid, sheet: t.sheet };
}

async function writeOutputs(
  o: CliOptions,
  lang: Lang,
  io: Out,
  result: RunResult,
  sheet: string,
  targetSheet: string | null,
): Promise<void> {
  if (!result.ok) throw new BigDataFailure(result.message);
  const p = parsePath(o.input.replace(/[\\/]+$/, ''));
  const out = o.out ?? join(p.dir, `${p.name}-review.xlsx`);
  // The notes written in the review tabs of the last output are carried into the new ones.
  let doc = result.doc;
  try {
    doc = await withFileNotes(out, result.doc);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new BigDataFailure(cliMessage('NOTES_UNREADABLE', lang, { file: out, reason }));
  }
  try {
    await mkdir(dirname(out) || '.', { recursive: true });
    await writeReviewWorkbook({ kind: 'csv', sheetName: sheet, grid: null }, doc, out);
    if (o.json !== null) {
      await mkdir(dirname(o.json) || '.', { recursive: true });
      await writeFile(o.json, `${JSON.stringify(result.model, null, 2)}\n`, 'utf8');
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new BigDataFailure(cliMessage('WRITE_FAILED', lang, { file: out, reason }));
  }
  const targets = targetSheet !== null && o.targets !== null ? `${o.targets.file}:${targetSheet}` : null;
  for (const line of summaryLines(result.model, out, lang, { sheet, targets })) io.stdout.write(`${line}\n`);
}

/**
 * Runs the big-data paths when the options ask for one (or auto picks DuckDB); returns false when
 * the in-core path should read the input instead.
 * @example if (await bigDataReview(o, lang, io, note, settingsFrom)) return;
 */
export async function bigDataReview(
  o: CliOptions,
  lang: Lang,
  io: Out,
  note: (s: string) => void,
  from: SettingsFrom,
): Promise<boolean> {
  const sheet = sheetNameFromFile(o.input.replace(/[\\/]+$/, ''));
  if (o.aggregates !== null) {
    const read = await readAggregates(o.aggregates);
    if (!read.ok)
      throw new BigDataFailure(
        cliMessage('AGGREGATES_BAD', lang, { dir: o.aggregates, detail: read.detail }),
      );
    const targets = await targetsOf(o, lang);
    const settings = settingsOf(o, lang, sheet, from, targets?.sheet ?? null);
    try {
      const agg = settleBreakdown(aggregatesFromResults(read.spec, read.currency, read.results), settings);
      const quality = qualityFromResults(read.mapping, read.results, lang);
      await writeOutputs(
        o,
        lang,
        io,
        runReviewFromAggregates(agg, quality, read.mapping, settings, { sheet, targetGrid: targets?.grid }),
        sheet,
        targets?.sheet ?? null,
      );
    } catch (e) {
      if (!(e instanceof SqlResultsError)) throw e;
      throw new BigDataFailure(cliMessage('AGGREGATES_BAD', lang, { dir: o.aggregates, detail: e.message }));
    }
    return true;
  }
  const auto = o.engine === 'auto' ? await autoPicksDuckdb(o.input) : null;
  if (!o.sql && o.engine !== 'duckdb' && auto !== true) return false;
  const { duckInput, duckReview, duckSql } = duckEngine();
  let input: Awaited<ReturnType<typeof duckInput>>;
  try {
    input = await duckInput(o.input);
  } catch {
    throw new BigDataFailure(cliMessage('INPUT_NOT_FOUND', lang, { file: o.input }));
  }
  const only = await onlyDuckdbReads(o.input);
  const declined = (codes: readonly string[], detail?: string): never => {
    // a file DuckDB could not open at all: no other engine reads it better
    if (codes.includes('UNREADABLE'))
      throw new BigDataFailure(
        cliMessage('DUCKDB_UNREADABLE', lang, { file: o.input, detail: detail ?? '' }),
      );
    // columns not recognised: the detection's own sentence (the in-core engine would say the same)
    if (codes.length === 1 && codes[0] === 'DETECTION' && detail) throw new BigDataFailure(detail);
    const code = only ? 'DUCKDB_NO_CORE' : 'DUCKDB_DECLINED';
    const why = whyText(codes, lang) + (detail ? `${lang === 'en' ? ': ' : '：'}${detail}` : '');
    throw new BigDataFailure(cliMessage(code, lang, { file: o.input, why }));
  };
  if (typeof input === 'string') return declined([input]);
  const targets = o.sql ? null : await targetsOf(o, lang);
  const settings = settingsOf(o, lang, sheet, from, targets?.sheet ?? null);
  if (o.sql) {
    const r = await duckSql(input, settings, o.dialect, o.table ?? sheet);
    if (!r.ok) return declined(r.declined, r.detail);
    io.stdout.write(r.sql);
    return true;
  }
  const r = await duckReview(input, settings, { sheet, targetGrid: targets?.grid });
  if (!r.ok) {
    if (o.engine === 'duckdb' || only) return declined(r.declined, r.detail);
    note(cliMessage('ENGINE_FALLBACK', lang, { why: whyText(r.declined, lang) }));
    return false;
  }
  // SALES_REVIEW_TIMINGS=1: each step's wall and CPU milliseconds, for the scale benchmark
  if (process.env.SALES_REVIEW_TIMINGS) io.stderr.write(`${JSON.stringify(r.timings)}\n`);
  await writeOutputs(o, lang, io, r.result, sheet, targets?.sheet ?? null);
  return true;
}
