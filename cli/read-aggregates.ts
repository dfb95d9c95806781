/**
 * `review --aggregates <folder>`: the results of the printed queries, exported where the data is,
 * read back — queries.sql (its manifest line: the spec, the column mapping, the currency) and
 * <name>.csv or <name>.json per query (a JSON array, BigQuery's one object per line, or CSV with
 * a header row).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { AggregateSpec, SqlResults } from '../core/aggregates';
import type { ColumnMapping } from '../core/table';
import { decodeCsvBytes, parseCsv } from './read-csv';

const ManifestSchema = z.object({
  spec: z.object({
    startMonth: z.number().int().min(1).max(12),
    breakdown: z.array(z.string()),
    dimensions: z.array(z.string()),
    measures: z.array(z.enum(['amount', 'cost', 'grossProfit', 'quantity', 'target', 'stretchTarget'])),
    customer: z.boolean(),
  }),
  mapping: z
    .object({ headerRow: z.number(), roles: z.record(z.string(), z.unknown()), headers: z.array(z.string()) })
    .passthrough(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

export type AggregatesRead =
  | { ok: true; spec: AggregateSpec; mapping: ColumnMapping; currency: string; results: SqlResults }
  | { ok: false; detail: string };

function rowsOfText(name: string, text: string, json: boolean): Record<string, unknown>[] {
  if (json) {
    const t = text.trim();
    if (t.startsWith('[')) return JSON.parse(t) as Record<string, unknown>[];
    // BigQuery exports JSON as one object per line
    return t
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }
  const [head, ...rows] = parseCsv(text);
  if (!head) throw new Error(`${name}.csv is empty`);
  const cols = head.map((h) => String(h ?? '').trim());
  return rows
    .filter((r) => r.some((v) => v !== null && v !== ''))
    .map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i] ?? null])));
}

/**
 * Reads a results folder.
 * @example const r = await readAggregates('results/');
 */
export async function readAggregates(dir: string): Promise<AggregatesRead> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { ok: false, detail: 'not a folder' };
  }
  if (!names.includes('queries.sql')) return { ok: false, detail: 'no queries.sql' };
  const sql = await readFile(join(dir, 'queries.sql'), 'utf8');
  const line = /^-- sales-review-manifest: (.*)$/m.exec(sql);
  if (!line) return { ok: false, detail: 'queries.sql has no sales-review-manifest line' };
  let manifest: z.infer<typeof ManifestSchema>;
  try {
    const m = ManifestSchema.safeParse(JSON.parse(line[1]));
    if (!m.success) return { ok: false, detail: 'queries.sql: its manifest line was changed' };
    manifest = m.data;
  } catch {
    return { ok: false, detail: 'queries.sql: its manifest line was changed' };
  }
  const spec = manifest.spec;
  const wanted = [
    'periods',
    ...spec.dimensions.map((_d, k) => `segment_${k + 1}`),
    ...(spec.customer ? ['customers'] : []),
    'quality',
    'filled',
    'issues',
  ];
  const results: SqlResults = {};
  for (const name of [...wanted, 'duplicates']) {
    const file = names.find((n) => n === `${name}.json`) ?? names.find((n) => n === `${name}.csv`);
    if (!file) {
      if (name === 'duplicates') continue;
      return { ok: false, detail: `no ${name}.csv or ${name}.json` };
    }
    try {
      const text = decodeCsvBytes(await readFile(join(dir, file))).text;
      results[name] = rowsOfText(name, text, file.endsWith('.json'));
    } catch (e) {
      return { ok: false, detail: `${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
    }
  }
  return {
    ok: true,
    spec,
    mapping: manifest.mapping as unknown as ColumnMapping,
    currency: manifest.currency,
    results,
  };
}
