/**
 * The file host: `sales-review review <input.xlsx|.csv> [options]`. Reads the input, runs the one
 * review pipeline (core/review runReview), writes the reviewed workbook (+ JSON) and prints three
 * lines. Every failure is one sentence in the chosen language and a non-zero exit code.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, parse as parsePath } from 'node:path';
import { ReviewSettingsSchema, type ReviewSettingsInput } from '../core/settings';
import { formatCount, langFromLocale, t, type Lang } from '../core/i18n';
import { runReview } from '../core/pipeline';
import { dataSetOf, MONEY_ROLES, readingNotes, type Grid } from '../core/table';
import { MAP_ROLES, parseArgs, type CliOptions } from './args';
import { HELP_TEXT } from './help';
import { CLI_MESSAGES, cliMessage, cliMessageText, type CliMessage, type CliMessageCode } from './messages';
import { loadInput, pickSalesSheet, pickTargetSheet, sheetChoice } from './load-input';
import { loadTargets } from './load-targets';
import { progressPrinter } from './progress';
import { summaryLines } from './summary';
import {
  CSV_DATA_AUTO_MAX_CELLS,
  csvDataPlan,
  MAX_SHEET_ROWS,
  sheetNameFromFile,
  writeReviewWorkbook,
} from './write-output';
import { withFileNotes } from './previous-notes';
import { BigDataFailure, bigDataReview } from './big-data';

/** Exit codes: 0 done, 1 the data or a file could not be reviewed, 2 bad command line. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

class CliFailure extends Error {
  constructor(
    readonly text: string,
    readonly exitCode: number,
  ) {
    super(text);
  }
}

/** --lang, else SALES_REVIEW_LANG, else a Chinese or English LANG, else zh-CN (the product's default). */
function resolveLang(explicit: Lang | null, env: NodeJS.ProcessEnv): Lang {
  if (explicit) return explicit;
  const tag = env.SALES_REVIEW_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return /^(zh|en)/i.test(tag) ? langFromLocale(tag.replace(/_/g, '-').split('.')[0]) : 'zh-CN';
}

const fail = (message: CliMessage, lang: Lang, exitCode: number = EXIT.failed): never => {
  throw new CliFailure(cliMessageText(message, lang), exitCode);
};

/** A BAD_VALUE hint given as a HINT_ code (args.ts names the hint; the language is known here). */
const isHint = (h: string | number): h is Extract<CliMessageCode, `HINT_${string}`> =>
  typeof h === 'string' && h.startsWith('HINT_') && Object.prototype.hasOwnProperty.call(CLI_MESSAGES, h);

/** <input>-review.xlsx next to the input (.xlsm stays .xlsm: its macros are kept). */
const defaultOut = (input: string): string => {
  const p = parsePath(input);
  return join(p.dir, `${p.name}-review${p.ext.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx'}`);
};

/** Settings from the options (defaults from the schema). */
export function settingsFrom(
  o: CliOptions,
  lang: Lang,
  sheet: string,
  targetSheet: string | null,
): ReviewSettingsInput {
  const plan: NonNullable<ReviewSettingsInput['plan']> = {};
  if (o.growth !== null) plan.growth = o.growth;
  if (o.quarterWeights !== null) plan.quarterWeights = o.quarterWeights;
  return {
    sheet,
    year: o.year,
    fiscalStartMonth: o.fiscalStart ?? 1,
    mapping: o.map,
    units: o.units,
    targets:
      o.target !== null
        ? { kind: 'typed', base: o.target, stretch: o.stretch, revised: null }
        : targetSheet !== null
          ? { kind: 'sheet', sheet: targetSheet }
          : { kind: 'column' },
    dimensions: o.dims,
    displayUnit: o.unit,
    language: lang,
    plan,
    ...(o.currency !== null ? { currency: o.currency } : {}),
    rates: o.rates,
    ...(o.dateOrder !== null ? { dateOrder: o.dateOrder } : {}),
    excludeStatuses: o.excludeStatuses,
  };
}

async function review(o: CliOptions, lang: Lang, io: Io): Promise<void> {
  const note = (s: string): void => {
    if (!o.quiet) io.stderr.write(`${s}\n`);
  };
  // Progress for whatever lasts over a second, on a terminal (as git does: a log or a pipe gets
  // no progress lines); -q silences it.
  const progress = progressPrinter(lang, io.stderr, !o.quiet && io.stderr.isTTY === true);
  // Past one sheet: DuckDB, the printed SQL, or a warehouse's results (cli/big-data.ts)
  if (await bigDataReview(o, lang, io, note, settingsFrom)) return;
  const loaded = await loadInput(o.input, progress);
  progress.end();
  if (!loaded.ok) return fail(loaded, lang);
  const input = loaded.input;

  const sheets = input.sheets;
  const choice = sheetChoice(sheets, o.sheet);
  if (!choice.ok) {
    return fail(
      {
        code: 'SHEET_NOT_FOUND',
        params: { sheet: choice.missing, file: o.input, sheets: sheets.map((s) => s.name).join(', ') },
      },
      lang,
    );
  }
  // The sheet used is named in the output line; a warning only when the choice was close.
  const picked = choice.primary === null ? pickSalesSheet(sheets) : null;
  const primary = choice.primary ?? picked!.sheet.name;
  let targetGrid: Grid | undefined;
  let targetSheet: string | null = null;
  if (o.target === null && o.targets !== null) {
    const ts = await loadTargets(o.targets);
    if (!ts.ok) return fail(ts.message, lang);
    targetGrid = ts.grid;
    targetSheet = ts.sheet;
  } else if (o.target === null) {
    const ts = pickTargetSheet(sheets, primary);
    if (ts) {
      targetGrid = ts.grid;
      targetSheet = ts.name;
    }
  }

  // One order list kept over several sheets with one header is read as one data set.
  const data = dataSetOf(sheets, {
    sheet: primary,
    sheets: choice.choose,
    ignore: o.targets === null && targetSheet !== null ? [targetSheet] : [],
    lang,
    year: o.year,
    fiscalStartMonth: o.fiscalStart ?? 1,
    overrides: o.map,
  });
  if (!data.ok) {
    if (data.code === 'SHEET_NOT_FOUND')
      return fail(
        {
          code: 'SHEET_NOT_FOUND',
          params: { sheet: data.params.sheet, file: o.input, sheets: sheets.map((s) => s.name).join(', ') },
        },
        lang,
      );
    throw new CliFailure(data.message, EXIT.failed);
  }
  const used = new Set(data.plan.used.map((s) => s.name));
  if (picked?.rival && !used.has(picked.rival.name))
    note(cliMessage('SHEET_PICKED', lang, { sheet: primary, other: picked.rival.name }));
  const sales = { name: data.sheet, grid: data.grid };

  const parsed = ReviewSettingsSchema.safeParse({
    ...settingsFrom(o, lang, data.plan.used[0]?.name ?? primary, targetSheet),
    sheets: choice.choose,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      {
        code: 'BAD_VALUE',
        params: { opt: issue?.path.join('.') ?? '', value: '', hint: issue?.message ?? '' },
      },
      lang,
      EXIT.usage,
    );
  }
  progress({ stage: 'computing', done: 0, total: 1 });
  const result = runReview(sales.grid, parsed.data, {
    sheet: sales.name,
    split: data.split ?? undefined,
    hiddenCopies: data.hiddenCopies,
    targetGrid,
    onProgress: (_stage, fraction) =>
      progress({ stage: 'computing', done: Math.round(fraction * 100), total: 100 }),
  });
  progress.end();
  if (!result.ok) throw new CliFailure(result.message, EXIT.failed);
  // How the sheet was read (amount passed over, date order by default, statuses left out …) and
  // which year is reviewed when a later, thinner one was passed over: one line each on stderr.
  for (const n of readingNotes(result.model.mappingDetail, result.model.dataQuality, lang))
    if (!n.detail) note(n.text);
  const yc = result.model.yearChoice;
  if (yc?.passedOver)
    note(
      t('YEAR_PASSED_OVER', lang, {
        year: yc.year,
        later: yc.passedOver.year,
        months: yc.passedOver.months,
        rows: yc.passedOver.rows.toLocaleString('en-US'),
      }),
    );

  const out = o.out ?? defaultOut(o.input);
  // A CSV, .xls or .ods becomes a new workbook: its sales sheet's rows go in as a data sheet when they fit.
  const copy = input.kind !== 'xlsx' ? csvDataPlan(sales.grid, o.data) : null;
  if (copy && !copy.copy && copy.why === 'over-sheet') {
    note(
      cliMessage('CSV_NOT_COPIED', lang, {
        rows: formatCount(sales.grid.length, lang),
        max: formatCount(MAX_SHEET_ROWS, lang),
      }),
    );
  } else if (copy && !copy.copy && copy.why === 'too-big') {
    note(
      cliMessage('CSV_DATA_LEFT_OUT', lang, {
        sheet: sales.name,
        rows: sales.grid.length.toLocaleString('en-US'),
        cells: copy.cells.toLocaleString('en-US'),
        max: CSV_DATA_AUTO_MAX_CELLS.toLocaleString('en-US'),
      }),
    );
  }
  // The user's notes in the workbook written last time (findings, plan) go into the new tabs.
  let doc = result.doc;
  try {
    doc = await withFileNotes(out, result.doc);
  } catch (e) {
    return fail(
      {
        code: 'NOTES_UNREADABLE',
        params: { file: out, reason: e instanceof Error ? e.message.split('\n')[0] : String(e) },
      },
      lang,
    );
  }
  try {
    await mkdir(dirname(out) || '.', { recursive: true });
    await writeReviewWorkbook(
      input.kind === 'xlsx'
        ? { kind: 'xlsx', path: input.path }
        : {
            kind: 'csv',
            // A data set of several sheets is copied as one sheet, named after the file.
            sheetName: data.split ? sheetNameFromFile(o.input) : sales.name,
            grid: copy?.copy ? sales.grid : null,
          },
      doc,
      out,
      progress,
    );
    if (o.json !== null) {
      await mkdir(dirname(o.json) || '.', { recursive: true });
      await writeFile(o.json, `${JSON.stringify(result.model, null, 2)}\n`, 'utf8');
    }
  } catch (e) {
    return fail(
      {
        code: 'WRITE_FAILED',
        params: {
          file: out,
          reason: e instanceof Error ? e.message.split('\n')[0] : String(e),
        },
      },
      lang,
    );
  } finally {
    progress.end();
  }
  const targets =
    targetSheet === null ? null : o.targets !== null ? `${o.targets.file}:${targetSheet}` : targetSheet;
  for (const line of summaryLines(result.model, out, lang, { sheet: sales.name, targets }))
    io.stdout.write(`${line}\n`);
}

/**
 * Runs the CLI; returns the exit code (never throws, never prints a stack).
 * @example process.exitCode = await main(['review', 'sales.xlsx'], process);
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  const explicit = 'options' in args ? args.options.lang : args.lang;
  const lang = resolveLang(explicit, io.env);
  if (!args.ok) {
    const hints = { roles: MAP_ROLES.join(', '), unitRoles: MONEY_ROLES.join(', ') };
    const text =
      args.code === 'BAD_VALUE' && isHint(args.params.hint)
        ? cliMessage('BAD_VALUE', lang, { ...args.params, hint: cliMessage(args.params.hint, lang, hints) })
        : cliMessageText(args, lang);
    io.stderr.write(`${text}\n`);
    return EXIT.usage;
  }
  if (args.kind !== 'review') {
    io.stdout.write(args.kind === 'help' ? HELP_TEXT : 'sales-review 0.1.0\n');
    return EXIT.ok;
  }
  try {
    await review(args.options, lang, io);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CliFailure) {
      io.stderr.write(`${e.text}\n`);
      return e.exitCode;
    }
    if (e instanceof BigDataFailure) {
      io.stderr.write(`${e.message}\n`);
      return EXIT.failed;
    }
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    io.stderr.write(`${cliMessage('INTERNAL_ERROR', lang, { reason })}\n`);
    return EXIT.failed;
  }
}

// Run directly (tsx cli/main.ts, node dist/cli/sales-review.cjs); bin/sales-review.js calls main itself.
if (require.main === module) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT.failed;
    },
  );
}
