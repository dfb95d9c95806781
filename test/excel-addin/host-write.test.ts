import { ExcelHost } from '../../excel-addin/host';
import { MARKER_PROPERTY, OWNED_TABS_KEY } from '../../excel-addin/owned-registry';
import { sampleDoc, tab } from './doc-fixture';
import { FakeExcel } from './fake-excel';
import { officeFake } from './office-fake';

function setup(names = ['Sales'], opts: { unsupported?: string[] } = {}) {
  const xl = new FakeExcel(names);
  xl.customPropertiesSupported = !(opts.unsupported ?? []).includes('ExcelApi 1.12');
  xl.sheets[0].setGrid([
    ['Date', 'Customer', 'Amount'],
    [45658, 'Acme', 100],
  ]);
  const of = officeFake(opts);
  const host = new ExcelHost({ run: xl.run, office: of.office });
  return { xl, of, host };
}

function snapshot(xl: FakeExcel) {
  return xl.sheets.map((s) => ({
    id: s.id,
    name: s.name,
    cells: [...s.cells.entries()].map(([k, c]) => [k, c.value, c.formula ?? null]),
    log: s.log.length,
    props: [...s.customProperties.values()],
  }));
}

/** The marker value on a fake sheet (what `worksheet.customProperties` holds), if any. */
function markerOn(xl: FakeExcel, name: string): string | undefined {
  return xl.sheet(name)?.customProperties.get(MARKER_PROPERTY.toLowerCase())?.value;
}

describe('ExcelHost.writeSheetDoc', () => {
  test('writes every tab under its name and reports them', async () => {
    const { xl, host } = setup();
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r).toEqual({
      ok: true,
      tabs: [
        { key: 'overview', name: 'Review - Overview' },
        { key: 'bridges', name: 'Review - Bridges' },
      ],
    });
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Review - Overview', 'Review - Bridges']);
  });

  test('a whole review takes exactly 4 round trips (list, render, swap, charts), calculation suspended while writing', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    expect(xl.syncCount).toBe(4);
    expect(xl.calcSuspendedSyncs).toBeGreaterThanOrEqual(1);
  });

  test('text from the data is written as text, never as a formula', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const s = xl.sheet('Review - Overview')!;
    expect(s.cell(2, 0)).toEqual({ value: '=HYPERLINK("http://evil","x")', numberFormat: '@' });
    expect(s.cell(3, 0)?.formula).toBeUndefined();
    expect(s.cell(3, 0)?.value).toBe('+cmd|calc');
  });

  test('FormulaCells become native formulas with the run number format', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const s = xl.sheet('Review - Overview')!;
    expect(s.cell(4, 1)).toMatchObject({ formula: '=SUM(B3:B4)', numberFormat: '#,##0' });
    expect(s.cell(2, 2)).toMatchObject({ formula: '=B3/B5', numberFormat: '0.0%' });
    expect(s.cell(2, 1)).toEqual({ value: 1200, numberFormat: '#,##0' });
  });

  test('styles, merges, widths, freeze panes, conditional formats, tab colour and print are rendered', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const s = xl.sheet('Review - Overview')!;
    const log = s.log.join('\n');
    expect(log).toContain('A2:C2.format.fill.color = "#1F4E78"');
    expect(log).toContain('A2:C2.format.horizontalAlignment = "Center"');
    expect(log).toContain('merge A1:C1 false');
    expect(log).toContain('A1:A1.format.columnWidth = 129.75');
    // the fixture freezes column A under a title merged over A1:C1: the plan keeps only the rows
    expect(log).toContain('freezePanes.freezeRows(2)');
    expect(log).toContain('A5:C5.format.borders.getItem().style = "Continuous"');
    expect(log).toContain(
      'conditionalFormats.add().cellValue.rule = {"formula1":"0.5","operator":"LessThan"}',
    );
    expect(log).toContain('pageLayout.orientation = "Landscape"');
    expect(log).toContain('pageLayout.zoom = {"horizontalFitToPages":1}');
    expect(s.tabColor).toBe('#1F4E78');
  });

  test('Pareto is a column chart with the cumulative line on the secondary axis', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const log = xl.sheet('Review - Overview')!.log.join('\n');
    expect(log).toContain('charts.add("ColumnClustered", B3:B4, "Columns")');
    expect(log).toContain('series.add().chartType = "Line"');
    expect(log).toContain('series.add().axisGroup = "Secondary"');
    expect(log).toContain('setXAxisValues(A3:A4)');
    expect(log).not.toContain('valueAxis.minimum');
  });

  test('bridges are stacked columns floating on an invisible base, totals dark, rises green, falls red', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const log = xl.sheet('Review - Bridges')!.log.join('\n');
    expect(log).toContain('charts.add("ColumnStacked", C2:C5, "Columns")');
    expect(log).toContain('charts.add().series.getItemAt().format.fill.clear()');
    for (const [range, colour] of [
      ['D2:D5', '#1F4E78'],
      ['E2:E5', '#00803C'],
      ['F2:F5', '#C00000'],
    ])
      expect(log).toMatch(
        new RegExp(`setValues\\(${range}\\)[\\s\\S]*?format\\.fill\\.setSolidColor\\("${colour}"\\)`),
      );
    expect(log).toContain('charts.add().legend.visible = false');
    // bars measured from zero, not from an automatic axis start near the smallest total
    expect(log).toContain('charts.add().axes.valueAxis.minimum = 0');
    expect(log).not.toContain('"Waterfall"');
  });

  test('marks each tab and records it (id, key, name, marker) in the document settings', async () => {
    const { xl, of, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const ids = xl.sheets.slice(1).map((s) => s.id);
    const overview = markerOn(xl, 'Review - Overview')!;
    const bridges = markerOn(xl, 'Review - Bridges')!;
    expect(JSON.parse(overview)).toMatchObject({ key: 'overview' });
    expect(JSON.parse(bridges)).toMatchObject({ key: 'bridges' });
    expect(markerOn(xl, 'Sales')).toBeUndefined();
    expect(of.saved.get(OWNED_TABS_KEY)).toEqual([
      { id: ids[0], key: 'overview', name: 'Review - Overview', marker: overview },
      { id: ids[1], key: 'bridges', name: 'Review - Bridges', marker: bridges },
    ]);
    // every write marks afresh
    await host.writeSheetDoc(sampleDoc());
    expect(markerOn(xl, 'Review - Overview')).not.toBe(overview);
  });

  test('refresh replaces only owned tabs, in 4 round trips, user sheets untouched', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const firstIds = xl.sheets.slice(1).map((s) => s.id);
    const userBefore = snapshot(xl)[0];
    const before = xl.syncCount;
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r.ok).toBe(true);
    expect(xl.syncCount - before).toBe(4);
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Review - Overview', 'Review - Bridges']);
    expect(xl.sheets.slice(1).some((s) => firstIds.includes(s.id))).toBe(false);
    expect(snapshot(xl)[0]).toEqual(userBefore);
  });

  test('refresh removes owned tabs a narrower review no longer has', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const narrow = sampleDoc();
    narrow.tabs = narrow.tabs.slice(0, 1);
    await host.writeSheetDoc(narrow);
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Review - Overview']);
  });

  test('a user tab with the same name is never touched: the new tab takes a suffix', async () => {
    const { xl, host } = setup(['Sales', 'review - overview']);
    xl.sheets[1].setGrid([['my notes']]);
    const before = snapshot(xl)[1];
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r.ok && r.tabs[0].name).toBe('Review - Overview (2)');
    expect(snapshot(xl)[1]).toEqual(before);
    // and a refresh keeps replacing the suffixed owned tab, not the user's
    await host.writeSheetDoc(sampleDoc());
    expect(xl.sheets.map((s) => s.name)).toEqual([
      'Sales',
      'review - overview',
      'Review - Overview (2)',
      'Review - Bridges',
    ]);
    expect(snapshot(xl)[1]).toEqual(before);
  });

  test('a copy of an owned tab (new id) is the user’s and survives a refresh', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const copy = xl.addSheet('Review - Overview copy');
    await host.writeSheetDoc(sampleDoc());
    expect(xl.sheets).toContain(copy);
  });

  test('a recorded id that now names a user sheet (ids renumbered on reopening) is never touched', async () => {
    const { xl, of, host } = setup(['Sales', 'Budget']);
    xl.sheets[1].setGrid([['my budget']]);
    // Excel desktop hands out ids by position when a file is reopened: the id recorded for the
    // review tab of an earlier session can now be the user's sheet's
    of.store.set(OWNED_TABS_KEY, [{ id: xl.sheets[1].id, key: 'overview', name: 'Review - Overview' }]);
    const before = snapshot(xl);
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r.ok).toBe(true);
    expect(snapshot(xl).slice(0, 2)).toEqual(before);
    expect(xl.sheets.map((s) => s.name)).toEqual([
      'Sales',
      'Budget',
      'Review - Overview',
      'Review - Bridges',
    ]);
  });

  test('a review tab the user renamed becomes theirs and survives a refresh', async () => {
    const { xl, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const mine = xl.sheet('Review - Overview')!;
    mine.name = 'Overview with my notes';
    await host.writeSheetDoc(sampleDoc());
    expect(xl.sheets).toContain(mine);
    expect(xl.sheets.map((s) => s.name)).toEqual([
      'Sales',
      'Overview with my notes',
      'Review - Overview',
      'Review - Bridges',
    ]);
  });

  test.each([
    ['while rendering the new tabs', 2, 5],
    ['at the first operation of the render', 2, 0],
    ['during the swap', 3, 1],
  ])('a failure %s leaves a fresh workbook exactly as it was', async (_what, sync, afterOps) => {
    const { xl, of, host } = setup();
    const before = snapshot(xl);
    xl.failOnSync(sync, afterOps);
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect(snapshot(xl)).toEqual(before);
    expect(of.saved.has(OWNED_TABS_KEY)).toBe(false);
  });

  test.each([
    ['while rendering', 2, 7],
    ['after the old tabs stepped aside', 3, 2],
    ['after the new tabs took their names', 3, 5],
  ])('a refresh failing %s restores the previous review tabs', async (_what, sync, afterOps) => {
    const { xl, of, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const before = snapshot(xl);
    const ownedBefore = of.saved.get(OWNED_TABS_KEY);
    xl.failOnSync(sync, afterOps);
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r.ok).toBe(false);
    expect(snapshot(xl)).toEqual(before);
    expect(of.saved.get(OWNED_TABS_KEY)).toEqual(ownedBefore);
  });

  test('a failure after old tabs were deleted rolls forward to the complete new review', async () => {
    const { xl, of, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const oldIds = xl.sheets.slice(1).map((s) => s.id);
    // swap batch: calc suspension, 2 aside renames, 2 final renames, activate, 2 deletes → fail at the last delete
    xl.failOnSync(3, 7);
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r.ok).toBe(true);
    expect(of.saved.get(OWNED_TABS_KEY)).toEqual(
      xl.sheets.slice(1).map((s, i) => ({
        id: s.id,
        key: ['overview', 'bridges'][i],
        name: s.name,
        marker: markerOn(xl, s.name),
      })),
    );
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Review - Overview', 'Review - Bridges']);
    expect(xl.sheets.some((s) => oldIds.includes(s.id))).toBe(false);
  });

  test('large payloads add one round trip per additional 4 MB and no round trip exceeds the cap', async () => {
    const { xl, host } = setup();
    const rows = Array.from({ length: 60000 }, (_, i) => [
      `Customer ${i} 客户名称`,
      i * 1.5,
      i % 7,
      'Region North',
    ]);
    const doc = { ...sampleDoc(), tabs: [tab('customers', 'Review - Customers', rows)] };
    const bytes = JSON.stringify(rows).length * 2;
    const r = await host.writeSheetDoc(doc);
    expect(r.ok).toBe(true);
    expect(xl.syncCount).toBeGreaterThan(3);
    expect(xl.syncCount).toBeLessThanOrEqual(3 + Math.ceil(bytes / (4 * 1024 * 1024)));
    expect(xl.maxSyncBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(xl.sheet('Review - Customers')!.cell(59999, 0)?.value).toBe('Customer 59999 客户名称');
  });

  test('charts come after the tabs are in place; Excel 2016, which refuses a native waterfall’s title, draws the bridge', async () => {
    const { xl, host } = setup();
    xl.oldChartBuild = true; // Excel 2016 refuses a waterfall's title (office-js#2041)
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r).toEqual({
      ok: true,
      tabs: [
        { key: 'overview', name: 'Review - Overview' },
        { key: 'bridges', name: 'Review - Bridges' },
      ],
    });
    expect(xl.sheet('Review - Bridges')!.charts.map((c) => c.type)).toEqual(['ColumnStacked']);
    expect(xl.sheet('Review - Overview')!.charts.map((c) => c.type)).toEqual(['ColumnClustered']);
  });

  test('a host that refuses every chart still gets the whole review, charts counted as dropped', async () => {
    const { xl, host } = setup();
    xl.chartsRefused = true;
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r).toMatchObject({ ok: true, chartsDropped: 2 });
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Review - Overview', 'Review - Bridges']);
    expect(xl.sheets.flatMap((s) => s.charts)).toEqual([]);
    expect(xl.sheet('Review - Overview')!.cell(2, 1)?.value).toBe(1200);
  });

  test('bar charts read top-down like their table', async () => {
    const { xl, host } = setup();
    const doc = sampleDoc();
    doc.tabs[1].charts[0] = {
      ...doc.tabs[1].charts[0],
      kind: 'bar',
      stacked: false,
      series: [{ name: 'Change', values: { r0: 1, c0: 1, r1: 4, c1: 1 } }],
    };
    await host.writeSheetDoc(doc);
    const log = xl.sheet('Review - Bridges')!.log.join('\n');
    expect(log).toContain('charts.add("BarClustered", B2:B5, "Columns")');
    expect(log).toContain('charts.add().axes.categoryAxis.reversePlotOrder = true');
  });

  test('a failed settings save after a complete write still reports the written tabs', async () => {
    const xl = new FakeExcel(['Sales']);
    const of = officeFake({ failSave: true });
    const r = await new ExcelHost({ run: xl.run, office: of.office }).writeSheetDoc(sampleDoc());
    expect(r.ok).toBe(true);
    // the in-memory registry still knows the tabs, so a refresh in this session replaces them
    expect(of.store.get(OWNED_TABS_KEY)).toHaveLength(2);
  });

  test('reports writing progress per tab, then done', async () => {
    const { host } = setup();
    const events: string[] = [];
    await host.writeSheetDoc(sampleDoc(), {
      onProgress: (e) => events.push(`${e.stage} ${e.done}/${e.total}`),
    });
    expect(events).toEqual(['writing 1/2', 'writing 2/2', 'done 2/2']);
  });

  test('does not mutate the SheetDoc', async () => {
    const { host } = setup();
    const doc = sampleDoc();
    const copy = JSON.parse(JSON.stringify(doc));
    await host.writeSheetDoc(doc);
    expect(doc).toEqual(copy);
  });
});

describe('owned tabs across sessions and copies (worksheet markers, ExcelApi 1.12)', () => {
  /** A workbook with a user sheet, a review written and refreshed once, then closed and reopened. */
  async function reopenedWorkbook(opts: { unsupported?: string[] } = {}) {
    const env = setup(['Sales', 'Budget'], opts);
    env.xl.sheets[1].setGrid([['my budget']]);
    await env.host.writeSheetDoc(sampleDoc());
    await env.host.writeSheetDoc(sampleDoc());
    const reviewTabs = env.xl.sheets.slice(2);
    const recordedIds = (env.of.saved.get(OWNED_TABS_KEY) as { id: string }[]).map((o) => o.id);
    env.xl.reopen();
    env.of.reopen();
    // the premise: Excel gave the review tabs other ids than the ones recorded
    expect(reviewTabs.map((s) => s.id).filter((id) => recordedIds.includes(id))).toEqual([]);
    return { ...env, reviewTabs };
  }

  test('reopened with new ids: refresh replaces the review tabs, no suffix, user sheets untouched, 4 round trips', async () => {
    const { xl, host, reviewTabs } = await reopenedWorkbook();
    const users = snapshot(xl).slice(0, 2);
    const before = xl.syncCount;
    const r = await host.writeSheetDoc(sampleDoc());
    expect(xl.syncCount - before).toBe(4);
    expect(r).toEqual({
      ok: true,
      tabs: [
        { key: 'overview', name: 'Review - Overview' },
        { key: 'bridges', name: 'Review - Bridges' },
      ],
    });
    expect(xl.sheets.map((s) => s.name)).toEqual([
      'Sales',
      'Budget',
      'Review - Overview',
      'Review - Bridges',
    ]);
    expect(xl.sheets.some((s) => reviewTabs.includes(s))).toBe(false);
    expect(snapshot(xl).slice(0, 2)).toEqual(users);
  });

  test('reopened with new ids: listSheets flags the review tabs as owned, in 2 round trips', async () => {
    const { xl, host } = await reopenedWorkbook();
    const before = xl.syncCount;
    const sheets = await host.listSheets();
    expect(xl.syncCount - before).toBe(2);
    expect(sheets.map((s) => [s.name, s.owned])).toEqual([
      ['Sales', false],
      ['Budget', false],
      ['Review - Overview', true],
      ['Review - Bridges', true],
    ]);
  });

  test('without ExcelApi 1.12 the id+name fallback applies: no marker calls, reopened tabs stay as the user’s', async () => {
    const { xl, of, host, reviewTabs } = await reopenedWorkbook({ unsupported: ['ExcelApi 1.12'] });
    expect(xl.sheets.every((s) => s.customProperties.size === 0)).toBe(true);
    expect((of.saved.get(OWNED_TABS_KEY) as object[]).every((o) => !('marker' in o))).toBe(true);
    const users = snapshot(xl);
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r.ok && r.tabs.map((t) => t.name)).toEqual(['Review - Overview (2)', 'Review - Bridges (2)']);
    expect(snapshot(xl).slice(0, 4)).toEqual(users);
    expect(reviewTabs.every((s) => xl.sheets.includes(s))).toBe(true);
  });

  test('without ExcelApi 1.12 a refresh in the same session still replaces the review tabs', async () => {
    const { xl, host } = setup(['Sales'], { unsupported: ['ExcelApi 1.12'] });
    await host.writeSheetDoc(sampleDoc());
    const first = xl.sheets.slice(1);
    const before = xl.syncCount;
    await host.writeSheetDoc(sampleDoc());
    expect(xl.syncCount - before).toBe(4);
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Review - Overview', 'Review - Bridges']);
    expect(xl.sheets.some((s) => first.includes(s))).toBe(false);
  });

  test('a user’s copy of a review tab (marker copied with it) survives refreshes, before and after reopening', async () => {
    const { xl, of, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    const copy = xl.copySheet('Review - Overview');
    expect(copy.name).toBe('Review - Overview (2)');
    expect(markerOn(xl, copy.name)).toBe(markerOn(xl, 'Review - Overview'));
    copy.setGrid([['my causes and actions']], 10, 0);
    const mine = snapshot(xl).find((s) => s.id === copy.id);
    const original = xl.sheet('Review - Overview')!;
    await host.writeSheetDoc(sampleDoc());
    expect(xl.sheets).toContain(copy);
    expect(xl.sheets).not.toContain(original);
    expect(xl.sheets.map((s) => s.name)).toEqual([
      'Sales',
      'Review - Overview (2)',
      'Review - Overview',
      'Review - Bridges',
    ]);
    xl.reopen();
    of.reopen();
    await host.writeSheetDoc(sampleDoc());
    expect(xl.sheets).toContain(copy);
    expect({ ...snapshot(xl).find((s) => s.name === copy.name), id: mine?.id }).toEqual(mine);
    expect(xl.sheets.map((s) => s.name)).toEqual([
      'Sales',
      'Review - Overview (2)',
      'Review - Overview',
      'Review - Bridges',
    ]);
  });

  test('a marker that is not the recorded one (a tab copied in from another workbook) is the user’s', async () => {
    const { xl, of, host } = setup();
    await host.writeSheetDoc(sampleDoc());
    // the user replaces our overview by one pasted from another review, under the same name
    const ours = xl.sheet('Review - Overview')!;
    xl.sheets = xl.sheets.filter((s) => s !== ours);
    const foreign = xl.addSheet('Review - Overview');
    foreign.customProperties.set(MARKER_PROPERTY.toLowerCase(), {
      key: MARKER_PROPERTY,
      value: '{"v":1,"key":"overview","run":"zzzz"}',
    });
    xl.reopen();
    of.reopen();
    const r = await host.writeSheetDoc(sampleDoc());
    expect(xl.sheets).toContain(foreign);
    expect(r.ok && r.tabs.map((t) => t.name)).toEqual(['Review - Overview (2)', 'Review - Bridges']);
  });

  test('tabs recorded without a marker (an earlier version) are still replaced in the same session', async () => {
    const { xl, of, host } = setup();
    const legacy = officeFake({ unsupported: ['ExcelApi 1.12'] });
    xl.customPropertiesSupported = false;
    await new ExcelHost({ run: xl.run, office: legacy.office }).writeSheetDoc(sampleDoc());
    // the same document, now in an Excel with ExcelApi 1.12
    of.store.set(OWNED_TABS_KEY, legacy.store.get(OWNED_TABS_KEY));
    xl.customPropertiesSupported = true;
    const r = await host.writeSheetDoc(sampleDoc());
    expect(r.ok && r.tabs.map((t) => t.name)).toEqual(['Review - Overview', 'Review - Bridges']);
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Review - Overview', 'Review - Bridges']);
    expect(markerOn(xl, 'Review - Overview')).toBeDefined();
  });
});
