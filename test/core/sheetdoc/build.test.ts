import { HyperFormula } from 'hyperformula';
import type { Cell, TabDoc } from '../../../core/sheetdoc';
import { layoutOf, sampleModel, seg } from './sample-model';

/** Loads one tab into a real formula engine; strings stay strings (a leading ' quotes them). */
function engineFor(tab: TabDoc): HyperFormula {
  const data = tab.cells.map((row) =>
    row.map((c: Cell) => {
      if (c !== null && typeof c === 'object') return c.formula;
      if (typeof c === 'string') return `'${c}`;
      return c;
    }),
  );
  return HyperFormula.buildFromSheets({ S: data }, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
}

function findRow(tab: TabDoc, label: string, from = 0): number {
  const i = tab.cells.findIndex((r, idx) => idx >= from && r[0] === label);
  if (i < 0) throw new Error(`no row ${label}`);
  return i;
}

describe('buildSheetDoc', () => {
  it.each([
    ['en', '(blank)', 'Others'],
    ['zh-CN', '（空白）', '其他'],
  ] as const)(
    'names the blank-cell segment and the folded tail in %s on the breakdowns tab',
    (lang, blank, others) => {
      const model = sampleModel(lang);
      model.breakdowns.region = [
        seg('华东', 900_000_000, null, 800_000_000),
        seg('', 300_000_000, null, 250_000_000),
        seg(null, 160_000_000, null, 150_000_000, ['others']),
      ];
      const tab = layoutOf(model).tabs.find((t) => t.key === 'breakdowns');
      const names = (tab?.cells ?? []).map((r) => r[0]);
      expect(names).toEqual(expect.arrayContaining(['华东', blank, others]));
      expect(names).not.toContain('');
      expect(names).not.toContain(null);
    },
  );

  it('writes one tab per section in review order with localized names', () => {
    const doc = layoutOf(sampleModel('zh-CN'));
    expect(doc.tabs.map((t) => t.key)).toEqual([
      'overview',
      'quarterly',
      'breakdowns',
      'customers',
      'bridges',
      'findings',
      'plan',
      'dataQuality',
    ]);
    expect(doc.tabs[0].name).toBe('复盘-总览');
    expect(layoutOf(sampleModel('en')).tabs[0].name).toBe('Review - Overview');
    expect(layoutOf(sampleModel('zh-TW')).tabs[0].name).toBe('復盤-總覽');
  });

  it('keeps tab names legal in every language', () => {
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
      for (const tab of layoutOf(sampleModel(lang)).tabs) {
        expect(tab.name.length).toBeLessThanOrEqual(31);
        expect(tab.name).not.toMatch(/[[\]:*?/\\]/);
      }
    }
  });

  it('names both denominators: attainment against base and stretch', () => {
    const tab = layoutOf(sampleModel('en')).tabs[0];
    const base = tab.cells.find((r) => r[2] === 'Base target');
    const stretch = tab.cells.find((r) => r[2] === 'Stretch target');
    expect(base?.[4]).toBeCloseTo(1.1333, 4);
    expect(stretch?.[4]).toBeCloseTo(0.9714, 4);
  });

  it('writes money in the display unit with the unit line (万元)', () => {
    const tab = layoutOf(sampleModel('zh-CN')).tabs[0];
    expect(String(tab.cells[1][0])).toContain('单位：万元');
    const base = tab.cells.find((r) => r[2] === '基础目标');
    expect(base?.[1]).toBe(136000);
  });

  it('shows a point change as points with a points format', () => {
    const tab = layoutOf(sampleModel('zh-CN')).tabs[0];
    const r = tab.cells.findIndex((row) => row[0] === '毛利率');
    expect(tab.cells[r][4]).toBeCloseTo(3.7, 6);
    const fmt = tab.formats.filter((f) => f.range.r0 === r && f.range.c0 === 4 && f.numFmt).pop();
    expect(fmt?.numFmt).toContain('个百分点');
  });

  it('keeps customer names that look like formulas as plain strings', () => {
    const tab = layoutOf(sampleModel('zh-CN')).tabs.find((t) => t.key === 'customers')!;
    const cell = tab.cells.flat().find((c) => typeof c === 'string' && c.startsWith('=HYPERLINK'));
    expect(typeof cell).toBe('string');
    const formulas = tab.cells.flat().filter((c) => c !== null && typeof c === 'object');
    expect(formulas).toHaveLength(0);
  });

  it('keeps every format, merge and chart inside the tab', () => {
    for (const tab of layoutOf(sampleModel('zh-CN')).tabs) {
      const rows = tab.cells.length;
      const ranges = [...tab.formats.map((f) => f.range), ...tab.merges, ...tab.inputRanges];
      for (const r of ranges) {
        expect(r.r0).toBeLessThanOrEqual(r.r1);
        expect(r.c0).toBeLessThanOrEqual(r.c1);
        expect(r.r1).toBeLessThan(rows);
      }
      for (const ch of tab.charts) expect(ch.categories.r1).toBeLessThan(rows);
    }
  });

  it('does not mutate the model', () => {
    const model = sampleModel('zh-CN');
    const before = JSON.stringify(model);
    layoutOf(model);
    expect(JSON.stringify(model)).toBe(before);
  });

  it('leaves out the customers tab when there is no customer column', () => {
    const model = sampleModel('en');
    model.customers.active = null;
    expect(layoutOf(model).tabs.map((t) => t.key)).not.toContain('customers');
  });
});

describe('plan tab (live formulas)', () => {
  const tab = layoutOf(sampleModel('zh-CN')).tabs.find((t) => t.key === 'plan')!;

  it('computes in a formula engine exactly the values the core cached', () => {
    const hf = engineFor(tab);
    tab.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null || typeof c !== 'object') return;
        const got = hf.getCellValue({ sheet: 0, row: r, col });
        if (typeof c.value === 'number') expect(got).toBeCloseTo(c.value, 6);
        else if (c.value !== null) expect(got).toBe(c.value);
      }),
    );
  });

  it('splits 15.64亿 (13.6亿 +15%) at 3:3:2:2 in 万元', () => {
    const q1 = findRow(tab, 'Q1');
    expect(tab.cells.slice(q1, q1 + 4).map((r) => (r[2] as { value: number }).value)).toEqual([
      46920, 46920, 31280, 31280,
    ]);
  });

  it('recalculates when the user edits a quarter weight, still adding up to the target', () => {
    const hf = engineFor(tab);
    const q1 = findRow(tab, 'Q1');
    hf.setCellContents({ sheet: 0, row: q1, col: 1 }, [[1]]);
    const parts = [0, 1, 2, 3].map((i) => hf.getCellValue({ sheet: 0, row: q1 + i, col: 2 }) as number);
    expect(parts[0]).toBeLessThan(46920);
    expect(parts.reduce((s, v) => s + v, 0)).toBeCloseTo(156400, 6);
  });

  it('marks its input cells', () => {
    expect(tab.inputRanges.length).toBeGreaterThanOrEqual(6);
  });
});
