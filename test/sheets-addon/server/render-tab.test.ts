import { renderTab } from '../../../sheets-addon/server/render-tab';
import { createFakeGas, type FakeGas } from '../fake-spreadsheet-app';
import { sizedTab, sampleDoc } from '../tabs';
import type { TabDoc } from '../../../core/sheetdoc/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function render(tab: TabDoc): { gas: FakeGas; sheet: ReturnType<FakeGas['ss']['addSheet']> } {
  const gas = createFakeGas();
  const sheet = gas.ss.addSheet('out');
  gas.log.reset();
  renderTab(gas.env, sheet as unknown as Sheet, tab, 'en');
  return { gas, sheet };
}

describe('renderTab', () => {
  it('makes the same Spreadsheet calls for 1,200 and 12,000 data rows', () => {
    const small = render(sizedTab(1200)).gas.log;
    const large = render(sizedTab(12000)).gas.log;
    expect(large.spreadsheetCalls()).toBe(small.spreadsheetCalls());
    expect(large.snapshot()).toEqual(small.snapshot());
  });

  it('makes only one more call (growing the sheet) for 5,000 rows than for 10', () => {
    const small = render(sizedTab(10)).gas.log;
    const large = render(sizedTab(5000)).gas.log;
    expect(large.snapshot()).toEqual({ ...small.snapshot(), 'Sheet.insertRowsAfter': 1 });
  });

  it('writes all values in one setValues and each format attribute in one 2-D call', () => {
    const { gas } = render(sizedTab(300));
    for (const m of [
      'setValues',
      'setNumberFormats',
      'setFontWeights',
      'setFontSizes',
      'setBackgrounds',
      'setFontColors',
      'setHorizontalAlignments',
      'setWraps',
    ])
      expect(gas.log.count(`Range.${m}`)).toBe(1);
    expect(gas.log.spreadsheetCalls()).toBeLessThan(60);
  });

  it('keeps text from the data as text, never a formula or a number', () => {
    const evil = ['=HYPERLINK("http://x.example","click")', '+1234', '-5', '=1+1', '@SUM(A1)', '0012'];
    const { sheet } = render(sizedTab(evil.length, (i) => evil[i]));
    evil.forEach((name, i) => {
      const cell = sheet.cell(3 + i, 1);
      expect(cell.formula).toBe('');
      expect(cell.value).toBe(name);
      expect(cell.numberFormat).toBe('@');
    });
  });

  it('writes formula cells as formulas', () => {
    const { sheet } = render(sizedTab(4));
    expect(sheet.cell(7, 2).formula).toBe('=SUM(B3:B6)');
  });

  it('applies number formats, styles, borders, merges, widths, freeze and tab colour', () => {
    const { sheet } = render(sizedTab(4));
    expect(sheet.cell(3, 2).numberFormat).toBe('#,##0');
    expect(sheet.cell(3, 4).numberFormat).toBe('0.0%');
    expect(sheet.cell(2, 1)).toMatchObject({
      fontWeight: 'bold',
      background: '#1F4E78',
      fontColor: '#FFFFFF',
      hAlign: 'center',
      wrap: true,
      borderBottom: true,
    });
    expect(sheet.cell(1, 1).fontSize).toBe(14);
    // one default size for every host: the plan's 11 points, where Sheets alone would show 10
    expect(sheet.cell(3, 1)).toMatchObject({ fontWeight: 'normal', background: null, fontSize: 11 });
    // aligned or wrapped cells sit mid-row, as in Excel and the xlsx file; borders in the plan's grey
    expect(sheet.cell(2, 1)).toMatchObject({ vAlign: 'middle', borderColor: '#BFBFBF' });
    expect(sheet.cell(7, 3)).toMatchObject({ fontWeight: 'bold', borderTop: true });
    expect(sheet.merges).toEqual(['A1:D1']);
    expect(sheet.columnWidths.get(1)).toBe(173);
    expect(sheet.columnWidths.get(3)).toBe(75);
    expect([sheet.frozenRows, sheet.frozenCols]).toEqual([2, 0]);
    expect(sheet.tabColor).toBe('#1F4E78');
  });

  it('never hands Sheets a freeze line that cuts a merge (the fake refuses it, as Sheets does): the plan drops it', () => {
    const cutting = { ...sizedTab(4), freeze: { rows: 2, cols: 1 } };
    const { sheet } = render(cutting);
    expect([sheet.frozenRows, sheet.frozenCols]).toEqual([2, 0]);
  });

  it('renders every tab of a real review under the fake that refuses freezing across a merge', () => {
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const)
      for (const tab of sampleDoc(lang).tabs) expect(() => render(tab)).not.toThrow();
  });

  it('sets the conditional formats as rules in one call', () => {
    const { sheet, gas } = render(sizedTab(4));
    expect(gas.log.count('Sheet.setConditionalFormatRules')).toBe(1);
    expect(sheet.rules).toEqual([
      { condition: 'whenNumberLessThan', values: [0.95], fontColor: '#C00000', ranges: ['D3:D6'] },
      {
        condition: 'whenNumberBetween',
        values: [0.95, 1],
        background: '#FFE699',
        bold: true,
        ranges: ['D3:D6'],
      },
    ]);
  });

  it('embeds a Pareto as a combo chart with the cumulative line on the secondary axis', () => {
    const { sheet } = render(sizedTab(4));
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.type).toBe('COMBO');
    expect(chart.ranges).toEqual(['A3:A6', 'B3:B6', 'C3:C6']);
    expect(chart.position).toEqual([2, 6, 0, 0]);
    expect(chart.options).toMatchObject({
      title: 'Pareto',
      seriesType: 'bars',
      series: { 0: { labelInLegend: 'Revenue' }, 1: { type: 'line', targetAxisIndex: 1 } },
    });
  });

  it('draws a bridge as stacked columns on a transparent base (Sheets’ waterfall cannot take the totals)', () => {
    const tab = sampleDoc('en').tabs.find((t) => t.key === 'bridges')!;
    const { sheet } = render(tab);
    const bridge = sheet.charts.find((c) => c.options.isStacked === true)!;
    expect(bridge.type).toBe('COLUMN');
    expect(bridge.ranges).toHaveLength(5);
    expect(bridge.options).toMatchObject({
      legend: { position: 'none' },
      series: {
        0: { color: 'transparent', visibleInLegend: false },
        1: { color: '#1F4E78' },
        2: { color: '#00803C' },
        3: { color: '#C00000' },
      },
    });
    // bars measured from zero, not from an automatic axis start near the smallest total
    expect(bridge.options.vAxis).toEqual({ viewWindow: { min: 0 } });
    expect(sheet.charts.map((c) => c.type)).not.toContain('WATERFALL');
  });

  it('renders every tab of a real review doc', () => {
    for (const tab of sampleDoc().tabs) {
      const { sheet } = render(tab);
      const head = tab.cells[0][0];
      if (typeof head === 'string') expect(sheet.cell(1, 1).value).toBe(head);
      expect(sheet.charts).toHaveLength(tab.charts.length);
    }
  });

  it('does not mutate the tab', () => {
    const tab = sizedTab(5);
    const copy = JSON.parse(JSON.stringify(tab));
    render(tab);
    expect(tab).toEqual(copy);
  });
});
