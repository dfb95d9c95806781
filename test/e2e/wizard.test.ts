/**
 * The wizard end to end in a real browser (Debian Chromium via playwright-core) against the demo
 * host: every step in English and Chinese, a mapping change, a live quarter split, generation, the
 * overview tab, the error path, 300 px layout and keyboard/labels. Screenshots go to a temporary folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DemoServer } from '../../examples/browser-host/serve';
import { startDemo } from '../examples/browser-host/server';

/** Screenshots go to a temporary folder, never into the source tree. */
const ART = mkdtempSync(join(tmpdir(), 'sales-review-wizard-'));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
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

/** A fresh context (own localStorage) on the demo page; page errors fail the test. */
async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${demo.url}/?${query}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 20000 });
  return { page, errors };
}

const shot = (page: Page, name: string) =>
  page.locator('#pane').screenshot({ path: join(ART, `${name}.png`) });
const title = (page: Page) => page.locator('#srw-step-title').innerText();
const next = async (page: Page, expectTitle: RegExp) => {
  await page.click('#srw-next');
  await page.waitForFunction(
    (re) => new RegExp(re).test(document.querySelector('#srw-step-title')?.textContent ?? ''),
    expectTitle.source,
  );
};

async function generate(page: Page): Promise<void> {
  await page.click('#srw-generate');
  await page.waitForSelector('#srw-tabs', { timeout: 40000 });
}

test('walks every step in English, remaps a column, previews the split, generates and restores', async () => {
  const { page, errors } = await open('lang=en');
  expect(await title(page)).toBe('Step 1 of 5: Data');
  expect(await page.inputValue('#srw-sheet')).toBe('销售明细');
  await page.waitForSelector('text=Header row: row 3 of the sheet');
  await page.waitForSelector('text=/\\d{2},\\d{3} data rows found/');
  await shot(page, 'en-1-data');

  await next(page, /Step 2 of 5: Columns/);
  expect(await page.inputValue('#srw-role-amount')).toBe('销售额(元)');
  await page.focus('#srw-role-channel');
  await page.selectOption('#srw-role-channel', '');
  await page.waitForFunction(
    () => document.querySelector('#srw-role-channel-meta')?.textContent === 'not found',
  );
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('srw-role-channel');
  await shot(page, 'en-2-columns');

  await next(page, /Step 3 of 5: Period and targets/);
  expect(await page.inputValue('#srw-target-sheet')).toBe('目标');
  expect(await page.locator('#srw-year option').allInnerTexts()).toContain('Latest with data (FY2025)');
  await shot(page, 'en-3-period');

  await next(page, /Step 4 of 5: Sections and plan/);
  expect(await page.locator('.srw-check', { hasText: 'Channel' }).count()).toBe(0);
  expect(await page.locator('.srw-check', { hasText: 'Region' }).count()).toBe(1);
  await page.check('#srw-w-3322');
  const q1Preset = await page.innerText('[data-q="1"]');
  const q4Preset = await page.innerText('[data-q="4"]');
  await page.check('#srw-w-custom');
  await page.fill('#srw-custom-weights', '4:3:2:1');
  await page.waitForFunction(
    (before) => document.querySelector('[data-q="1"]')?.textContent !== before,
    q1Preset,
  );
  expect(await page.innerText('#srw-split')).toContain('40.0%');
  expect(await page.innerText('[data-q="4"]')).not.toBe(q4Preset);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('srw-custom-weights');
  await shot(page, 'en-4-sections');

  await next(page, /Step 5 of 5: Generate/);
  expect(await page.innerText('.srw-summary')).not.toContain('Plan details');
  const idleHeight = (await page.locator('#srw-progress').boundingBox())!.height;
  await shot(page, 'en-5-ready');
  await generate(page);
  expect((await page.locator('#srw-progress').boundingBox())!.height).toBe(idleHeight);
  expect(await page.innerText('#srw-stage')).toMatch(/^Done: 8 tabs written in [\d.]+ s\.$/);
  const tabNames = await page.locator('#srw-tabs button').allInnerTexts();
  expect(tabNames).toHaveLength(8);
  expect(await page.locator('#strip .tab.owned').allInnerTexts()).toEqual(tabNames);
  const overview = page.locator('#sheet table[data-tab-key="overview"]');
  await overview.waitFor();
  const text = await overview.innerText();
  expect(text).toContain('Attainment');
  expect(text).toMatch(/Base target\s+[\d,.]+\s+\d+\.\d%/);
  const headline = await page.innerText('#srw-headline');
  expect(headline).toMatch(/FY2025 revenue was .*% of the .* base target/);
  expect(await page.innerText('.srw-quality')).toMatch(/of [\d,]+ rows used/);
  const [, rowsUsed, rowsSkipped] = /^([\d,]+) of [\d,]+ rows used, ([\d,]+) skipped\.$/.exec(
    await page.innerText('.srw-quality li:first-child'),
  )!;
  // Two formulas to paste, over the reviewed sheet's whole columns, with the review's year
  const formulas = await page.locator('#srw-formulas code').allInnerTexts();
  expect(formulas).toHaveLength(2);
  expect(formulas[0]).toBe("=SALES.REVENUE('销售明细'!A:I, 2025)");
  expect(formulas[1]).toMatch(/^=SALES\.BREAKDOWN\('销售明细'!A:I, "\w+", 2025\)$/);
  await shot(page, 'en-6-done');
  await page.screenshot({ path: join(ART, 'en-7-page.png') });

  await page.click(`#srw-tabs button:text-is("${tabNames[1]}")`);
  await page.waitForFunction(
    (n) => (document.querySelector('#sheet') as HTMLElement).dataset.sheet === n,
    tabNames[1],
  );
  // The data-quality hint links the real tab by its name.
  await page.click('.srw-hint .srw-link');
  await page.waitForFunction(
    (n) => (document.querySelector('#sheet') as HTMLElement).dataset.sheet === n,
    tabNames[7],
  );

  // Reopening shows the last run: the custom weights and the switched-off column come back.
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  await page.waitForSelector('text=The settings of the last run were restored.');
  await next(page, /Step 2 of 5/);
  expect(await page.inputValue('#srw-role-channel')).toBe('');
  await next(page, /Step 3 of 5/);
  await next(page, /Step 4 of 5/);
  expect(await page.inputValue('#srw-custom-weights')).toBe('4:3:2:1');
  // … and the review tabs of that run, clickable, with what generating again does.
  await next(page, /Step 5 of 5/);
  expect(await page.locator('#srw-existing-tabs button').allInnerTexts()).toEqual(tabNames);
  await page.waitForSelector('text=Generating again replaces these tabs');
  // … and what that run showed: when, its headline and its data quality.
  expect(await page.innerText('#srw-last-run')).toMatch(/^Last run: \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(await page.innerText('#srw-last-headline')).toBe(headline);
  expect(await page.innerText('#srw-last-quality')).toBe(
    `Data quality: ${rowsUsed} rows used, ${rowsSkipped} skipped.`,
  );
  await shot(page, 'en-8-reopened');
  // The labels follow a switch of the UI language.
  await page.selectOption('#srw-ui-lang', 'zh-CN');
  await page.waitForSelector('#srw-last-run >> text=/^上次运行：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$/');
  expect(await page.innerText('#srw-last-quality')).toBe(
    `数据质量：使用 ${rowsUsed} 行，跳过 ${rowsSkipped} 行。`,
  );
  expect(await page.innerText('#srw-last-headline')).toBe(headline);
  await shot(page, 'zh-8-reopened');
  await page.selectOption('#srw-ui-lang', 'en');
  await page.waitForSelector('#srw-last-run >> text=/^Last run: /');
  await page.click(`#srw-existing-tabs button:text-is("${tabNames[0]}")`);
  await page.locator('#sheet table[data-tab-key="overview"]').waitFor();
  expect(errors).toEqual([]);
  await page.context().close();
});

test('walks every step in Chinese with a typed target, validates it, and generates', async () => {
  const { page, errors } = await open('lang=zh-CN');
  expect(await title(page)).toBe('第 1 步（共 5 步）：数据');
  await page.waitForSelector('text=表头行：工作表第 3 行');
  await shot(page, 'zh-1-data');

  await next(page, /第 2 步/);
  await page.waitForSelector('#srw-role-amount');
  await shot(page, 'zh-2-columns');

  await next(page, /第 3 步/);
  await page.check('#srw-tk-typed');
  await page.fill('#srw-targetBase', '3.6亿');
  await page.waitForSelector('text=识别为 3.6亿元');
  await page.fill('#srw-targetStretch', '3.3亿');
  await page.click('#srw-next');
  await page.waitForSelector('text=挑战目标不能低于基础目标。');
  expect(await title(page)).toMatch(/第 3 步/);
  expect(await page.getAttribute('#srw-targetStretch', 'aria-invalid')).toBe('true');
  await shot(page, 'zh-3-period-error');
  await page.fill('#srw-targetStretch', '4亿');
  await next(page, /第 4 步/);

  await page.check('#srw-w-equal');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-q="1"]')?.textContent ===
      document.querySelector('[data-q="4"]')?.textContent,
  );
  expect(await page.innerText('#srw-split')).toContain('25.0%');
  await shot(page, 'zh-4-sections');

  await next(page, /第 5 步/);
  await generate(page);
  expect(await page.innerText('#srw-stage')).toMatch(/^完成：[\d.]+ 秒内写入 8 个工作表。$/);
  const overview = page.locator('#sheet table[data-tab-key="overview"]');
  await overview.waitFor();
  const text = await overview.innerText();
  expect(text).toContain('达成');
  expect(text).toMatch(/基础目标\s+36,000\.0\s+\d+\.\d%/);
  expect(await page.innerText('#srw-headline')).toMatch(/%/);
  await shot(page, 'zh-5-done');
  await page.screenshot({ path: join(ART, 'zh-6-page.png') });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('plan details at 340 px in Chinese: typed in 万/亿, validated per field, saved, used and restored', async () => {
  const { page, errors } = await open('lang=zh-CN&pane=340');
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.click('#srw-nav-sections');
  await page.waitForSelector('#srw-margins');
  expect(await title(page)).toMatch(/第 4 步/);
  expect(await page.innerText('#srw-plan-h')).toBe('计划细项（可选）');
  expect(await page.innerText('#srw-margins legend')).toBe('各季度毛利率目标（%）');
  // Four quarter inputs in one row, at the same height, inside the pane.
  const boxes = await Promise.all([1, 2, 3, 4].map((q) => page.locator(`#srw-qm-${q}`).boundingBox()));
  expect(new Set(boxes.map((b) => b!.y)).size).toBe(1);
  expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width);
  // Bad values: a margin above 100%, a negative headcount; the step holds and says why, per field.
  await page.fill('#srw-qm-1', '27');
  await page.fill('#srw-qm-2', '28');
  await page.fill('#srw-qm-3', '120');
  await page.fill('#srw-qm-4', '31');
  await page.fill('#srw-newCustomers', '40');
  await page.fill('#srw-newCustomerRevenue', '1,200万');
  await page.waitForSelector('[data-live=newCustomerRevenue] >> text=识别为 1,200万元');
  await page.fill('#srw-headcount', '-3');
  await page.fill('#srw-revenuePerHead', '1.5亿');
  await page.waitForSelector('[data-live=revenuePerHead] >> text=识别为 1.5亿元');
  await page.click('#srw-next');
  await page.waitForSelector('.srw-err >> text=Q3 毛利率“120”无效：请输入 0 到 100 之间的百分比，如 28。');
  await page.waitForSelector('.srw-err >> text=“-3”不是有效的人数：请输入 1 或以上的整数，如 12。');
  expect(await title(page)).toMatch(/第 4 步/);
  expect(await page.getAttribute('#srw-qm-3', 'aria-invalid')).toBe('true');
  expect(await page.getAttribute('#srw-qm-1', 'aria-invalid')).toBeNull();
  expect(await page.getAttribute('#srw-headcount', 'aria-invalid')).toBe('true');
  // Nothing typed is lost.
  expect(await page.inputValue('#srw-qm-3')).toBe('120');
  expect(await page.inputValue('#srw-newCustomerRevenue')).toBe('1,200万');
  const overflow = () =>
    page.evaluate(() => {
      const pane = document.querySelector('.srw-body') as HTMLElement;
      return pane.scrollWidth - pane.clientWidth;
    });
  expect(await overflow()).toBe(0);
  await page.evaluate(() => document.querySelector('#srw-plan-h')?.scrollIntoView());
  await shot(page, 'zh-4-plan-errors');

  await page.fill('#srw-qm-3', '30');
  await page.fill('#srw-headcount', '12');
  await page.waitForFunction(() => document.querySelectorAll('.srw-err').length === 0);
  expect(await page.getAttribute('#srw-qm-3', 'aria-invalid')).toBeNull();
  expect(await overflow()).toBe(0);
  await page.evaluate(() => {
    const body = document.querySelector('.srw-body') as HTMLElement;
    body.scrollTop = body.scrollHeight;
  });
  await shot(page, 'zh-4-plan');

  await next(page, /第 5 步/);
  // What will run says them, in one line.
  expect(await page.innerText('.srw-summary')).toContain(
    '计划细项\n毛利率 27.0% / 28.0% / 30.0% / 31.0%；新客户 40 家；新客户收入 1,200万元；销售 12 人；人均 1.5亿元',
  );
  await shot(page, 'zh-5-plan-summary');
  await generate(page);
  const saved = JSON.parse(
    (await page.evaluate(() => localStorage.getItem('sales-review:settings:sample'))) ?? '{}',
  ) as { plan?: Record<string, unknown> };
  expect(saved.plan).toMatchObject({
    quarterMargins: [0.27, 0.28, 0.3, 0.31],
    newCustomers: 40,
    newCustomerRevenue: 1.2e7,
    headcount: 12,
    revenuePerHead: 1.5e8,
  });
  // The plan tab uses them (not this year's figures).
  await page.click('#srw-tabs button:has-text("计划")');
  const plan = page.locator('#sheet table[data-tab-key="plan"]');
  await plan.waitFor();
  const planText = await plan.innerText();
  ['27.0%', '28.0%', '30.0%', '31.0%'].forEach((m, i) =>
    expect(planText).toMatch(new RegExp(`Q${i + 1}\\s+[\\d,.]+\\s+${m.replace('.', '\\.')}`)),
  );
  expect(planText).toMatch(/新客户数\s+\d+\s+40\s/);
  expect(planText).toMatch(/新客户销售额\s+[\d,.]+\s+1,200\.0\s/);
  expect(planText).toMatch(/销售人数\s+\d+\s+12\s/);
  expect(planText).toMatch(/人均销售额\s+[\d,.]+\s+15,000\.0\s/);

  // Reopened, the form shows them again as typed.
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  await page.click('#srw-nav-sections');
  await page.waitForSelector('#srw-margins');
  expect(
    await Promise.all(
      [
        '#srw-qm-1',
        '#srw-qm-2',
        '#srw-qm-3',
        '#srw-qm-4',
        '#srw-newCustomers',
        '#srw-newCustomerRevenue',
      ].map((sel) => page.inputValue(sel)),
    ),
  ).toEqual(['27', '28', '30', '31', '40', '1200万']);
  expect(await page.inputValue('#srw-headcount')).toBe('12');
  expect(await page.inputValue('#srw-revenuePerHead')).toBe('1.5亿');
  // The labels follow the UI language; the amounts stay as typed, read back in its words.
  await page.selectOption('#srw-ui-lang', 'en');
  await page.waitForSelector('#srw-plan-h >> text=Plan details (optional)');
  expect(await page.innerText('label[for="srw-headcount"]')).toBe('Salespeople');
  expect(await page.innerText('[data-live=revenuePerHead]')).toBe('Read as 150M');
  expect(await overflow()).toBe(0);
  await page.evaluate(() => {
    const body = document.querySelector('.srw-body') as HTMLElement;
    body.scrollTop = body.scrollHeight;
  });
  await page.locator('#pane').screenshot({ path: join(tmpdir(), 'sales-review-wizard-plan.png') });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a unit chosen for the amount column changes the review, says it is done, and is restored', async () => {
  const { page, errors } = await open('lang=en');
  await page.click('#srw-nav-generate');
  await generate(page);
  expect(await page.innerText('#srw-ready')).toBe('Reviewed “销售明细”: the tabs below were written.');
  const before = await page.innerText('.srw-quality li:nth-child(2)');
  const overview = page.locator('#sheet table[data-tab-key="overview"]');
  const overviewBefore = await overview.innerText();
  expect(before).toMatch(/^Amount used [\d.]+M of [\d.]+M read\.$/);

  await page.click('#srw-nav-columns');
  await page.waitForSelector('#srw-unit-amount');
  expect(await page.innerText('label[for="srw-unit-amount"]')).toBe('Unit');
  expect(await page.locator('#srw-unit-amount option:checked').innerText()).toBe('From header (元 ×1)');
  expect(await page.locator('#srw-unit-amount option').allInnerTexts()).toEqual([
    'From header (元 ×1)',
    '元 (×1)',
    '万 (×10,000)',
    '亿 (×100,000,000)',
    '千 (×1,000)',
    'K (×1,000)',
    'M (×1,000,000)',
  ]);
  await page.selectOption('#srw-unit-amount', 'K');
  await page.waitForFunction(() =>
    document.querySelector('#srw-role-amount-meta')?.textContent?.includes('Unit: K (×1,000), your choice'),
  );
  await shot(page, 'en-unit-choice');

  await page.click('#srw-nav-generate');
  await generate(page);
  // Plain amounts are read in thousands; the few cells written with their own unit (万) are not.
  const used = (text: string): number => {
    const m = /^Amount used ([\d.]+)([MB]) of/.exec(text);
    return m ? Number(m[1]) * (m[2] === 'B' ? 1e9 : 1e6) : NaN;
  };
  const ratio = used(await page.innerText('.srw-quality li:nth-child(2)')) / used(before);
  expect(ratio).toBeGreaterThan(990);
  expect(ratio).toBeLessThan(1000);
  await overview.waitFor();
  expect(await overview.innerText()).not.toBe(overviewBefore);
  const quality = page.locator('#sheet table[data-tab-key="dataQuality"]');
  await page.click('.srw-hint .srw-link');
  await quality.waitFor();
  expect(await quality.innerText()).toContain('×1,000 (K)');

  // Saved with the settings: reopening shows the choice.
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  await next(page, /Step 2 of 5/);
  expect(await page.inputValue('#srw-unit-amount')).toBe('K');
  // A unit chosen for one column does not follow the role to another column.
  await page.selectOption('#srw-role-amount', '成本(元)');
  await page.waitForFunction(
    () => (document.querySelector('#srw-unit-amount') as HTMLSelectElement | null)?.value === '',
  );
  await page.selectOption('#srw-role-amount', '销售额(元)');
  await page.waitForFunction(() =>
    document.querySelector('#srw-role-amount-meta')?.textContent?.includes('read from the header'),
  );
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a sheet without an amount column shows the localized message and writes no tabs', async () => {
  const { page, errors } = await open('sheet-set=no-amount&lang=zh-CN');
  await next(page, /第 2 步/);
  const alert = page.locator('[role=alert]');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('未找到金额列');
  await page.click('#srw-next');
  await page.click('#srw-nav-generate');
  expect(await title(page)).toMatch(/第 2 步/);
  await shot(page, 'zh-error-no-amount');

  await page.selectOption('#srw-ui-lang', 'en');
  await page.waitForSelector('[role=alert] >> text=No amount column found');
  expect(await title(page)).toBe('Step 2 of 5: Columns');
  await shot(page, 'en-error-no-amount');
  expect(await page.locator('#strip .tab.owned').count()).toBe(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('without a customer column: warns (also of a second date column) and switches customer sections off', async () => {
  const { page, errors } = await open('sheet-set=no-customer&lang=en');
  await next(page, /Step 2 of 5: Columns/);
  await page.waitForSelector('#srw-role-amount');
  const warnings = await page.locator('.srw-msg.warn').allInnerTexts();
  expect(warnings).toContain(
    'Two date columns: “订单日期” is used and “发货日期” is ignored. Choose “发货日期” under Date if that is the one to review.',
  );
  expect(
    warnings.some((w) => /^No customer column: the customer sections .* are switched off\./.test(w)),
  ).toBe(true);
  expect(await page.innerText('#srw-role-amount-meta')).toContain('Unit: 元 (×1), read from the header');
  await shot(page, 'en-warn-no-customer');

  await next(page, /Step 3 of 5/);
  await next(page, /Step 4 of 5/);
  expect(await page.isDisabled('#srw-sec-customers')).toBe(true);
  expect(await page.isChecked('#srw-sec-customers')).toBe(false);
  expect(await page.innerText('label[for="srw-sec-customers"]')).toContain('needs a customer column');
  await shot(page, 'en-sections-no-customer');

  await next(page, /Step 5 of 5/);
  expect(await page.innerText('.srw-summary')).not.toContain('Customers');
  await generate(page);
  const tabNames = await page.locator('#srw-tabs button').allInnerTexts();
  expect(tabNames).toHaveLength(7);
  expect(tabNames.some((n) => /Customers/.test(n))).toBe(false);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a shop export: says how it is read, picks the date order, ticks the statuses counted, lists dimensions with counts', async () => {
  const { page, errors } = await open('sheet-set=shop&lang=zh-CN');
  await next(page, /第 2 步/);
  await page.waitForSelector('#srw-role-amount');
  expect(await page.inputValue('#srw-role-amount')).toBe('买家实际支付金额');
  expect(await page.inputValue('#srw-role-date')).toBe('订单付款时间');
  const info = await page.locator('.srw-msg.info').allInnerTexts();
  expect(info).toContain(
    '金额列：“买家实际支付金额”；未采用“总金额”、“买家应付货款”。如需改用：命令行用 --map amount=总金额，或在向导“列”步骤中选择“销售额”。',
  );
  expect(info.some((t) => t.startsWith('未计入状态为“交易关闭”、“退款成功”的 2 行'))).toBe(true);
  expect(info).toContain('已从金额中扣除“退款金额”：共 1 行，合计 30。');
  expect(await page.inputValue('#srw-date-order')).toBe('auto');
  expect(await page.isChecked('#srw-status-0')).toBe(true);
  expect(await page.isChecked('#srw-status-1')).toBe(false);
  await shot(page, 'zh-columns-shop');

  // Count the closed order after all: it is no longer left out, and "automatic" brings the rule back.
  await page.click('#srw-status-1');
  await page.waitForFunction(() => (document.querySelector('#srw-status-1') as HTMLInputElement)?.checked);
  expect((await page.locator('.srw-msg.info').allInnerTexts()).some((t) => t.includes('“交易关闭”'))).toBe(
    false,
  );
  await page.click('.srw-statuses .srw-link');
  await page.waitForFunction(() => !(document.querySelector('#srw-status-1') as HTMLInputElement)?.checked);

  await page.selectOption('#srw-date-order', 'dmy');
  await page.waitForFunction(
    () => (document.querySelector('#srw-date-order') as HTMLSelectElement)?.value === 'dmy',
  );
  await next(page, /第 3 步/);
  await next(page, /第 4 步/);
  const dims = await page.locator('fieldset:has(legend:text("拆解维度")) label').allInnerTexts();
  // every dimension with its value count; customers and unrecognised columns are not ticked by default
  expect(dims).toEqual([
    '客户（买家会员名）\n2 个值',
    '订单编号\n3 个值',
    '收货地址\n2 个值',
    '联系手机\n2 个值',
  ]);
  for (let i = 0; i < dims.length; i++) expect(await page.isChecked(`#srw-dim-${i}`)).toBe(false);
  await shot(page, 'zh-sections-shop');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a wide sheet with no year: asks the year on the Columns step, then says what it understood and generates', async () => {
  const { page, errors } = await open('sheet-set=wide&lang=en');
  await next(page, /Step 2 of 5/);
  await page.waitForSelector('#srw-wide-year');
  expect(await page.locator('.srw-msg.error').allInnerTexts()).toEqual([
    'The sheet has 12 month columns across but no year in the header, the title or the sheet name: give the year with --year (e.g. --year 2025), or choose it with Review year on the Columns step of the wizard.',
  ]);
  await page.selectOption('#srw-wide-year', '2025');
  await page.waitForFunction(() => document.querySelectorAll('.srw-msg.error').length === 0);
  const info = await page.locator('.srw-msg.info').allInnerTexts();
  expect(info[0]).toBe(
    'Periods across the columns: 12 month columns (Jan…Dec), 2 rows by "Customer", year 2025 as you chose; each row × period is read as one sale.',
  );
  expect(info).toContain(
    'A summary by period has no order lines: order counts, average order value, customer lifecycle and the price-volume-mix bridge are left out.',
  );
  // The periods are the sheet's headers (Jan…Dec), not dates written day- or month-first: no Date
  // order control (the order list's period column still has one: see the day-first test above).
  expect(await page.locator('#srw-role-period').count()).toBe(1);
  expect(await page.locator('#srw-date-order').count()).toBe(0);
  await shot(page, 'en-columns-wide');
  await next(page, /Step 3 of 5/);
  expect(await page.inputValue('#srw-year')).toBe('2025');
  await next(page, /Step 4 of 5/);
  await next(page, /Step 5 of 5/);
  await generate(page);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('two currencies and no rate: the error names the option and the Exchange rates control, which fixes it', async () => {
  const { page, errors } = await open('sheet-set=currency&lang=en');
  await next(page, /Step 2 of 5/);
  await page.waitForSelector('#srw-rates');
  expect(await page.locator('.srw-msg.error').allInnerTexts()).toEqual([
    'No exchange rate for USD: give the rate from USD to CNY with --rate USD=<rate> on the command line, or under Exchange rates on the Columns step of the wizard, and run again.',
  ]);
  expect(await page.innerText('#srw-rates legend')).toBe('Exchange rates');
  expect(await page.innerText('label[for="srw-rate-USD"]')).toBe('1 USD =');
  // Not a number: named on Next, and the step holds
  await page.fill('#srw-rate-USD', 'abc');
  await page.press('#srw-rate-USD', 'Tab');
  await page.click('#srw-next');
  await page.waitForSelector('#srw-rates .srw-err');
  expect(await page.innerText('#srw-rates .srw-err')).toBe(
    'The exchange rate of USD, “abc”, is not a positive number: type how many report-currency units one USD is worth, e.g. 7.2.',
  );
  expect(await title(page)).toBe('Step 2 of 5: Columns');
  // 7.2: the rows in USD are read, the error is gone, and the rate goes into the saved settings
  await page.fill('#srw-rate-USD', '7.2');
  await page.press('#srw-rate-USD', 'Tab');
  await page.waitForFunction(() => document.querySelectorAll('.srw-msg.error').length === 0);
  expect(await page.inputValue('#srw-rate-USD')).toBe('7.2');
  await shot(page, 'en-columns-rates');
  await next(page, /Step 3 of 5/);
  await next(page, /Step 4 of 5/);
  await next(page, /Step 5 of 5/);
  await generate(page);
  const saved = await page.evaluate(() => localStorage.getItem('sales-review:settings:currency'));
  expect(JSON.parse(saved ?? '{}').rates).toEqual({ USD: 7.2 });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('fits a 300 px sidebar, labels every control and is keyboard reachable', async () => {
  const { page, errors } = await open('lang=zh-TW&pane=300');
  expect((await page.locator('#pane').boundingBox())!.width).toBe(300);
  await shot(page, 'zh-tw-300-1-data');
  for (let step = 1; step <= 4; step++) {
    if (step > 1) await next(page, new RegExp(`第 ${step} 步`));
    const report = await page.evaluate(() => {
      const pane = document.querySelector('.srw-body') as HTMLElement;
      const controls = [
        ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.srw input, .srw select'),
      ];
      const unlabelled = controls
        .filter((c) => c.labels?.length === 0 && !c.getAttribute('aria-label'))
        .map((c) => c.id);
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('.srw button')].filter(
        (b) => !b.textContent?.trim() && !b.getAttribute('aria-label'),
      );
      return { overflow: pane.scrollWidth - pane.clientWidth, unlabelled, unnamedButtons: buttons.length };
    });
    expect(report).toEqual({ overflow: 0, unlabelled: [], unnamedButtons: 0 });
    if (step > 1) await shot(page, `zh-tw-300-${step}`);
  }
  // Keyboard: Tab from the top reaches the Next button, focus is visible (2px outline).
  await page.focus('#srw-ui-lang');
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'srw-next');
  }
  expect(reached).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    /第 5 步/.test(document.querySelector('#srw-step-title')?.textContent ?? ''),
  );
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('srw-step-title');
  // The finished run (tabs, headline, data quality) fits the sidebar too.
  await generate(page);
  const overflow = await page.evaluate(() => {
    const pane = document.querySelector('.srw-body') as HTMLElement;
    return pane.scrollWidth - pane.clientWidth;
  });
  expect(overflow).toBe(0);
  await shot(page, 'zh-tw-300-5-done');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('while tabs are written, Cancel is off and the pane says why', async () => {
  const { page, errors } = await open('lang=zh-CN&slow=300');
  await page.click('#srw-nav-generate');
  await page.click('#srw-generate');
  await page.waitForSelector('#srw-no-cancel', { timeout: 40000 });
  expect(await page.innerText('#srw-no-cancel')).toBe(
    '写入工作表时无法取消：工作表要么全部写入，要么都不写入。',
  );
  expect(await page.isDisabled('#srw-cancel')).toBe(true);
  expect(await page.getAttribute('#srw-cancel', 'aria-describedby')).toBe('srw-no-cancel');
  await shot(page, 'zh-writing-no-cancel');
  await page.waitForSelector('#srw-tabs', { timeout: 40000 });
  expect(await page.locator('#srw-no-cancel').count()).toBe(0);
  expect(await page.innerText('#srw-ready')).toBe('已复盘“销售明细”：已写入下列工作表。');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('shows named stages on a slow host without layout jump, and cancel writes nothing', async () => {
  const { page, errors } = await open('lang=en&slow=400');
  await page.click('#srw-nav-generate');
  expect(await title(page)).toBe('Step 5 of 5: Generate');
  const idle = (await page.locator('#srw-progress').boundingBox())!;
  await page.click('#srw-generate');
  await page.waitForSelector('#srw-stage:text-is("Reading 18,929 rows…")');
  const running = (await page.locator('#srw-progress').boundingBox())!;
  expect([running.y, running.height]).toEqual([idle.y, idle.height]);
  expect(Number(await page.getAttribute('[role=progressbar]', 'aria-valuenow'))).toBeLessThan(45);
  await shot(page, 'en-running');
  await page.click('#srw-cancel');
  await page.waitForSelector('#srw-stage:text-is("Cancelled: nothing was written.")');
  expect(await page.locator('#strip .tab.owned').count()).toBe(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.isEnabled('#srw-generate')).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});
