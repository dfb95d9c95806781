/**
 * The Excel host against Microsoft's own client library (excel-web-16.00.debug.js, loaded in Node):
 * the real proxies check loads and arguments client-side, the real request builder makes the
 * request bodies, and a local server (wire-server.ts) executes them with Excel's rules. What the
 * hand-written fake cannot see is checked here: property-not-loaded errors, object paths used
 * across syncs, the true size and action count of each request.
 */
import { runReview } from '../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../core/settings/schema';
import type { Grid } from '../../../core/table/types';
import { Batcher } from '../../../excel-addin/batcher';
import { ExcelHost } from '../../../excel-addin/host';
import { oneClickReview } from '../../../excel-addin/one-click';
import { docOf, sizedTab } from '../../sheets-addon/tabs';
import { MAX_REQUEST_BYTES } from '../excel-rules';
import { FakeExcel } from '../fake-excel';
import { officeFake } from '../office-fake';
import { demoWorkbook } from './demo-workbook';
import { realExcelRun } from './load-office-js';
import { WireServer } from './wire-server';

function realHost(xl: FakeExcel, lang = 'zh-CN') {
  const server = new WireServer(xl);
  const of = officeFake({ lang });
  return { server, of, host: new ExcelHost({ run: realExcelRun(server.handle), office: of.office }) };
}

/** Bytes the batcher reserved while `body` ran (its estimate of the request it sends). */
async function estimated<T>(body: () => Promise<T>): Promise<{ result: T; bytes: number }> {
  const reserve = jest.spyOn(Batcher.prototype, 'reserve');
  try {
    const result = await body();
    return { result, bytes: reserve.mock.calls.reduce((n, [b]) => n + b, 0) };
  } finally {
    reserve.mockRestore();
  }
}

describe('the demo review through Microsoft’s client library', () => {
  let xl: FakeExcel;
  let server: WireServer;
  let estimate = 0;
  let outcome: Awaited<ReturnType<typeof oneClickReview>>;

  beforeAll(async () => {
    xl = await demoWorkbook();
    const real = realHost(xl);
    server = real.server;
    const run = await estimated(() => oneClickReview(real.host, real.of.office));
    outcome = run.result;
    estimate = run.bytes;
  }, 60_000);

  it('reads, reviews and writes all eight tabs without a client-side error', () => {
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.tabs.map((t) => t.key)).toEqual([
      'overview',
      'quarterly',
      'breakdowns',
      'customers',
      'bridges',
      'findings',
      'plan',
      'dataQuality',
    ]);
    expect(xl.sheets.map((s) => s.name).slice(2)).toEqual(outcome.ok ? outcome.tabs.map((t) => t.name) : []);
  });

  it('keeps every request and response under Excel on the web’s 5 MB, the write under the batcher’s 4 MB', () => {
    for (const r of server.requests) {
      expect(r.bytes).toBeLessThan(MAX_REQUEST_BYTES);
      expect(r.responseBytes).toBeLessThan(MAX_REQUEST_BYTES);
    }
    expect(server.maxRequestBytes()).toBeLessThan(4 * 1024 * 1024);
  });

  it('estimates the write within 10% of the request the library really sends (UTF-8, per action)', () => {
    // the render request is the largest; its estimate used to be 2.4× low (256 bytes per style
    // run against ~950 real; CJK text counted as 2 bytes, 3 in UTF-8)
    const render = server.requests.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    expect(estimate / render.bytes).toBeGreaterThan(0.9);
    expect(estimate / render.bytes).toBeLessThan(1.1);
  });
});

describe('a review larger than one request', () => {
  it('is split into requests that each stay under 4 MB, and written whole', async () => {
    const xl = new FakeExcel(['Sales']);
    const { server, host } = realHost(xl, 'en-US');
    // 80,000 customer rows: ~4.5 MB of values and formats
    const tab = sizedTab(80_000, (i) => `客户 ${i + 1} 有限公司`);
    const { result, bytes } = await estimated(() => host.writeSheetDoc(docOf(tab)));
    expect(result).toEqual({ ok: true, tabs: [{ key: 'customers', name: 'Review - Customers' }] });
    const big = server.requests.filter((r) => r.bytes > 100_000);
    expect(big.length).toBeGreaterThanOrEqual(2);
    for (const r of big) expect(r.bytes).toBeLessThan(4.4 * 1024 * 1024);
    const total = big.reduce((n, r) => n + r.bytes, 0);
    expect(bytes / total).toBeGreaterThan(0.9);
    expect(xl.sheet('Review - Customers')?.cell(80_002, 0)?.value).toBe('Total');
  }, 60_000);
});

describe('charts an Excel build refuses, through the real library', () => {
  it('an old build that refuses a native waterfall’s title draws every chart; the review is complete', async () => {
    const xl = new FakeExcel(['Sales']);
    xl.oldChartBuild = true;
    const { host } = realHost(xl, 'en-US');
    const grid: Grid = [
      ['Date', 'Amount'],
      ...Array.from({ length: 40 }, (_, i) => [45292 + i * 18, 100 + i]),
    ];
    const review = runReview(grid, ReviewSettingsSchema.parse({ language: 'en' }));
    if (!review.ok) throw new Error(review.message);
    const r = await host.writeSheetDoc(review.doc);
    expect(r).toMatchObject({ ok: true, tabs: review.doc.tabs.map((t) => ({ key: t.key, name: t.name })) });
    expect(r.ok && r.chartsDropped).toBeFalsy();
    const charts = xl.sheets.flatMap((s) => s.charts.map((c) => c.type));
    expect(charts.length).toBe(review.doc.tabs.reduce((n, t) => n + t.charts.length, 0));
    expect(charts).not.toContain('Waterfall');
  });
});

describe('the hosts’s reads and writes in one run each', () => {
  it('lists, reads and writes with the real proxies (no property read before its load)', async () => {
    const xl = new FakeExcel(['Data']);
    xl.sheets[0].setGrid([
      ['日期', '客户', '销售额'],
      [45658, '甲', 100],
    ]);
    const { host } = realHost(xl);
    expect(await host.listSheets()).toEqual([
      { name: 'Data', rows: 2, cols: 3, isActive: true, owned: false, hidden: false },
    ]);
    expect((await host.readGrid('Data')).grid).toEqual([
      ['日期', '客户', '销售额'],
      [45658, '甲', 100],
    ]);
    // text that looks like a formula is read back as the text it is
    xl.sheets[0].setGrid([['=HYPERLINK("x")']], 2, 1);
    expect((await host.readGrid('Data', { maxRows: 3 })).grid[2][1]).toBe('=HYPERLINK("x")');
    const grid: Grid = [
      ['日期', '销售额'],
      ...Array.from({ length: 30 }, (_, i) => [45658 + i * 20, 100 + i]),
    ];
    const review = runReview(grid, ReviewSettingsSchema.parse({ language: 'en' }));
    if (!review.ok) throw new Error(review.message);
    expect(await host.writeSheetDoc(review.doc)).toMatchObject({ ok: true });
  });
});
