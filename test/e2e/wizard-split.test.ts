/**
 * The wizard on a split workbook (issue 14) in a real browser against the demo host: the Data step
 * shows the sheets with the data sheet's header ticked with their rows and names the notes tab left
 * out; the review reads both; unticking one reads only the other.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DemoServer } from '../../examples/browser-host/serve';
import { startDemo } from '../examples/browser-host/server';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  [demo, browser] = await Promise.all([
    startDemo(),
    chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${demo.url}/?${query}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 20000 });
  return { page, errors };
}

const count = (text: string): number =>
  Number(/([\d,]+) data rows found/.exec(text)?.[1].replace(/,/g, '') ?? NaN);

test('a split workbook: both tabs ticked with their rows, the notes tab named, both reviewed, one unticked', async () => {
  const { page, errors } = await open('sheet-set=split&lang=en');
  expect(await page.inputValue('#srw-sheet')).toBe('销售明细');
  await page.waitForSelector('#srw-data-set');
  expect(await page.innerText('#srw-data-set legend')).toBe(
    'Read as one data set (2 sheets with the same header)',
  );
  const labels = await page.locator('#srw-data-set label').allInnerTexts();
  expect(labels).toHaveLength(2);
  expect(labels[0]).toMatch(/^销售明细 \([\d,]+ rows\)$/);
  expect(labels[1]).toMatch(/^销售明细\(续\) \([\d,]+ rows\)$/);
  expect(await page.isChecked('#srw-data-set-0')).toBe(true);
  expect(await page.isDisabled('#srw-data-set-0')).toBe(true);
  expect(await page.isChecked('#srw-data-set-1')).toBe(true);
  expect(await page.innerText('#srw-data-set-left-out')).toBe('Left out (another header): 说明.');
  await page.waitForSelector('text=/data rows found/');
  const both = count(await page.innerText('.srw-hint[aria-live]'));
  const [first, second] = labels.map((l) => Number(/\(([\d,]+) rows\)/.exec(l)![1].replace(/,/g, '')));
  // rows found (used) of both sheets: more than either alone, at most their rows
  expect(both).toBeLessThanOrEqual(first + second);
  expect(both).toBeGreaterThan(Math.max(first, second));

  // Generated: the review reads both sheets and names them
  await page.click('#srw-nav-generate');
  await page.click('#srw-generate');
  await page.waitForSelector('#srw-stage >> text=/^Done:/', { timeout: 60000 });
  const tabs = await page.locator('#srw-tabs button').allInnerTexts();
  await page.click(`#srw-tabs button:text-is("${tabs[tabs.length - 1]}")`);
  const quality = page.locator('#sheet table[data-tab-key="dataQuality"]');
  await quality.waitFor();
  const text = await quality.innerText();
  expect(text).toContain('Sheets read');
  expect(text).toMatch(/销售明细\(续\)\s+[\d,]+\s+[\d,]+/);
  expect(text).toContain('Left out: another header than the data set.');

  // Unticked, the second sheet is no longer read
  await page.click('#srw-nav-data');
  await page.uncheck('#srw-data-set-1');
  await page.waitForFunction(
    (n) =>
      /([\d,]+) data rows found/.test(document.querySelector('.srw-hint[aria-live]')?.textContent ?? '') &&
      !(document.querySelector('.srw-hint[aria-live]')?.textContent ?? '').includes(n),
    both.toLocaleString('en-US'),
  );
  const one = count(await page.innerText('.srw-hint[aria-live]'));
  expect(one).toBeLessThanOrEqual(first);
  expect(one).toBeLessThan(both);
  expect(errors).toEqual([]);
  await page.context().close();
});
