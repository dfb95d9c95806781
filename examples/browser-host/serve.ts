/**
 * The browser demo server (`npm run demo:ui`): bundles the page with esbuild at start, serves it on
 * 127.0.0.1 (PORT or 5178) with the sample workbook's sheets as JSON grids.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { JsonBook } from './browser-host';
import { pageHtml } from './html';
import {
  loadBook,
  SHEET_SETS,
  splitSales,
  shopExport,
  wideNoYear,
  twoCurrencies,
  withoutAmounts,
  withoutCustomers,
  type SheetSet,
} from './workbook';

export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 = any free port. */
  port: number;
  /** Workbook to serve (default examples/sales-2025.xlsx). */
  workbook?: string;
  /** Minify the bundle (default true). */
  minify?: boolean;
}

const ROOT = join(__dirname, '..', '..');

/**
 * Bundles the page script (core/taskpane + BrowserHost) for the browser.
 * @example const js = await bundlePage(true);
 */
export async function bundlePage(minify: boolean): Promise<string> {
  const out = await build({
    entryPoints: [join(__dirname, 'page.ts')],
    bundle: true,
    minify,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Starts the server; resolves once it listens.
 * @example const s = await startServer({ port: 0 }); … await s.close();
 */
export async function startServer(options: ServeOptions): Promise<DemoServer> {
  const [script, sample] = await Promise.all([
    bundlePage(options.minify ?? true),
    loadBook(options.workbook ?? join(ROOT, 'examples', 'sales-2025.xlsx'), 'sales-2025.xlsx'),
  ]);
  const books: Record<SheetSet, string> = {
    sample: JSON.stringify(sample),
    'no-amount': JSON.stringify(withoutAmounts(sample)),
    'no-customer': JSON.stringify(withoutCustomers(sample)),
    split: JSON.stringify(splitSales(sample)),
    shop: JSON.stringify(shopExport()),
    wide: JSON.stringify(wideNoYear()),
    currency: JSON.stringify(twoCurrencies()),
  };
  const html = pageHtml('/app.js');
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html')
      return send(res, 200, 'text/html; charset=utf-8', html);
    if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (url.pathname === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', script);
    if (url.pathname === '/api/workbook') {
      const set = (url.searchParams.get('set') ?? 'sample') as SheetSet;
      if (!SHEET_SETS.includes(set)) return send(res, 404, 'text/plain', `Unknown sheet set "${set}"`);
      return send(res, 200, 'application/json; charset=utf-8', books[set]);
    }
    send(res, 404, 'text/plain', 'Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The parsed book of a set, for tests that check what the page receives. */
export type { JsonBook };

if (require.main === module) {
  const port = Number(process.env.PORT ?? 5178);
  startServer({ port })
    .then((s) =>
      console.log(
        `Sales Review demo: ${s.url}  (sheet sets: ${SHEET_SETS.map((x) => `?sheet-set=${x}`).join(', ')})`,
      ),
    )
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    });
}
