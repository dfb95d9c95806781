/**
 * Same answer: the review built through DuckDB (the spec's SQL executed) equals the in-core review,
 * every figure to 1e-9 relative, same findings and data-quality rows; and the review built from the
 * query results as a warehouse exports them (text in CSV) equals both.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { duckInput, duckReview } from '../../cli/duckdb-engine';
import { parseCsv } from '../../cli/read-csv';
import { writeCsv } from '../../cli/bench-cli';
import { readFileSync } from 'node:fs';
import { runReview } from '../../core/pipeline';
import { ReviewSettingsSchema } from '../../core/settings';
import { reviewDifferences } from '../core/aggregates/same-review';

const dir = mkdtempSync(join(tmpdir(), 'sr-duck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const settings = ReviewSettingsSchema.parse({ language: 'en' });
const NOW = new Date(0);

async function both(file: string, s = settings) {
  const core = runReview(parseCsv(readFileSync(file, 'utf8')), s, { sheet: 'orders', now: NOW });
  const duck = await duckReview({ kind: 'csv', files: [file] }, s, { sheet: 'orders', threads: 1 });
  return { core, duck };
}

describe('duckReview (DuckDB engine)', () => {
  it('gives the in-core review of a ledger with subtotal, bad-date, text-amount, duplicate and refund rows', async () => {
    const file = join(dir, 'messy.csv');
    await writeCsv(file, 1500);
    const mess = [
      '合计,,,,,,123,,',
      '2025-13-01,华东,智能终端,客户0001有限公司,销售1,直销,100,1,1',
      ',华东,智能终端,客户0001有限公司,销售1,直销,100,1,1',
      '2025-01-02,华东,智能终端,客户0001有限公司,销售1,直销,abc,1,1',
      '2025/1/2,华东,智能终端,客户0001有限公司,销售1,直销,-50,1,1',
      '2025/1/2,华东,智能终端,客户0001有限公司,销售1,直销,-50,1,1',
      '2025年3月5日,华南,云服务,客户0002有限公司,销售2,电商,"1,200.5",3,2',
      '2025-04,华南,云服务,客户0002有限公司,销售2,电商,1.5万,3,2',
      // spaces around a value and a run of spaces inside: trimmed and made one, as the core does
      '2025-05-06, 华东 ,智能终端,客户0003  有限公司,销售1,直销,300,1,1',
      '订单日期,区域,产品线,客户名称,销售员,渠道,销售额(元),成本(元),数量',
    ];
    writeFileSync(file, `${readFileSync(file, 'utf8')}${mess.join('\n')}\n`);
    const { core, duck } = await both(file);
    expect(core.ok && duck.ok && duck.result.ok).toBe(true);
    if (!core.ok || !duck.ok || !duck.result.ok) return;
    const q = duck.result.model.dataQuality;
    expect(q.skipped.map((s) => s.code).sort()).toEqual(
      ['BAD_AMOUNT', 'BAD_DATE', 'NO_DATE', 'REPEATED_HEADER', 'SUBTOTAL_ROW'].sort(),
    );
    expect(q.duplicates.rows).toBe(1);
    expect(reviewDifferences(core.model, duck.result.model)).toEqual([]);
  });

  it('finds subtotal and repeated-header rows in a mostly-distinct column (tested row by row) as the core does', async () => {
    // order numbers are all different: the first pass tests that column's cells one by one
    const file = join(dir, 'orders-with-ids.csv');
    const lines = ['Order No,Date,Region,Revenue'];
    for (let i = 0; i < 700; i++)
      lines.push(
        `SO-${10000 + i},2025-${String(1 + (i % 12)).padStart(2, '0')}-10,${['East', 'West'][i % 2]},${100 + i}`,
      );
    lines.splice(300, 0, 'Order No,Date,Region,Revenue', 'Subtotal,,,5000');
    lines.push('Grand total,,,99999');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { core, duck } = await both(file);
    expect(core.ok && duck.ok && duck.result.ok).toBe(true);
    if (!core.ok || !duck.ok || !duck.result.ok) return;
    expect(duck.result.model.dataQuality.skipped.map((s) => s.code)).toEqual([
      'REPEATED_HEADER',
      'SUBTOTAL_ROW',
      'SUBTOTAL_ROW',
    ]);
    expect(reviewDifferences(core.model, duck.result.model)).toEqual([]);
  });

  it.each(['csv', 'parquet'] as const)(
    'names a skipped or duplicate row of a folder of %s files by its file and its row there',
    async (kind) => {
      const folder = join(dir, `folder-${kind}`);
      mkdirSync(folder);
      const header = 'Date,Region,Customer,Revenue';
      const line = (i: number): string =>
        `2025-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)},${['East', 'West'][i % 2]},C${i % 37},${100 + i}`;
      const a = Array.from({ length: 400 }, (_v, i) => line(i));
      const b = Array.from({ length: 300 }, (_v, i) => line(1000 + i));
      b.splice(9, 0, '2025-02-30,East,C1,55'); // b's row 11 (the header is row 1)
      b.push(a[4]); // a duplicate of a's row 6, at b's row 303
      const all = [header, ...a, ...b];
      writeFileSync(join(dir, `folder-${kind}.csv`), `${all.join('\n')}\n`);
      if (kind === 'csv') {
        writeFileSync(join(folder, 'a.csv'), `${[header, ...a].join('\n')}\n`);
        writeFileSync(join(folder, 'b.csv'), `${[header, ...b].join('\n')}\n`);
      } else {
        const db = await DuckDBInstance.create(':memory:');
        const conn = await db.connect();
        for (const [name, rows] of [
          ['a', a],
          ['b', b],
        ] as const) {
          const csvFile = join(dir, `${kind}-${name}.csv`);
          writeFileSync(csvFile, `${[header, ...rows].join('\n')}\n`);
          await conn.run(
            `COPY (SELECT * FROM read_csv('${csvFile}', all_varchar = true, header = true)) TO '${join(folder, `${name}.parquet`)}' (FORMAT PARQUET)`,
          );
        }
        conn.closeSync();
        db.closeSync();
      }
      const input = await duckInput(folder);
      if (typeof input === 'string') throw new Error(input);
      const duck = await duckReview(input, settings, { sheet: 'orders', threads: 1 });
      const core = runReview(parseCsv(readFileSync(join(dir, `folder-${kind}.csv`), 'utf8')), settings, {
        sheet: 'orders',
        now: NOW,
      });
      expect(core.ok && duck.ok && duck.result.ok).toBe(true);
      if (!core.ok || !duck.ok || !duck.result.ok) return;
      const q = duck.result.model.dataQuality;
      expect(q.skipped.map((s) => [s.code, s.sheet, s.row, s.message])).toEqual([
        [
          'BAD_DATE',
          'b.' + kind,
          11,
          `[b.${kind}] ${core.model.dataQuality.skipped[0].message.replace('Row 411', 'Row 11')}`,
        ],
      ]);
      expect(q.flagged.map((s) => [s.code, s.sheet, s.row, s.first])).toEqual([
        ['DUPLICATE_ROW', `b.${kind}`, 303, 6],
      ]);
      expect(q.flagged[0].message).toContain(`a.${kind}!6`);
      // the figures are the in-core review's of the same rows in one file
      expect(
        reviewDifferences(core.model, duck.result.model, [
          'generatedAt',
          'dataQuality.skipped',
          'dataQuality.flagged',
        ]),
      ).toEqual([]);
    },
  );

  it('gives the in-core review of generated ledgers (property)', async () => {
    const REGIONS = ['East', 'West', 'North 区'];
    const row = fc.record({
      y: fc.integer({ min: 2023, max: 2025 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      region: fc.constantFrom(...REGIONS, ''),
      customer: fc.integer({ min: 0, max: 30 }),
      cents: fc.integer({ min: -50000, max: 5_000_000 }),
      cost: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 3, maxLength: 120 }),
        fc.integer({ min: 1, max: 12 }),
        async (rows, start) => {
          const file = join(dir, `gen-${n++}.csv`);
          const lines = rows.map(
            (r) =>
              `${r.y}-${String(r.m).padStart(2, '0')}-${String(r.d).padStart(2, '0')},${r.region},C${r.customer},${(r.cents / 100).toFixed(2)},${r.cost === null ? '' : r.cost / 100}`,
          );
          writeFileSync(file, `Date,Region,Customer,Revenue,Cost\n${lines.join('\n')}\n`);
          const s = ReviewSettingsSchema.parse({ language: 'en', fiscalStartMonth: start });
          const { core, duck } = await both(file, s);
          if (!core.ok) return duck.ok === false || duck.result.ok === false;
          if (!duck.ok || !duck.result.ok) return false;
          expect(reviewDifferences(core.model, duck.result.model)).toEqual([]);
          return true;
        },
      ),
      { numRuns: 6, seed: 16 },
    );
  });

  it('numbers the rows of a large CSV as the file does when DuckDB loads it with two threads', async () => {
    // 600,000 rows (about 45 MB) are read in several buffers in parallel: the table the CSV is
    // loaded into must keep the file's order, or the rows named in the data-quality tab move
    const file = join(dir, 'large.csv');
    await writeCsv(file, 600_000);
    const lines = readFileSync(file, 'utf8').split('\n');
    const bad = [2, 123_457, 299_999, 512_345, 600_001]; // 1-based file lines (line 1 is the header)
    for (const line of bad)
      lines[line - 1] = lines[line - 1].replace(/,[^,]*,([^,]*),([^,]*)$/, ',abc,$1,$2');
    writeFileSync(file, lines.join('\n'));
    const duck = await duckReview({ kind: 'csv', files: [file] }, settings, { sheet: 'orders', threads: 2 });
    expect(duck.ok && duck.result.ok).toBe(true);
    if (!duck.ok || !duck.result.ok) return;
    const skipped = duck.result.model.dataQuality.skipped;
    expect(skipped.map((s) => [s.code, s.row])).toEqual(bad.map((row) => ['BAD_AMOUNT', row]));
  }, 60_000);

  it('declines what its SQL does not read as ingest does (a status column), naming the rule', async () => {
    const file = join(dir, 'status.csv');
    writeFileSync(file, 'Date,Status,Revenue\n2025-01-02,Cancelled,10\n2025-01-03,Paid,20\n');
    const { duck } = await both(file);
    expect(duck).toEqual({ ok: false, declined: ['STATUS_COLUMN'] });
  });
});
