/**
 * Same answer: the review built through DuckDB (the spec's SQL executed) equals the in-core review,
 * every figure to 1e-9 relative, same findings and data-quality rows; and the review built from the
 * query results as a warehouse exports them (text in CSV) equals both.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { duckReview } from '../../cli/duckdb-engine';
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

  it('declines what its SQL does not read as ingest does (a status column), naming the rule', async () => {
    const file = join(dir, 'status.csv');
    writeFileSync(file, 'Date,Status,Revenue\n2025-01-02,Cancelled,10\n2025-01-03,Paid,20\n');
    const { duck } = await both(file);
    expect(duck).toEqual({ ok: false, declined: ['STATUS_COLUMN'] });
  });
});
