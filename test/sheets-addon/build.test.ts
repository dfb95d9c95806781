/**
 * Tests the artifact users get: builds dist/sheets into a temp dir, loads it into a vm with the
 * fake Apps Script globals and calls it the way Sheets does.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSheets, type BuildReport } from '../../sheets-addon/build';
import { API_NAMES, API_PREFIX } from '../../sheets-addon/api-names';
import { createFakeGas } from './fake-spreadsheet-app';
import { loadProject } from './load-project';
import { salesGrid } from './sales-data';

let out: string;
let report: BuildReport;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'sales-review-sheets-'));
  report = await buildSheets({ outDir: out, sidebar: false });
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build output', () => {
  it('writes the manifest with V8 and only the two least-privilege scopes', async () => {
    const manifest = JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
      timeZone: expect.any(String),
    });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('writes the script files, with no ES module syntax left', async () => {
    expect(readdirSync(out).sort()).toEqual([
      'appsscript.json',
      'functions.js',
      'main.js',
      'sales-review-lib.js',
    ]);
    const lib = readFileSync(join(out, 'sales-review-lib.js'), 'utf8');
    expect(lib).not.toMatch(/^\s*(import|export)\s/m);
    expect(report.files.map((f) => f.name)).toContain('sales-review-lib.js');
  });

  it('removes what clasp left in the folder (its default Code.js) and nothing that clasp would not push', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sales-review-clean-'));
    try {
      writeFileSync(join(dir, 'Code.js'), 'function myFunction() {}\n');
      writeFileSync(join(dir, 'notes.txt'), 'mine');
      const r = await buildSheets({ outDir: dir, sidebar: false });
      expect(r.removed).toEqual(['Code.js']);
      expect(readdirSync(dir).sort()).toEqual([
        'appsscript.json',
        'functions.js',
        'main.js',
        'notes.txt',
        'sales-review-lib.js',
      ]);
      writeFileSync(join(dir, 'package.json'), '{}');
      await expect(buildSheets({ outDir: dir, sidebar: false })).rejects.toThrow(/source folder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('copies the generated SALES_* wrappers unchanged', async () => {
    expect(readFileSync(join(out, 'functions.js'), 'utf8')).toBe(
      readFileSync(join(__dirname, '../../sheets-addon/generated/functions.js'), 'utf8'),
    );
  });
});

describe('the built project in a vm', () => {
  it('has no side effects when loaded (Apps Script loads it for every custom-function call)', async () => {
    const gas = createFakeGas();
    const project = loadProject(out, gas);
    expect(gas.log.snapshot()).toEqual({});
    expect(typeof project.SalesReviewLib).toBe('object');
    for (const fn of ['onOpen', 'onInstall', 'generateReview', 'openWizard', 'showHelp', 'SALES_ATTAINMENT'])
      expect(typeof project[fn]).toBe('function');
    for (const name of API_NAMES) expect(typeof project[API_PREFIX + name]).toBe('function');
  });

  it('SALES_ATTAINMENT takes scalars and 2-D ranges as Sheets passes them', async () => {
    const p = loadProject(out, createFakeGas(), 'customFunction');
    expect(p.SALES_ATTAINMENT(120, 100)).toBeCloseTo(1.2, 12);
    const spilled = p.SALES_ATTAINMENT([[137], [120], ['']], 120) as unknown[][];
    expect(spilled[0][0]).toBeCloseTo(137 / 120, 12);
    expect(spilled[1][0]).toBe(1);
    // a row past the data (every range blank) stays blank, as Sheets shows an open-ended B2:B
    expect(spilled[2][0]).toBe('');
    const partial = p.SALES_ATTAINMENT([[137], ['']], [[120], [120]]) as unknown[][];
    expect(partial[1][0]).toBe('#N/A');
  });

  it('throws a scalar error with its message (Sheets shows #ERROR! and the message)', async () => {
    const p = loadProject(out, createFakeGas({ locale: 'en_US' }), 'customFunction');
    expect(() => p.SALES_ATTAINMENT(100, 0)).toThrow(/\S/);
    expect(() => p.SALES_ATTAINMENT(100, 0)).not.toThrow(/^#/);
  });

  it('custom functions run with only the services Sheets gives them; messages in the spreadsheet locale', async () => {
    // Session is not available to a custom function: the messages follow the spreadsheet's locale
    const gas = createFakeGas({ locale: 'en_US', spreadsheetLocale: 'zh_CN' });
    const p = loadProject(out, gas, 'customFunction');
    expect(() => p.SALES_ATTAINMENT(100, '')).toThrow(/为空/);
    expect(() =>
      (gas.customFunctionGlobals.Session as { getActiveUserLocale(): string }).getActiveUserLocale(),
    ).toThrow(/You do not have permission/);
    // and nothing a custom function runs writes to the spreadsheet
    expect(gas.log.count('Spreadsheet.insertSheet')).toBe(0);
  });

  it('SALES_SPLIT splits a total by a row of weights exactly', async () => {
    const p = loadProject(out, createFakeGas(), 'customFunction');
    const parts = p.SALES_SPLIT(1000, [[3, 3, 2, 2]], undefined) as number[][];
    expect(parts).toEqual([[300, 300, 200, 200]]);
  });

  it('SALES_QUARTER and SALES_FISCAL_YEAR read Date cells in the spreadsheet time zone', async () => {
    const gas = createFakeGas({ timeZone: 'Asia/Shanghai' });
    const p = loadProject(out, gas, 'customFunction');
    // 2025-04-01 00:00 in Shanghai = 2025-03-31 16:00 UTC: a Q2 date, not Q1.
    const apr1 = new Date('2025-03-31T16:00:00Z');
    expect(p.SALES_QUARTER(apr1, undefined)).toBe(2);
    expect(p.SALES_FISCAL_YEAR([[apr1]], 4)).toEqual([[2026]]);
  });

  it('SALES_GROWTH and SALES_HHI work on ranges with blanks as Sheets sends them', async () => {
    const p = loadProject(out, createFakeGas(), 'customFunction');
    expect(p.SALES_GROWTH(110, 100)).toBeCloseTo(0.1, 12);
    expect(p.SALES_HHI([[50], [50], ['']])).toBe(5000);
  });

  it('SALES_REVENUE and SALES_YOY read a whole-column range as Sheets passes it (Dates, "" blanks)', () => {
    const p = loadProject(out, createFakeGas({ timeZone: 'Asia/Shanghai', locale: 'en_US' }));
    const grid = salesGrid(60);
    const width = grid[0].length;
    // A:F of a 1,000-row sheet: the unused rows come as '' cells
    const column = [...grid, ...Array.from({ length: 1000 - grid.length }, () => new Array(width).fill(''))];
    const sum = (year: number) =>
      grid
        .slice(1)
        .filter((r) => (r[0] as Date).getTime() >= Date.UTC(year, 0, 1) - 8 * 3_600_000)
        .filter((r) => (r[0] as Date).getTime() < Date.UTC(year + 1, 0, 1) - 8 * 3_600_000)
        .reduce((a, r) => a + (r[4] as number), 0);
    expect(p.SALES_REVENUE(column, 2025, '', '', '', '')).toBe(sum(2025));
    expect(p.SALES_YOY(column, 2025)).toBeCloseTo(sum(2025) / sum(2024) - 1, 12);
    expect(p.SALES_REVENUE(column, 2025, '区域', '华东', 'Q1')).toBeGreaterThan(0);
  });

  it('SALES_BREAKDOWN spills its table; a bad call throws its sentence (Sheets shows it)', () => {
    const p = loadProject(out, createFakeGas({ locale: 'zh_CN' }));
    const table = p.SALES_BREAKDOWN(salesGrid(40), 'region', 2025) as unknown[][];
    expect(table[0]).toEqual(['区域', '销售额', '上年同期', '同比', '占比', '占比变化', '增长贡献']);
    expect(
      table
        .slice(1, -1)
        .map((r) => r[0] as string)
        .sort(),
    ).toEqual(['华东', '华北', '华南', '西部'].sort());
    expect(table.at(-1)?.[0]).toBe('合计');
    expect(table.at(-1)?.[1]).toBe(p.SALES_REVENUE(salesGrid(40), 2025));
    expect(() => p.SALES_REVENUE(salesGrid(40), 2019)).toThrow(
      'data 中没有 2019 年的数据（有数据的年份：2024、2025）。',
    );
  });

  it('a range too large for the 30-second call answers at once with what to do instead', () => {
    const p = loadProject(out, createFakeGas({ locale: 'en_US' }));
    const grid = salesGrid(40);
    // 260,000 rows × 6 columns (1,560,006 cells) are past the limit; fewer rows are read
    const rows = (n: number) => [grid[0], ...Array.from({ length: n }, (_, i) => grid[1 + (i % 80)])];
    expect(typeof p.SALES_REVENUE(rows(1_000), 2025)).toBe('number');
    expect(() => p.SALES_REVENUE(rows(260_000), 2025)).toThrow(
      "data holds 1,560,006 cells, more than one formula can read within Google Sheets' 30 seconds a call (about 1,500,000): use Extensions › Sales Review › Generate review, which reads the sheet in blocks, or give a smaller range.",
    );
  });

  it('onOpen adds the add-on menu in the user language', async () => {
    const gas = createFakeGas({ locale: 'zh_CN' });
    loadProject(out, gas).onOpen({ authMode: 'FULL' });
    expect(gas.ui.menus).toEqual([
      {
        items: [
          { caption: '生成复盘', fn: 'generateReview' },
          { caption: '打开向导…', fn: 'openWizard' },
          { caption: '帮助', fn: 'showHelp' },
        ],
      },
    ]);
  });

  it('onInstall adds the menu too, in English for an English user, without reading properties in AuthMode.NONE', async () => {
    const gas = createFakeGas({ locale: 'en_US' });
    loadProject(out, gas).onInstall({ authMode: 'NONE' });
    expect(gas.ui.menus[0].items.map((i) => i.caption)).toEqual(['Generate review', 'Open wizard…', 'Help']);
    expect(gas.log.count('PropertiesService.getDocumentProperties')).toBe(0);
  });

  it('openWizard shows sidebar.html; showHelp shows the help', async () => {
    const gas = createFakeGas({ locale: 'en' });
    const p = loadProject(out, gas);
    p.openWizard();
    expect(gas.ui.sidebars).toMatchObject([{ file: 'sidebar', title: 'Sales Review' }]);
    p.showHelp();
    expect(gas.ui.alerts[0].message).toMatch(/Generate review/);
  });

  it('serves the sidebar API through the top-level google.script.run targets', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    const p = loadProject(out, gas);
    expect(p.salesReviewApi_listSheets()).toEqual([
      { name: 'Sales', rows: 0, cols: 0, isActive: true, owned: false, hidden: false },
    ]);
    p.salesReviewApi_saveSettings({ fiscalStartMonth: 4 });
    expect(p.salesReviewApi_loadSettings()).toMatchObject({ fiscalStartMonth: 4 });
  });

  it('generateReview (menu) reviews the active sheet and writes owned tabs, the data sheet untouched', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales', locale: 'en_US' });
    gas.ss.sheets[0].seed(salesGrid(80));
    const before = gas.ss.sheets[0].dump();
    await loadProject(out, gas).generateReview();
    expect(gas.ui.alerts).toEqual([]);
    expect(gas.ss.toasts[0].message).toMatch(/^Reading \d+ rows of “Sales”…$/);
    expect(gas.ss.toasts[1].message).toMatch(/^Review written: \d+ tabs from “Sales”/);
    const owned = gas.ss.sheets.filter((s) => s.metadata.length > 0);
    expect(owned.length).toBeGreaterThan(3);
    expect(gas.ss.sheets[0].dump()).toBe(before);
  });

  it('a second generateReview from a review tab replaces the owned tabs (saved sheet) without duplicates', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales', locale: 'en_US' });
    gas.ss.sheets[0].seed(salesGrid(40));
    const p = loadProject(out, gas);
    p.salesReviewApi_saveSettings({ sheet: 'Sales', language: 'en' });
    await p.generateReview();
    const names = gas.ss.sheets.map((s) => s.name);
    await p.generateReview();
    expect(gas.ss.sheets.map((s) => s.name)).toEqual(names);
    // each run: the progress toast, then the outcome
    expect(gas.ss.toasts).toHaveLength(4);
  });
});
