/**
 * Command-line arguments → validated CLI options (zod). Every failure is a code plus parameters,
 * turned into one sentence in the user's language by main.ts.
 */
import { z } from 'zod';
import { currencyCode, parseAmount, ROLES } from '../core/table';
import {
  UnitChoiceSchema,
  DisplayUnitSchema,
  LangSchema,
  QuarterWeightsSchema,
  MoneyRoleSchema,
  DateOrderSchema,
} from '../core/settings';
import type { Lang } from '../core/i18n';
import type { CliMessage, CliMessageCode } from './messages';

/** The roles --map takes: the core's one role list. */
export const MAP_ROLES = ROLES;

const MapRoleSchema = z.enum(MAP_ROLES);

/** Amounts: plain numbers, 1.2e9, 12亿, 120000万, ¥1,200 … (via the core's parseAmount). */
const AmountSchema = z.string().transform((s, ctx) => {
  const v = parseAmount(s.trim());
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    ctx.addIssue({ code: 'custom', message: 'HINT_AMOUNT' });
    return z.NEVER;
  }
  return v;
});

/** Growth: 0.15, 15%, -5%. */
const GrowthSchema = z.string().transform((s, ctx) => {
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(s);
  const v = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!Number.isFinite(v) || v <= -1) {
    ctx.addIssue({ code: 'custom', message: 'HINT_GROWTH' });
    return z.NEVER;
  }
  return v;
});

/** Quarter weights: "3,3,2,2" (also 3:3:2:2, percentages), equal, seasonal. */
const WeightsSchema = z.string().transform((s, ctx) => {
  const t = s.trim().toLowerCase();
  if (t === 'equal' || t === 'seasonal') return t;
  const parts = t
    .split(/[,:，：/\s]+/)
    .filter((p) => p.length > 0)
    .map((p) => Number(p.replace(/%$/, '')));
  const parsed = QuarterWeightsSchema.safeParse(parts);
  if (!parsed.success || parts.reduce((a, b) => a + b, 0) <= 0) {
    ctx.addIssue({ code: 'custom', message: 'HINT_WEIGHTS' });
    return z.NEVER;
  }
  return parsed.data;
});

const YearSchema = z.coerce.number().int().min(1900).max(2200);
const MonthSchema = z.coerce.number().int().min(1).max(12);

/** The validated options of `sales-review review`. */
export const CliOptionsSchema = z.object({
  input: z.string().min(1),
  sheet: z.string().nullable(),
  year: YearSchema.nullable(),
  fiscalStart: MonthSchema.nullable(),
  /** --targets file[:sheet] */
  targets: z.object({ file: z.string(), sheet: z.string().nullable() }).nullable(),
  target: z.number().positive().nullable(),
  stretch: z.number().positive().nullable(),
  map: z.partialRecord(MapRoleSchema, z.string()),
  /** --unit-of amount=万 (repeatable): the unit of a money column, replacing its header's. */
  units: z.partialRecord(MoneyRoleSchema, UnitChoiceSchema),
  dims: z.array(z.string()),
  lang: LangSchema.nullable(),
  unit: DisplayUnitSchema.nullable(),
  growth: z.number().gt(-1).nullable(),
  quarterWeights: QuarterWeightsSchema.nullable(),
  out: z.string().nullable(),
  json: z.string().nullable(),
  quiet: z.boolean(),
  /**
   * CSV input: copy the rows into the workbook as a data sheet — 'auto' when they fit
   * comfortably (write-output CSV_DATA_AUTO_MAX_CELLS), or as --with-data / --no-data say.
   */
  data: z.enum(['auto', 'with', 'without']),
  /** --currency: the report currency (ISO code); amounts in other currencies are converted. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  /** --rate USD=7.2 (repeatable): 1 unit of the currency = rate report-currency units. */
  rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
  /**
   * --engine: auto reads Parquet, folders and CSVs past CSV_DUCKDB_BYTES through DuckDB, the
   * rest in the core; core or duckdb force one.
   */
  engine: z.enum(['auto', 'core', 'duckdb']),
  /** --sql: print the aggregate queries (for --table, in --dialect) instead of reviewing. */
  sql: z.boolean(),
  dialect: z.enum(['duckdb', 'bigquery', 'postgres']),
  /** --table: the table the printed SQL reads (default: the input's file name). */
  table: z.string().min(1).nullable(),
  /** --aggregates: review from a folder of query results (queries.sql + <name>.csv/.json). */
  aggregates: z.string().min(1).nullable(),
  /** --date-order auto|ymd|mdy|dmy: how year-last dates (05-02-2010) are read. */
  dateOrder: DateOrderSchema.nullable(),
  /** --exclude-status a,b (the statuses left out) or --include-cancelled ([]: keep every row); null = by their words. */
  excludeStatuses: z.array(z.string()).nullable(),
});
export type CliOptions = z.infer<typeof CliOptionsSchema>;

export type ArgsResult =
  | { ok: true; kind: 'help' | 'version'; lang: Lang | null }
  | { ok: true; kind: 'review'; options: CliOptions }
  | ({ ok: false; lang: Lang | null } & CliMessage);

/** Options taking a value, with their aliases. */
const VALUE_OPTS: Record<string, string> = {
  '--sheet': 'sheet',
  '--year': 'year',
  '--fiscal-start': 'fiscalStart',
  '--targets': 'targets',
  '--target': 'target',
  '--stretch': 'stretch',
  '--map': 'map',
  '--unit-of': 'unitOf',
  '--dims': 'dims',
  '--lang': 'lang',
  '--unit': 'unit',
  '--growth': 'growth',
  '--quarter-weights': 'quarterWeights',
  '-o': 'out',
  '--out': 'out',
  '--output': 'out',
  '--json': 'json',
  '--currency': 'currency',
  '--rate': 'rate',
  '--engine': 'engine',
  '--dialect': 'dialect',
  '--table': 'table',
  '--aggregates': 'aggregates',
  '--date-order': 'dateOrder',
  '--exclude-status': 'excludeStatus',
};

const HINTS: Record<string, CliMessageCode> = {
  year: 'HINT_YEAR',
  fiscalStart: 'HINT_MONTH',
  lang: 'HINT_LANG',
  unit: 'HINT_UNIT',
  dateOrder: 'HINT_DATE_ORDER',
};

/**
 * A unit as typed: 万/萬, 亿/億, 千, K/k, M/m, 元, also with 元 after it ("万元"); null when none.
 * @example unitChoice('萬元') // '万'
 */
export function unitChoice(text: string): z.infer<typeof UnitChoiceSchema> | null {
  let t = text.normalize('NFKC').trim().replace('萬', '万').replace('億', '亿');
  if (t.length > 1 && t.endsWith('元')) t = t.slice(0, -1);
  const r = UnitChoiceSchema.safeParse(t.length === 1 ? t.replace(/^k$/, 'K').replace(/^m$/, 'M') : t);
  return r.success ? r.data : null;
}

/**
 * "file.xlsx:目标" → { file, sheet }; a Windows drive colon ("C:\…") is not a sheet separator.
 * @example splitFileSheet('t.xlsx:目标') // { file: 't.xlsx', sheet: '目标' }
 */
export function splitFileSheet(s: string): { file: string; sheet: string | null } {
  const m = /^(.*\.(?:xlsx|xlsm|xls|ods|csv|tsv|txt)):(.+)$/i.exec(s);
  return m ? { file: m[1], sheet: m[2] } : { file: s, sheet: null };
}

/**
 * Parses `argv` (without node and script): `review <input> [options]`, `--help`, `--version`.
 * @example parseArgs(['review', 'a.xlsx', '--year', '2025'])
 */
export function parseArgs(argv: readonly string[]): ArgsResult {
  // Language first, so every later error can be worded in it.
  let lang: Lang | null = null;
  const li = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (li >= 0) {
    const raw = argv[li].includes('=') ? argv[li].slice(argv[li].indexOf('=') + 1) : argv[li + 1];
    const p = LangSchema.safeParse(raw);
    if (p.success) lang = p.data;
  }
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { ok: true, kind: 'help', lang };
  if (argv.includes('--version') || argv.includes('-v')) return { ok: true, kind: 'version', lang };
  const fail = (message: CliMessage): ArgsResult => ({ ok: false, lang, ...message });
  if (argv[0] !== 'review')
    return argv[0].startsWith('-')
      ? fail({ code: 'NO_INPUT' })
      : fail({ code: 'UNKNOWN_COMMAND', params: { cmd: argv[0] } });

  const raw: Record<string, string[]> = {};
  const positional: string[] = [];
  let quiet = false;
  let data: CliOptions['data'] = 'auto';
  let sql = false;
  let includeCancelled = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quiet' || a === '-q') {
      quiet = true;
      continue;
    }
    if (a === '--sql') {
      sql = true;
      continue;
    }
    if (a === '--with-data' || a === '--no-data') {
      data = a === '--with-data' ? 'with' : 'without';
      continue;
    }
    if (a === '--include-cancelled') {
      includeCancelled = true;
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      const key = VALUE_OPTS[name];
      if (!key) return fail({ code: 'UNKNOWN_OPTION', params: { opt: name } });
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--')))
        return fail({ code: 'MISSING_VALUE', params: { opt: name } });
      (raw[key] ??= []).push(value);
      continue;
    }
    positional.push(a);
  }
  const aggregatesDir = raw.aggregates?.[raw.aggregates.length - 1] ?? null;
  if (positional.length === 0 && aggregatesDir !== null) positional.push(aggregatesDir);
  if (positional.length === 0) return fail({ code: 'NO_INPUT' });
  if (positional.length > 1) return fail({ code: 'EXTRA_ARGUMENT', params: { arg: positional[1] } });

  const last = (k: string): string | null => raw[k]?.[raw[k].length - 1] ?? null;
  const optName = (k: string): string =>
    Object.keys(VALUE_OPTS).find((n) => VALUE_OPTS[n] === k && n.startsWith('--')) ?? k;
  const bad = (k: string, value: string, hint: CliMessageCode): ArgsResult =>
    fail({ code: 'BAD_VALUE', params: { opt: optName(k), value, hint } });
  const parse = <T>(
    k: string,
    schema: z.ZodType<T, string>,
    hint: CliMessageCode = 'HINT_AMOUNT',
  ): { v: T | null } | ArgsResult => {
    const s = last(k);
    if (s === null) return { v: null };
    const r = schema.safeParse(s);
    if (r.success) return { v: r.data };
    const msg = r.error.issues[0]?.message ?? '';
    return bad(k, s, (msg.startsWith('HINT_') ? msg : (HINTS[k] ?? hint)) as CliMessageCode);
  };

  const year = parse('year', YearSchema as unknown as z.ZodType<number, string>, 'HINT_YEAR');
  if ('ok' in year) return year;
  const fiscalStart = parse('fiscalStart', MonthSchema as unknown as z.ZodType<number, string>, 'HINT_MONTH');
  if ('ok' in fiscalStart) return fiscalStart;
  const target = parse('target', AmountSchema);
  if ('ok' in target) return target;
  const stretch = parse('stretch', AmountSchema);
  if ('ok' in stretch) return stretch;
  const growth = parse('growth', GrowthSchema);
  if ('ok' in growth) return growth;
  const weights = parse('quarterWeights', WeightsSchema);
  if ('ok' in weights) return weights;
  const langOpt = parse('lang', LangSchema as unknown as z.ZodType<Lang, string>, 'HINT_LANG');
  if ('ok' in langOpt) return langOpt;
  const unitRaw = last('unit');
  const unit =
    unitRaw === null
      ? null
      : DisplayUnitSchema.safeParse(
          unitRaw.replace('萬', '万').replace('億', '亿').replace(/^k$/, 'K').replace(/^m$/, 'M'),
        );
  if (unit && !unit.success) return bad('unit', unitRaw ?? '', 'HINT_UNIT');

  const map: Partial<Record<(typeof MAP_ROLES)[number], string>> = {};
  for (const m of raw.map ?? []) {
    const eq = m.indexOf('=');
    const role = MapRoleSchema.safeParse(eq > 0 ? m.slice(0, eq).trim() : '');
    const header = eq > 0 ? m.slice(eq + 1).trim() : '';
    if (!role.success || header.length === 0)
      return fail({ code: 'BAD_VALUE', params: { opt: '--map', value: m, hint: 'HINT_MAP' } });
    map[role.data] = header;
  }
  const units: CliOptions['units'] = {};
  for (const u of raw.unitOf ?? []) {
    const eq = u.indexOf('=');
    const role = MoneyRoleSchema.safeParse(eq > 0 ? u.slice(0, eq).trim() : '');
    const unitOf = eq > 0 ? unitChoice(u.slice(eq + 1)) : null;
    if (!role.success || unitOf === null)
      return fail({ code: 'BAD_VALUE', params: { opt: '--unit-of', value: u, hint: 'HINT_UNIT_OF' } });
    units[role.data] = unitOf;
  }
  const currencyRaw = last('currency');
  // The core's own normaliser, so RMB, 人民币, US$ … name the codes ingest derives from the data.
  const currency = currencyRaw === null ? null : currencyCode(currencyRaw);
  if (currency !== null && !/^[A-Z]{3}$/.test(currency))
    return bad('currency', currencyRaw ?? '', 'HINT_CURRENCY');
  const rates: Record<string, number> = {};
  for (const r of raw.rate ?? []) {
    const m = /^\s*([^=:\s]+)\s*[=:]\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/i.exec(r);
    const v = m ? Number(m[2]) : NaN;
    const code = m ? currencyCode(m[1]) : null;
    if (!m || code === null || !/^[A-Z]{3}$/.test(code) || !(v > 0) || !Number.isFinite(v))
      return fail({ code: 'BAD_VALUE', params: { opt: '--rate', value: r, hint: 'HINT_RATE' } });
    rates[code] = v;
  }
  const dims = (raw.dims ?? []).flatMap((d) => d.split(/[,，]/)).map((d) => d.trim());
  if (dims.some((d) => d.length === 0)) return bad('dims', (raw.dims ?? []).join(','), 'HINT_DIMS');
  if (stretch.v !== null && target.v === null) return fail({ code: 'STRETCH_WITHOUT_TARGET' });
  if (stretch.v !== null && target.v !== null && stretch.v < target.v)
    return fail({ code: 'STRETCH_BELOW_BASE' });

  const engine = last('engine') ?? 'auto';
  if (!['auto', 'core', 'duckdb'].includes(engine)) return bad('engine', engine, 'HINT_ENGINE');
  const dialect = last('dialect') ?? 'duckdb';
  if (!['duckdb', 'bigquery', 'postgres'].includes(dialect)) return bad('dialect', dialect, 'HINT_DIALECT');

  const dateOrderRaw = last('dateOrder');
  const dateOrder =
    dateOrderRaw === null ? null : DateOrderSchema.safeParse(dateOrderRaw.trim().toLowerCase());
  if (dateOrder && !dateOrder.success) return bad('dateOrder', dateOrderRaw ?? '', 'HINT_DATE_ORDER');
  const excluded = (raw.excludeStatus ?? []).flatMap((d) => d.split(/[,，]/)).map((d) => d.trim());
  const excludeStatuses = includeCancelled ? [] : raw.excludeStatus ? excluded.filter((d) => d !== '') : null;
  const targetsRaw = last('targets');
  const options = CliOptionsSchema.parse({
    input: positional[0],
    sheet: last('sheet'),
    year: year.v,
    fiscalStart: fiscalStart.v,
    targets: targetsRaw === null ? null : splitFileSheet(targetsRaw),
    target: target.v,
    stretch: stretch.v,
    map,
    units,
    dims,
    lang: langOpt.v,
    unit: unit ? unit.data : null,
    growth: growth.v,
    quarterWeights: weights.v,
    out: last('out'),
    json: last('json'),
    quiet,
    data,
    currency,
    rates,
    engine,
    sql,
    dialect,
    table: last('table'),
    aggregates: aggregatesDir,
    dateOrder: dateOrder ? dateOrder.data : null,
    excludeStatuses,
  });
  return { ok: true, kind: 'review', options };
}
