/**
 * DuckDB never answers differently from the core on a real sheet: on every CSV of the real-sheet
 * corpus the engine either declines (with its reason, and auto falls back to the core) or gives the
 * in-core review. Day-first dates (Walmart weekly, Supermarket sales) used to come back as bad dates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duckReview } from '../../cli/duckdb-engine';
import { decodeCsvBytes, parseCsv } from '../../cli/read-csv';
import { runReview } from '../../core/pipeline';
import { ReviewSettingsSchema } from '../../core/settings';
import { reviewDifferences } from '../core/aggregates/same-review';
import { REAL_DIR, readPeople } from './people';

const settings = ReviewSettingsSchema.parse({ language: 'en' });
const csvs = readPeople()
  .files.map((p) => p.file)
  .filter((f) => f.endsWith('.csv'));

describe('DuckDB on the real-sheet corpus', () => {
  it.each(csvs)('%s: declined, or the in-core review', async (name) => {
    const file = join(REAL_DIR, name);
    const duck = await duckReview({ kind: 'csv', files: [file] }, settings, { sheet: 'data', threads: 1 });
    if (!duck.ok) {
      expect(duck.declined.length).toBeGreaterThan(0);
      return;
    }
    const core = runReview(parseCsv(decodeCsvBytes(readFileSync(file)).text), settings, {
      sheet: 'data',
      now: new Date(0),
    });
    expect(core.ok && duck.result.ok).toBe(true);
    if (core.ok && duck.result.ok) expect(reviewDifferences(core.model, duck.result.model)).toEqual([]);
  });
});
