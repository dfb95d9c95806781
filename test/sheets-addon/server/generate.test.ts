import { runOneClick } from '../../../sheets-addon/server/generate';
import { generateReview } from '../../../sheets-addon/server/menu';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../../sheets-addon/server/settings';
import { EXECUTION_LIMIT_MS, MAX_CELLS } from '../../../sheets-addon/server/guard';
import { createFakeGas, type FakeGas } from '../fake-spreadsheet-app';
import { salesGrid } from '../sales-data';

function withSales(locale = 'zh_CN'): FakeGas {
  const gas = createFakeGas({ firstSheet: '销售明细', locale });
  gas.ss.sheets[0].seed(salesGrid());
  return gas;
}

const state = (gas: FakeGas) => gas.ss.sheets.map((s) => [s.name, s.dump()]);

describe('runOneClick', () => {
  it('writes the first review in the user’s language when nothing is saved', async () => {
    const gas = withSales('en_US');
    const outcome = await runOneClick(gas.env, gas.clock.now);
    expect(outcome.message).toMatch(/^Review written/);
    expect(outcome.tabs.every((t) => /^[\x20-\x7e]+$/.test(t.name))).toBe(true);
  });

  it('reviews the active sheet with defaults and writes the owned tabs', async () => {
    const gas = withSales();
    const before = gas.ss.sheets[0].dump();
    const outcome = await runOneClick(gas.env, gas.clock.now);
    expect(outcome.ok).toBe(true);
    expect(outcome.tabs.length).toBeGreaterThan(3);
    expect(outcome.message).toContain('销售明细');
    expect(gas.ss.sheets.map((s) => s.name)).toEqual(['销售明细', ...outcome.tabs.map((t) => t.name)]);
    expect(gas.ss.sheets[0].dump()).toBe(before);
    expect(gas.ss.active.name).toBe(outcome.tabs[0].name);
  });

  it('keeps a customer named like a formula as text in every tab', async () => {
    const gas = withSales();
    await runOneClick(gas.env, gas.clock.now);
    const cells = gas.ss.sheets.slice(1).flatMap((s) => s.allCells());
    const named = cells.filter((c) => typeof c.value === 'string' && c.value.includes('HYPERLINK'));
    expect(named.length).toBeGreaterThan(0);
    for (const c of named) expect(c.numberFormat).toBe('@');
    expect(cells.filter((c) => c.formula.includes('HYPERLINK'))).toEqual([]);
  });

  it('uses the saved settings: sheet, language', async () => {
    const gas = withSales();
    gas.ss.addSheet('Notes');
    gas.ss.active = gas.ss.sheets[1];
    saveSettings(gas.env.properties.getDocumentProperties(), { sheet: '销售明细', language: 'en' });
    const outcome = await runOneClick(gas.env, gas.clock.now);
    expect(outcome).toMatchObject({ ok: true, message: expect.stringMatching(/^Review written/) });
    expect(outcome.tabs.every((t) => /^[\x20-\x7e]+$/.test(t.name))).toBe(true);
  });

  it('refuses a review tab as the data sheet when nothing is saved', async () => {
    const gas = withSales();
    await runOneClick(gas.env, gas.clock.now);
    gas.env.properties.getDocumentProperties().deleteProperty(SETTINGS_KEY);
    const outcome = await runOneClick(gas.env, gas.clock.now);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('请先选中') });
  });

  it('remembers the sheet and the run, so a second click from a review tab repeats it', async () => {
    const gas = withSales();
    await runOneClick(gas.env, gas.clock.now);
    const saved = loadSettings(gas.env.properties.getDocumentProperties());
    expect(saved.source).toBe('saved');
    expect(saved.settings.sheet).toBe('销售明细');
    expect(saved.settings.lastRun).toMatchObject({
      lang: 'zh-CN',
      tabs: expect.arrayContaining(['复盘-总览']),
    });
    expect(await runOneClick(gas.env, gas.clock.now)).toMatchObject({ ok: true });
  });

  it('says which saved sheet is missing', async () => {
    const gas = withSales('en');
    saveSettings(gas.env.properties.getDocumentProperties(), { sheet: 'Gone', language: 'en' });
    expect(await runOneClick(gas.env, gas.clock.now)).toMatchObject({
      ok: false,
      message: expect.stringContaining('“Gone”'),
    });
  });

  it('passes on the core’s localized error and writes nothing', async () => {
    const gas = createFakeGas({ firstSheet: 'Data' });
    gas.ss.sheets[0].seed([
      ['客户', '区域'],
      ['甲', '华东'],
    ]);
    const before = state(gas);
    const outcome = await runOneClick(gas.env, gas.clock.now);
    expect(outcome.ok).toBe(false);
    expect(outcome.message.length).toBeGreaterThan(5);
    expect(state(gas)).toEqual(before);
  });

  it('fails early, changing nothing, for a sheet over the cell cap', async () => {
    const gas = withSales('en');
    gas.ss.sheets[0].maxRows = MAX_CELLS;
    gas.ss.sheets[0].cell(MAX_CELLS / 6 + 1, 6).value = 1;
    const before = state(gas);
    gas.log.reset();
    const outcome = await runOneClick(gas.env, gas.clock.now);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('Nothing was changed') });
    expect(gas.log.count('Range.getValues')).toBe(0);
    expect(state(gas)).toEqual(before);
  });

  it('fails early when the time left in the execution is less than the estimate', async () => {
    const gas = withSales('en');
    const startedLongAgo = gas.clock.now - (EXECUTION_LIMIT_MS - 70_000);
    const outcome = await runOneClick(gas.env, startedLongAgo);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Stopped: .*360 s/),
    });
    expect(gas.ss.sheets).toHaveLength(1);
  });

  it('stops before writing when the clock runs out mid-run, leaving nothing half written', async () => {
    const gas = withSales('en');
    const start = gas.clock.now;
    let calls = 0;
    // The first clock reads are at the start; later ones (before blocks / the write) are near the limit.
    gas.env.now = () => (++calls <= 1 ? start : start + EXECUTION_LIMIT_MS - 61_000);
    const before = state(gas);
    const outcome = await runOneClick(gas.env, start);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Stopped: .*nothing was written/),
    });
    expect(state(gas)).toEqual(before);
  });
});

describe('runOneClick mid-write', () => {
  it('rolls back the tabs already written when the clock runs out between tabs', async () => {
    const gas = withSales('en');
    const start = gas.clock.now;
    let late = false;
    gas.env.now = () => (late ? start + EXECUTION_LIMIT_MS - 61_000 : start);
    // The clock jumps once the third temporary tab exists.
    const insert = gas.ss.insertSheet.bind(gas.ss);
    let inserted = 0;
    gas.ss.insertSheet = (name: string, index?: number) => {
      if (++inserted === 3) late = true;
      return insert(name, index);
    };
    const before = state(gas);
    const outcome = await runOneClick(gas.env, start);
    expect(inserted).toBe(3);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/^Stopped: /) });
    expect(state(gas)).toEqual(before);
  });
});

describe('generateReview (menu)', () => {
  it('says what it is reading while it works, then shows the outcome in a toast', async () => {
    const gas = withSales();
    const rows = gas.ss.sheets[0].getLastRow();
    let toastsBeforeWrite = -1;
    const insert = gas.ss.insertSheet.bind(gas.ss);
    gas.ss.insertSheet = (name: string, index?: number) => {
      if (toastsBeforeWrite < 0) toastsBeforeWrite = gas.ss.toasts.length;
      return insert(name, index);
    };
    await generateReview(gas.env, gas.clock.now);
    // the progress toast is up before the first tab is written (a run can take minutes)
    expect(toastsBeforeWrite).toBe(1);
    expect(gas.ss.toasts.map((t) => t.message)).toEqual([
      `正在读取“销售明细”的 ${rows.toLocaleString('en-US')} 行…`,
      expect.stringContaining('复盘已生成'),
    ]);
    expect(gas.ss.toasts.every((t) => t.title === '销售复盘')).toBe(true);
    expect(gas.ui.alerts).toEqual([]);
  });

  it('shows BAD_SETTINGS and changes nothing when the saved settings do not validate', async () => {
    const gas = withSales('en');
    gas.properties.set(SETTINGS_KEY, JSON.stringify({ version: 1, fiscalStartMonth: 13 }));
    const before = state(gas);
    await generateReview(gas.env, gas.clock.now);
    expect(gas.ui.alerts).toEqual([
      {
        title: 'Sales Review',
        message: expect.stringMatching(/could not be read \(fiscalStartMonth: .*\), so nothing was run/),
      },
    ]);
    expect(state(gas)).toEqual(before);
    // the saved (invalid) settings are kept for the user to look at, not overwritten with defaults
    expect(JSON.parse(gas.properties.get(SETTINGS_KEY)!)).toEqual({ version: 1, fiscalStartMonth: 13 });
  });

  it('says BUSY and changes nothing while another run holds the document lock', async () => {
    const gas = withSales('en');
    gas.lock.holder = {}; // the sidebar or another editor is writing
    const before = state(gas);
    await generateReview(gas.env, gas.clock.now);
    expect(gas.ui.alerts[0].message).toMatch(/^Another Sales Review run is writing/);
    expect(state(gas)).toEqual(before);
    expect(gas.lock.waitedMs).toBeGreaterThan(0);
  });

  it('shows an alert with what to do on failure', async () => {
    const gas = withSales('en');
    saveSettings(gas.env.properties.getDocumentProperties(), { sheet: 'Gone', language: 'en' });
    await generateReview(gas.env, gas.clock.now);
    expect(gas.ui.alerts[0].message).toMatch(/Open the wizard/);
    expect(gas.ss.toasts).toEqual([]);
  });
});
