import { tabGrids, tabExtent, widthPx, TEXT_FORMAT, GENERAL } from '../../../sheets-addon/server/tab-grids';
import { sizedTab } from '../tabs';
import type { TabDoc } from '../../../core/sheetdoc/types';

function tiny(cells: TabDoc['cells'], extra: Partial<TabDoc> = {}): TabDoc {
  return {
    ...sizedTab(0),
    cells,
    formats: [],
    merges: [],
    colWidths: [],
    conditionalFormats: [],
    charts: [],
    inputRanges: [],
    ...extra,
  };
}

describe('tabGrids', () => {
  it('pads ragged rows and writes blanks as ""', () => {
    const g = tabGrids(tiny([['a'], [1, 2, null]]));
    expect(g.values).toEqual([
      ['a', '', ''],
      [1, 2, ''],
    ]);
  });
  it('gives strings the text format and others General or their numFmt', () => {
    const g = tiny([['=1+1', 5, true]], {
      formats: [{ range: { r0: 0, c0: 0, r1: 0, c1: 2 }, numFmt: '0.0%' }],
    });
    expect(tabGrids(g).numberFormats).toEqual([[TEXT_FORMAT, '0.0%', '0.0%']]);
    expect(tabGrids(tiny([[1]])).numberFormats).toEqual([[GENERAL]]);
  });
  it('writes a FormulaCell as its formula', () => {
    expect(tabGrids(tiny([[{ formula: '=A1*2', value: 4 }]])).values).toEqual([['=A1*2']]);
  });
  it('lets later runs override earlier ones', () => {
    const g = tabGrids(
      tiny([[1, 2]], {
        formats: [
          { range: { r0: 0, c0: 0, r1: 0, c1: 1 }, style: { fill: '#111111' } },
          { range: { r0: 0, c0: 1, r1: 0, c1: 1 }, style: { fill: '#222222' } },
        ],
      }),
    );
    expect(g.backgrounds).toEqual([['#111111', '#222222']]);
  });
  it('leaves out attributes no run sets', () => {
    const g = tabGrids(tiny([[1]]));
    expect([g.fontWeights, g.backgrounds, g.wraps]).toEqual([undefined, undefined, undefined]);
  });
  it('writes non-finite numbers as blanks', () => {
    expect(tabGrids(tiny([[NaN, Infinity]])).values).toEqual([['', '']]);
  });
});

describe('tabExtent', () => {
  it('covers cells, format ranges and widths', () => {
    expect(
      tabExtent(tiny([[1]], { colWidths: [1, 1, 1], merges: [{ r0: 4, c0: 0, r1: 4, c1: 1 }] })),
    ).toEqual({ rows: 5, cols: 3 });
  });
});

describe('widthPx', () => {
  it('converts Excel character widths', () => {
    expect(widthPx(10)).toBe(75);
  });
});
