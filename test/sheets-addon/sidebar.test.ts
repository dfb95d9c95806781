/**
 * The built sidebar.html in Debian's Chromium, with a stub google.script.run whose calls are
 * answered by the real server API over the fake spreadsheet (through page.exposeFunction, with a
 * JSON round trip like the real bridge): the wizard renders and a generate round trip reaches it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSheets, type BuildReport } from '../../sheets-addon/build';
import { callApi } from '../../sheets-addon/server/api';
import { API_NAMES, API_PREFIX } from '../../sheets-addon/api-names';
import { createFakeGas, type FakeGas } from './fake-spreadsheet-app';
import { salesGrid } from './sales-data';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let out: string;
let browser: Browser;
let report: BuildReport;
/** Screenshots to look at, in a temporary folder (never the source tree). */
const ARTIFACTS = mkdtempSync(join(tmpdir(), 'sales-review-sidebar-shots-'));

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'sales-review-sidebar-'));
  report = await buildSheets({ outDir: out });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The page-side stub: google.script.run with handler chaining, forwarding to window.__server. */
function stubSource(names: readonly string[], prefix: string): string {
  return `(() => {
    const make = (ok, fail) => {
      const r = { withSuccessHandler: (f) => make(f, fail), withFailureHandler: (f) => make(ok, f) };
      for (const n of ${JSON.stringify(names)}) {
        r[${JSON.stringify(prefix)} + n] = (...args) => {
          window.__calls = (window.__calls || []).concat([n]);
          window.__server(n, JSON.stringify(args)).then(
            (text) => ok && ok(text === undefined ? null : JSON.parse(text)),
            (e) => fail && fail(new Error(String(e && e.message || e))),
          );
        };
      }
      return r;
    };
    window.google = { script: { run: make(null, null), host: { close() {} } } };
  })();`;
}

async function openSidebar(gas: FakeGas): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('__server', (name: string, argsJson: string) => {
    const result = callApi(gas.env, name, JSON.parse(argsJson) as unknown[]);
    return result === undefined ? undefined : JSON.stringify(result);
  });
  await page.addInitScript({ content: stubSource(API_NAMES, API_PREFIX) });
  await page.goto(pathToFileURL(join(out, 'sidebar.html')).href);
  return { page, errors };
}

function salesBook(locale = 'en_US'): FakeGas {
  const gas = createFakeGas({ firstSheet: 'Sales', locale });
  gas.ss.sheets[0].seed(salesGrid(60));
  return gas;
}

describe('sidebar.html', () => {
  it('is one self-contained file under 250 KB gzipped, without server code', () => {
    const file = report.files.find((f) => f.name === 'sidebar.html');
    expect(file?.gzipBytes).toBeLessThan(250 * 1024);
    const html = readFileSync(join(out, 'sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*stylesheet/);
    expect(html).not.toMatch(/SpreadsheetApp|PropertiesService|DeveloperMetadata/);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});

describe('sidebar.html in Chromium', () => {
  it('renders the wizard on the Sheets host', async () => {
    const gas = salesBook();
    const { page, errors } = await openSidebar(gas);
    await page.waitForFunction(() => (document.getElementById('app')?.children.length ?? 0) > 0);
    await page.waitForFunction(() =>
      ((window as unknown as { __calls?: string[] }).__calls ?? []).includes('listWithHeads'),
    );
    expect(await page.locator('#app').innerText()).toMatch(/Sales/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-first-step.png') });
    await page.close();
  }, 60_000);

  it('walks to Generate and round-trips a review through google.script.run', async () => {
    const gas = salesBook();
    const { page, errors } = await openSidebar(gas);
    const next = page.locator('#srw-next');
    await next.waitFor();
    for (let i = 0; i < 6 && (await page.locator('#srw-generate').count()) === 0; i++) {
      await page.waitForFunction(
        () => !(document.getElementById('srw-next') as HTMLButtonElement | null)?.disabled,
      );
      await next.click();
    }
    await page.locator('#srw-generate').click();
    await page.locator('#srw-tabs').waitFor({ timeout: 30_000 });
    const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
    expect(calls).toEqual(
      expect.arrayContaining([
        'displayLanguage',
        'listWithHeads',
        'loadSettings',
        'readFirst',
        'writeSheetDoc',
        'saveSettings',
      ]),
    );
    // A whole session — open, preview, read 121 rows, generate, write — is a handful of round trips.
    expect(calls.length).toBeLessThanOrEqual(10);
    const owned = gas.ss.sheets.filter((s) => s.metadata.length > 0).map((s) => s.name);
    expect(owned.length).toBeGreaterThan(3);
    expect(await page.locator('#srw-tabs').innerText()).toContain(owned[0]);
    expect(JSON.parse(gas.properties.get('sales-review.settings') ?? '{}')).toMatchObject({ sheet: 'Sales' });
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-generated.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('speaks the user’s language: zh-CN from the Google locale', async () => {
    const gas = salesBook('zh_CN');
    const { page, errors } = await openSidebar(gas);
    await page.locator('#srw-step-title').waitFor();
    expect(await page.locator('#srw-step-title').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-zh-CN.png') });
    await page.close();
  }, 60_000);
});
