/**
 * The shared suite of the render plan: what every renderer relies on is checked here once — text
 * stays text, later format runs win, runs never overlap and reproduce the composed style of every
 * cell, no freeze line cuts a merge, merges never overlap, sizes in one formula, valid tab names.
 */
import fc from 'fast-check';
import {
  columnPx,
  EXCEL_NAMES,
  GENERAL,
  planDoc,
  planTab,
  PLAN_DEFAULTS,
  SHEETS_NAMES,
  tabNames,
  TEXT,
} from '../../../core/sheetdoc';
import type { FormatRun, RangeRef, Style, TabDoc } from '../../../core/sheetdoc/types';
import { layoutOf, sampleModel } from './sample-model';

function tab(cells: TabDoc['cells'], extra: Partial<TabDoc> = {}): TabDoc {
  return {
    key: 't',
    name: 'T',
    cells,
    formats: [],
    merges: [],
    colWidths: [],
    freeze: { rows: 0, cols: 0 },
    conditionalFormats: [],
    charts: [],
    inputRanges: [],
    print: { landscape: false, fitToWidth: false },
    ...extra,
  };
}

const docs = (['zh-CN', 'zh-TW', 'en'] as const).map((lang) => layoutOf(sampleModel(lang)));

const overlaps = (a: RangeRef, b: RangeRef) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

describe('planTab: values and number formats', () => {
  it('pads ragged rows; blanks and non-finite numbers are ""; a FormulaCell is its formula', () => {
    const p = planTab(tab([['a'], [1, Infinity, { formula: 'A1*2', value: 4 }]]), 'en');
    expect(p.values).toEqual([
      ['a', '', ''],
      [1, '', '=A1*2'],
    ]);
    expect(p.cached[1][2]).toBe(4);
  });

  it('gives every string the text format, whatever it starts with; others their numFmt or General', () => {
    const p = planTab(
      tab([['=HYPERLINK("x")', 5, '+cmd|calc']], {
        formats: [{ range: { r0: 0, c0: 0, r1: 0, c1: 2 }, numFmt: '0.0%' }],
      }),
      'en',
    );
    expect(p.numberFormats).toEqual([[TEXT, '0.0%', TEXT]]);
    expect(planTab(tab([[1]]), 'en').numberFormats).toEqual([[GENERAL]]);
  });

  it('in every demo tab, in every language, text cells are TEXT and formulas start with "="', () => {
    for (const doc of docs)
      for (const p of planDoc(doc))
        p.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const src = doc.tabs.find((t) => t.key === p.key)!.cells[r]?.[c];
            if (typeof src === 'string') expect(p.numberFormats[r][c]).toBe(TEXT);
            if (src !== null && typeof src === 'object') expect(String(v).startsWith('=')).toBe(true);
          }),
        );
  });
});

describe('planTab: style runs', () => {
  const style = fc.record(
    {
      bold: fc.boolean(),
      italic: fc.boolean(),
      fontSize: fc.constantFrom(9, 11, 14),
      fontColor: fc.constantFrom('#C00000', '#1F4E78'),
      fill: fc.constantFrom('#FFF2CC', '#EEF2F7'),
      hAlign: fc.constantFrom('left', 'center', 'right'),
      wrap: fc.boolean(),
      borderTop: fc.boolean(),
      borderBottom: fc.boolean(),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Style>;
  const run = fc
    .record({ r0: fc.nat(5), c0: fc.nat(5), h: fc.nat(3), w: fc.nat(3), style })
    .map(({ r0, c0, h, w, style: s }): FormatRun => ({
      range: { r0, c0, r1: r0 + h, c1: c0 + w },
      style: s,
    }));

  it('reproduce, cell by cell, the style the runs compose to (later runs win per property), never overlapping', () => {
    fc.assert(
      fc.property(fc.array(run, { maxLength: 8 }), (formats) => {
        const p = planTab(tab([[null]], { formats }), 'en');
        for (let r = 0; r < p.rows; r++)
          for (let c = 0; c < p.cols; c++) {
            const want: Style = {};
            for (const f of formats) {
              const g = f.range;
              if (r >= g.r0 && r <= g.r1 && c >= g.c0 && c <= g.c1) Object.assign(want, f.style);
            }
            const at = <T>(runs: { range: RangeRef; look: T }[]) =>
              runs.filter((x) => r >= x.range.r0 && r <= x.range.r1 && c >= x.range.c0 && c <= x.range.c1);
            const font = at(p.runs.fonts);
            const fill = at(p.runs.fills);
            const align = at(p.runs.aligns);
            const border = at(p.runs.borders);
            expect([font, fill, align, border].every((x) => x.length <= 1)).toBe(true);
            expect(font[0]?.look ?? null).toEqual(
              want.bold || want.italic || (want.fontSize ?? 11) !== 11 || want.fontColor
                ? {
                    bold: !!want.bold,
                    italic: !!want.italic,
                    size: want.fontSize ?? 11,
                    color: want.fontColor ?? null,
                  }
                : null,
            );
            expect(fill[0]?.look ?? null).toBe(want.fill ?? null);
            expect(align[0]?.look ?? null).toEqual(
              want.hAlign || want.wrap ? { h: want.hAlign ?? null, middle: true, wrap: !!want.wrap } : null,
            );
            expect(border[0]?.look ?? null).toEqual(
              want.borderTop || want.borderBottom
                ? { top: !!want.borderTop, bottom: !!want.borderBottom }
                : null,
            );
          }
      }),
      { numRuns: 200 },
    );
  });

  it('join equal rows into one rectangle (one call per band, not per row)', () => {
    const p = planTab(
      tab(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        {
          formats: [0, 1, 2].map((r) => ({
            range: { r0: r, c0: 0, r1: r, c1: 1 },
            style: { fill: '#EEF2F7' },
          })),
        },
      ),
      'en',
    );
    expect(p.runs.fills).toEqual([{ range: { r0: 0, c0: 0, r1: 2, c1: 1 }, look: '#EEF2F7' }]);
  });

  it('one default font, size and border colour for every host, by language', () => {
    expect(planTab(tab([[1]]), 'zh-CN')).toMatchObject({
      fontName: 'DengXian',
      fontSize: 11,
      borderColor: '#BFBFBF',
    });
    expect(planTab(tab([[1]]), 'en').fontName).toBe(PLAN_DEFAULTS.fontName.en);
  });
});

describe('planTab: the rules every host enforces', () => {
  it('no freeze line of any demo tab cuts a merge, in any language, and no tab needed a repair', () => {
    for (const doc of docs)
      for (const p of planDoc(doc)) {
        expect({ tab: p.key, repairs: p.repairs }).toEqual({ tab: p.key, repairs: [] });
        for (const m of p.merges) {
          expect(p.freeze.rows === 0 || m.r1 < p.freeze.rows || m.r0 >= p.freeze.rows).toBe(true);
          expect(p.freeze.cols === 0 || m.c1 < p.freeze.cols || m.c0 >= p.freeze.cols).toBe(true);
        }
      }
  });

  it('a freeze that would cut a merge is dropped and reported, not handed to a host that refuses it', () => {
    const p = planTab(
      tab([['Title']], { merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }], freeze: { rows: 2, cols: 1 } }),
      'en',
    );
    expect(p.freeze).toEqual({ rows: 2, cols: 0 });
    expect(p.repairs).toEqual([expect.stringContaining('freezing 1 columns cuts merge')]);
  });

  it('merges never overlap and a single cell is no merge', () => {
    const p = planTab(
      tab([[1]], {
        merges: [
          { r0: 0, c0: 0, r1: 0, c1: 3 },
          { r0: 0, c0: 2, r1: 1, c1: 4 },
          { r0: 5, c0: 5, r1: 5, c1: 5 },
        ],
      }),
      'en',
    );
    expect(p.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 3 }]);
    for (const doc of docs)
      for (const q of planDoc(doc))
        q.merges.forEach((m, i) => q.merges.slice(i + 1).forEach((n) => expect(overlaps(m, n)).toBe(false)));
  });

  it('sizes in one formula: characters → pixels (7 a character + 5) → points', () => {
    expect(columnPx(10)).toBe(75);
    const p = planTab(tab([[1, 2, 3]], { colWidths: [10, 0], rowHeights: [{ row: 0, height: 30 }] }), 'en');
    expect(p.widths).toEqual([{ chars: 10, px: 75, pt: 56.25 }, null, null]);
    expect(p.heights).toEqual([{ row: 0, pt: 30, px: 40 }]);
  });

  it('charts carry a plain-column fallback of the same data; a bridge’s keeps its bars without the hidden base', () => {
    const doc = docs[2];
    const charts = planDoc(doc).flatMap((p) => p.charts);
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.some((c) => c.spec.kind === 'waterfall')).toBe(true);
    for (const c of charts) {
      expect(c.fallback.kind).toBe('column');
      expect(c.fallback.series.some((s) => s.secondaryAxis || s.as)).toBe(false);
      if (c.spec.kind === 'waterfall') {
        expect(c.fallback.stacked).toBe(true);
        expect(c.fallback.series.map((s) => s.values)).toEqual(c.spec.series.slice(1).map((s) => s.values));
        expect(c.fallback.series.every((s) => typeof s.fill === 'string')).toBe(true);
      } else expect(c.fallback.series.map((s) => s.values)).toEqual(c.spec.series.map((s) => s.values));
    }
  });
});

describe('tabNames', () => {
  it('Excel: 31 characters, no / \\ ? * : [ ], no edge apostrophe, not History; suffixes fit too', () => {
    expect(tabNames(['a/b:c?', "'quoted'", 'History', 'x'.repeat(40)], [], EXCEL_NAMES)).toEqual([
      'a-b-c-',
      'quoted',
      'History (2)',
      'x'.repeat(31),
    ]);
    const long = 'y'.repeat(40);
    expect(tabNames([long], [long.slice(0, 31)], EXCEL_NAMES)).toEqual([`${'y'.repeat(27)} (2)`]);
  });

  it('clashes ignore case, against the user’s tabs and each other', () => {
    expect(tabNames(['Overview', 'overview'], ['OVERVIEW'], SHEETS_NAMES)).toEqual([
      'Overview (2)',
      'overview (3)',
    ]);
  });

  it('every demo tab name is valid as it is, in Excel and in Sheets', () => {
    for (const doc of docs) {
      const names = doc.tabs.map((t) => t.name);
      expect(tabNames(names, [], EXCEL_NAMES)).toEqual(names);
      expect(tabNames(names, [], SHEETS_NAMES)).toEqual(names);
    }
  });
});
