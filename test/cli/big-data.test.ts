/**
 * The CLI past one sheet: --engine duckdb, --sql (the DuckDB text executed, its results exported as
 * CSV and JSON) and --aggregates give the review the in-core engine gives, figure for figure.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeCsv } from '../../cli/bench-cli';
import { main } from '../../cli/main';
import type { ReviewModel } from '../../core/review';
import { reviewDifferences } from '../core/aggregates/same-review';

const dir = mkdtempSync(join(tmpdir(), 'sr-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (f: (s: string) => void): NodeJS.WriteStream =>
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        f(chunk.toString());
        cb();
      },
    }) as unknown as NodeJS.WriteStream;
  const code = await main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env: { LANG: 'C.UTF-8' },
  });
  return { code, stdout, stderr };
}

const model = (file: string): ReviewModel => JSON.parse(readFileSync(file, 'utf8')) as ReviewModel;
const csv = join(dir, 'orders.csv');

beforeAll(async () => {
  await writeCsv(csv, 1200);
  // a subtotal row and a bad date: skipped in SQL as in the core
  writeFileSync(
    csv,
    `${readFileSync(csv, 'utf8')}合计,,,,,,999,,\n2025-02-30,华东,云服务,客户0001有限公司,销售1,直销,10,5,1\n`,
  );
});

describe('sales-review past one sheet', () => {
  let core: ReviewModel;
  beforeAll(async () => {
    const r = await run([
      'review',
      csv,
      '--engine',
      'core',
      '--lang',
      'en',
      '-o',
      join(dir, 'core.xlsx'),
      '--json',
      join(dir, 'core.json'),
    ]);
    expect(r.code).toBe(0);
    core = model(join(dir, 'core.json'));
  });

  it('--engine duckdb writes the in-core review', async () => {
    const r = await run([
      'review',
      csv,
      '--engine',
      'duckdb',
      '--lang',
      'en',
      '-o',
      join(dir, 'duck.xlsx'),
      '--json',
      join(dir, 'duck.json'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(reviewDifferences(core, model(join(dir, 'duck.json')), ['generatedAt', 'source'])).toEqual([]);
  });

  it('--sql prints DuckDB text that runs, and --aggregates on its CSV and JSON results gives the same review', async () => {
    const printed = await run([
      'review',
      csv,
      '--sql',
      '--dialect',
      'duckdb',
      '--table',
      'orders',
      '--lang',
      'en',
    ]);
    expect(printed.code).toBe(0);
    const results = join(dir, 'results');
    mkdirSync(results);
    writeFileSync(join(results, 'queries.sql'), printed.stdout);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    await conn.run(
      `CREATE TABLE orders AS SELECT * FROM read_csv('${csv}', all_varchar = true, header = true)`,
    );
    const queries = printed.stdout.split(/^-- (\w+): feeds .*$/m).slice(1);
    expect(queries.length / 2).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < queries.length; i += 2) {
      const name = queries[i];
      const sql = queries[i + 1].trim().replace(/;$/, '');
      // half the results as CSV (what a warehouse console exports), half as JSON
      const file = join(results, `${name}.${i % 4 === 0 ? 'csv' : 'json'}`);
      await conn.run(
        `COPY (${sql}) TO '${file}' (FORMAT ${i % 4 === 0 ? 'CSV, HEADER' : 'JSON, ARRAY true'})`,
      );
    }
    conn.closeSync();
    db.closeSync();
    const r = await run([
      'review',
      '--aggregates',
      results,
      '--lang',
      'en',
      '-o',
      join(dir, 'agg.xlsx'),
      '--json',
      join(dir, 'agg.json'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const agg = model(join(dir, 'agg.json'));
    // a warehouse table has no row order: the same review but for the skipped rows' row numbers
    const rowless = (m: ReviewModel): ReviewModel => ({
      ...m,
      dataQuality: {
        ...m.dataQuality,
        skipped: m.dataQuality.skipped
          .map((s) => ({ ...s, row: 0, message: '' }))
          .sort((a, b) => a.code.localeCompare(b.code)),
      },
    });
    // the sheet is named after the results folder
    expect(reviewDifferences(rowless(core), rowless(agg), ['generatedAt', 'source', 'sheet'])).toEqual([]);
  });

  it('--targets file[:sheet] reads the targets on the DuckDB path and from --aggregates as the in-core review does', async () => {
    const targets = join(dir, 'targets.csv');
    writeFileSync(targets, 'Quarter,Target\n2025Q1,1.7e8\n2025Q2,1.7e8\n2025Q3,1.7e8\n2025Q4,1.7e8\n');
    const review = async (name: string, args: string[]): Promise<ReviewModel> => {
      const json = join(dir, `${name}.json`);
      const r = await run([
        'review',
        ...args,
        '--targets',
        targets,
        '--lang',
        'en',
        '-o',
        join(dir, `${name}.xlsx`),
        '--json',
        json,
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`targets from "${targets}:targets"`);
      return model(json);
    };
    const inCore = await review('t-core', [csv, '--engine', 'core']);
    expect(inCore.totals.target).toBe(6.8e8);
    const duck = await review('t-duck', [csv, '--engine', 'duckdb']);
    expect(reviewDifferences(inCore, duck, ['generatedAt', 'source'])).toEqual([]);
    const agg = await review('t-agg', ['--aggregates', join(dir, 'results')]);
    expect(agg.totals.target).toBe(6.8e8);
    expect(agg.totals.attainment).toBe(inCore.totals.attainment);
  });

  it('--sql --dialect bigquery quotes the table and names what each query feeds', async () => {
    const r = await run(['review', csv, '--sql', '--dialect', 'bigquery', '--table', 'proj.sales.orders']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FROM `proj`.`sales`.`orders`');
    expect(r.stdout).toMatch(/^-- customers: feeds customers/m);
  });

  it('a results folder without queries.sql is one sentence naming what to save', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = await run(['review', '--aggregates', empty, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `The results in ${empty} cannot be read (no queries.sql): save queries.sql (printed by --sql) and each query's result as <name>.csv or <name>.json in that folder.`,
    );
  });

  it('--engine duckdb on what its SQL cannot read names the rule and the option that reads it', async () => {
    const f = join(dir, 'status.csv');
    writeFileSync(f, 'Date,Status,Revenue\n2025-01-02,Cancelled,10\n2025-01-03,Paid,20\n');
    const r = await run(['review', f, '--engine', 'duckdb', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `DuckDB cannot read ${f} as the review reads a sheet (a status column leaves cancelled orders out): run it with --engine core.`,
    );
  });

  it('--engine duckdb on a workbook or a wide sheet says why and names --engine core', async () => {
    const book = join(dir, 'book.xlsx');
    writeFileSync(book, 'not read: the extension decides');
    const r = await run(['review', book, '--engine', 'duckdb', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `DuckDB cannot read ${book} as the review reads a sheet (a workbook, one sheet per month or not, is read by the in-core engine; DuckDB's excel extension would be downloaded from the network): run it with --engine core.`,
    );
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, '客户,2025年1月,2025年2月,2025年3月\n甲公司,100,200,300\n乙公司,50,60,70\n');
    const w = await run(['review', wide, '--engine', 'duckdb', '--lang', 'en']);
    expect(w.code).toBe(1);
    expect(w.stderr.trim()).toBe(
      `DuckDB cannot read ${wide} as the review reads a sheet (months or quarters run across the columns (a wide sheet), which the in-core engine turns into rows): run it with --engine core.`,
    );
    expect(
      (await run(['review', wide, '--engine', 'core', '--lang', 'en', '-o', join(dir, 'wide-review.xlsx')]))
        .code,
    ).toBe(0);
  });

  it('a file DuckDB cannot open is one sentence naming the file and the fix, never an internal error', async () => {
    const broken = join(dir, 'broken.parquet');
    writeFileSync(broken, 'PAR1 cut short by a failed download');
    const r = await run(['review', broken, '--lang', 'en', '-o', join(dir, 'broken.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      new RegExp(
        `^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be read \\(.+\\): check that it is a complete, uncorrupted \\.parquet or \\.csv file, or export it again\\.$`,
      ),
    );
    const zh = await run(['review', broken, '--lang', 'zh-CN', '-o', join(dir, 'broken.xlsx')]);
    expect(zh.stderr).toContain(`无法读取 ${broken}（`);
    expect(r.stderr + zh.stderr).not.toMatch(/Internal error|内部错误|\n\s+at /);
  });

  it.each(['csv', 'parquet'] as const)(
    'a folder of %s files with different columns is refused, naming the file that differs',
    async (kind) => {
      const folder = join(dir, `schemas-${kind}`);
      mkdirSync(folder);
      const a = join(dir, `schemas-a-${kind}.csv`);
      const b = join(dir, `schemas-b-${kind}.csv`);
      writeFileSync(a, 'Date,Region,Revenue\n2025-01-02,East,10\n2025-02-03,West,20\n');
      writeFileSync(b, 'Customer,Amount\nAcme,5\nBeta,7\n');
      if (kind === 'csv') {
        writeFileSync(join(folder, 'a.csv'), readFileSync(a));
        writeFileSync(join(folder, 'b.csv'), readFileSync(b));
      } else {
        const db = await DuckDBInstance.create(':memory:');
        const conn = await db.connect();
        for (const [name, f] of [
          ['a', a],
          ['b', b],
        ] as const)
          await conn.run(
            `COPY (SELECT * FROM read_csv('${f}', header = true)) TO '${join(folder, `${name}.parquet`)}' (FORMAT PARQUET)`,
          );
        conn.closeSync();
        db.closeSync();
      }
      const r = await run(['review', folder, '--lang', 'en', '-o', join(dir, `schemas-${kind}.xlsx`)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `(the folder's files do not all have the same columns: b.${kind}: Customer, Amount; a.${kind}: Date, Region, Revenue)`,
      );
    },
  );

  it('--engine duckdb on a sheet without a date column gives the detection sentence, as the in-core engine does', async () => {
    const f = join(dir, 'no-date.csv');
    writeFileSync(f, 'Region,Revenue\nEast,10\nWest,20\n');
    const duck = await run(['review', f, '--engine', 'duckdb', '--lang', 'en']);
    const core = await run(['review', f, '--engine', 'core', '--lang', 'en']);
    expect(duck.code).toBe(1);
    expect(duck.stderr.trim()).toMatch(/^No date or period column found: .*--map date=<header>/);
    expect(duck.stderr).toBe(core.stderr);
  });

  it('refuses an unknown engine or dialect with the values it takes', async () => {
    expect((await run(['review', csv, '--engine', 'spark', '--lang', 'en'])).stderr).toContain(
      'use core, duckdb or auto',
    );
    expect((await run(['review', csv, '--sql', '--dialect', 'mysql', '--lang', 'en'])).stderr).toContain(
      'use duckdb, bigquery or postgres',
    );
  });
});
