import { mergesCutByFreeze } from '../../../core/sheetdoc';
import { layoutOf, sampleModel } from './sample-model';

const m = (r0: number, c0: number, r1: number, c1: number) => ({ r0, c0, r1, c1 });

describe('mergesCutByFreeze', () => {
  it('finds a title merged across a frozen column', () => {
    const title = m(0, 0, 0, 13);
    expect(mergesCutByFreeze({ freeze: { rows: 3, cols: 1 }, merges: [title] })).toEqual([title]);
  });

  it('finds a merge that straddles the frozen rows', () => {
    const tall = m(1, 0, 3, 0);
    expect(mergesCutByFreeze({ freeze: { rows: 3, cols: 0 }, merges: [tall] })).toEqual([tall]);
  });

  it('accepts merges wholly above or below the frozen rows, and any merge when nothing is frozen', () => {
    const merges = [m(0, 0, 0, 13), m(2, 0, 2, 13), m(3, 0, 5, 13)];
    expect(mergesCutByFreeze({ freeze: { rows: 3, cols: 0 }, merges })).toEqual([]);
    expect(mergesCutByFreeze({ freeze: { rows: 0, cols: 0 }, merges })).toEqual([]);
  });

  it('accepts a merge that starts right of the frozen columns', () => {
    expect(mergesCutByFreeze({ freeze: { rows: 0, cols: 1 }, merges: [m(0, 1, 0, 5)] })).toEqual([]);
  });

  it('holds for every tab the core builds, in every language', () => {
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
      const doc = layoutOf(sampleModel(lang));
      for (const tab of doc.tabs)
        expect({ tab: tab.key, cut: mergesCutByFreeze(tab) }).toEqual({ tab: tab.key, cut: [] });
    }
  });
});
