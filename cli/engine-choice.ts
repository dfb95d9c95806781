/**
 * Which engine reads an input when --engine is auto: DuckDB for Parquet, a folder and a CSV past
 * CSV_DUCKDB_BYTES; the in-core reader for the rest (every sheet format, and CSVs a sheet holds).
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';

/**
 * CSVs from 100 MB (about 1.2 million order rows of nine columns) go through DuckDB: past a
 * sheet's 1,048,576 rows, where the in-core path takes 14–20 s and holds every row in memory.
 */
export const CSV_DUCKDB_BYTES = 100 * 1024 * 1024;

const CSV_EXT = new Set(['.csv', '.tsv', '.txt']);

/**
 * Whether auto picks DuckDB for this path; null when it does not exist.
 * @example await autoPicksDuckdb('orders.parquet') // true
 */
export async function autoPicksDuckdb(path: string): Promise<boolean | null> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return true;
    const ext = extname(path).toLowerCase();
    if (ext === '.parquet') return true;
    return CSV_EXT.has(ext) && s.size >= CSV_DUCKDB_BYTES;
  } catch {
    return null;
  }
}

/**
 * Whether only DuckDB reads this path (Parquet, a folder): no in-core fallback.
 * @example await onlyDuckdbReads('orders/') // true
 */
export async function onlyDuckdbReads(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory() || extname(path).toLowerCase() === '.parquet';
  } catch {
    return false;
  }
}
