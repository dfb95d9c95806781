import { previousTab, withPreviousNotes } from '../../../core/host/previous-notes';
import type { GridRead, Host, ReadOptions, SheetInfo } from '../../../core/host/port';
import { layoutOf, sampleModel } from '../sheetdoc/sample-model';
import type { SheetDoc, TabDoc } from '../../../core/sheetdoc/types';
import type { CellValue } from '../../../core/table/types';

const asGrid = (tab: TabDoc): CellValue[][] =>
  tab.cells.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.value : c)));

/** A host holding some tabs as grids; `owned` names the ones a run wrote. */
function host(tabs: Record<string, CellValue[][]>, owned: string[]): Host & { reads: ReadOptions[] } {
  const reads: ReadOptions[] = [];
  return {
    kind: 'browser',
    reads,
    displayLanguage: () => 'en',
    listSheets: async (): Promise<SheetInfo[]> =>
      Object.entries(tabs).map(([name, g]) => ({
        name,
        rows: g.length,
        cols: 12,
        isActive: false,
        hidden: false,
        owned: owned.includes(name),
      })),
    readGrid: async (sheet: string, o: ReadOptions = {}): Promise<GridRead> => {
      reads.push(o);
      return { sheet, address: 'A1', grid: tabs[sheet] };
    },
    writeSheetDoc: async () => ({ ok: true, tabs: [] }),
    loadSettings: async () => null,
    saveSettings: async () => {},
    activateSheet: async () => {},
  };
}

const KEY = 'CUSTOMER_CONCENTRATION / X';
const findingsOf = (doc: SheetDoc): TabDoc => doc.tabs.find((t) => t.key === 'findings')!;

describe('withPreviousNotes', () => {
  it('reads the owned findings tab as typed and carries its notes, in another language too', async () => {
    const before = findingsOf(layoutOf(sampleModel('en')));
    const old = asGrid(before);
    const r = old.findIndex((x) => x[before.notes!.keyCol] === KEY);
    old[r][7] = 'Sign two more key accounts';
    const h = host({ 'Review - Findings': old }, ['Review - Findings']);
    const doc = await withPreviousNotes(h, layoutOf(sampleModel('zh-CN')));
    const tab = findingsOf(doc);
    const row = tab.cells.findIndex((x) => x[tab.notes!.keyCol] === KEY);
    expect(tab.cells[row][7]).toBe('Sign two more key accounts');
    expect(h.reads.every((o) => o.asTyped === true)).toBe(true);
  });

  it('never reads a tab the user owns (renamed or copied)', async () => {
    const old = asGrid(findingsOf(layoutOf(sampleModel('en'))));
    const h = host({ 'Review - Findings': old }, []);
    const doc = layoutOf(sampleModel('en'));
    expect(await withPreviousNotes(h, doc)).toBe(doc);
    expect(h.reads).toHaveLength(0);
  });

  it('places a used range that starts below A1 where it was', () => {
    const p = previousTab({ sheet: 's', address: "'s'!B3:C3", grid: [['x', 'y']] });
    expect(p.grid[2]).toEqual([null, 'x', 'y']);
    expect(p.grid).toHaveLength(3);
  });
});
