import { TabBuilder, textWidth, wrappedRowHeights } from '../../../core/sheetdoc/tab-builder';

describe('textWidth', () => {
  it('counts CJK characters double', () => {
    expect(textWidth('销售额 Revenue')).toBe(14);
  });
});

describe('wrappedRowHeights', () => {
  it('grows a row whose wrapped text is wider than its column', () => {
    const text = '华南完成目标的85.8%,低于±5%的弹性空间,需说明原因并提出追赶计划。'.repeat(2);
    const out = wrappedRowHeights(
      [[text]],
      [{ range: { r0: 0, c0: 0, r1: 0, c1: 0 }, style: { wrap: true } }],
      [],
      [20],
    );
    expect(out).toHaveLength(1);
    expect(out[0].height).toBeGreaterThan(15);
  });

  it('uses the merged width, so a short line across a merge stays one line', () => {
    const out = wrappedRowHeights(
      [['一句不长的话,三十个字以内就够了']],
      [{ range: { r0: 0, c0: 0, r1: 0, c1: 3 }, style: { wrap: true } }],
      [{ r0: 0, c0: 0, r1: 0, c1: 3 }],
      [10, 10, 10, 10],
    );
    expect(out).toEqual([]);
  });

  it('ignores rows without wrap and non-text cells', () => {
    expect(wrappedRowHeights([['x'.repeat(200), 5]], [], [], [5, 5])).toEqual([]);
  });
});

describe('TabBuilder', () => {
  it('records per-column formats for a table and a total-row style', () => {
    const tb = new TabBuilder(2);
    const r = tb.table({
      header: ['a', 'b'],
      rows: [
        ['x', 1],
        ['t', 2],
      ],
      numFmts: [null, '0.0'],
      totalRow: true,
    });
    expect(r).toEqual({ headerRow: 0, firstRow: 1, lastRow: 2, c0: 0, c1: 1 });
    expect(tb.formats.some((f) => f.numFmt === '0.0' && f.range.r0 === 1 && f.range.r1 === 2)).toBe(true);
    expect(tb.formats.some((f) => f.style?.bold && f.range.r0 === 2 && f.range.r1 === 2)).toBe(true);
  });
});
