/**
 * generateReview on a split workbook through a fake host: the chosen sheet read whole, the other
 * sheets only for their header, the ones with the same header then read whole with the cells read
 * before them (the host's cap holds for the data set), owned tabs and the targets sheet never read.
 */
import type { GridRead, Host, ReadOptions, SheetInfo, WriteResult } from '../../../core/host/port';
import { readDataSet, HEAD_ROWS } from '../../../core/host/read-data-set';
import { generateReview } from '../../../core/host/generate';
import { runReview } from '../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../core/settings/schema';
import type { SheetDoc } from '../../../core/sheetdoc/types';
import type { CellValue } from '../../../core/table/types';
import { failureMessage } from '../../../core/taskpane/generate';

type Sheet = { name: string; grid: CellValue[][]; owned?: boolean; hidden?: boolean };

/** 40 order lines in Sheet2 (more than a header read): read again whole. */
const LONG: CellValue[][] = [['订单日期', '客户', '金额']];
for (let i = 0; i < 40; i++) LONG.push([`2025-05-${String((i % 28) + 1).padStart(2, '0')}`, '丙', 10]);

const WORKBOOK: Sheet[] = [
  {
    name: 'Sheet1',
    grid: [
      ['订单日期', '客户', '金额'],
      ['2025-01-05', '甲', 1000],
      ['2025-02-10', '乙', 2000],
    ],
  },
  { name: 'Sheet2', grid: LONG },
  {
    name: 'Sheet3',
    grid: [
      ['区域', '合计'],
      ['华东', 3000],
    ],
  },
  {
    name: 'Notes',
    grid: [
      ['说明', '每月一张表', '金额单位：元'],
      ['见各表', '', ''],
    ],
  },
  {
    name: '目标',
    grid: [
      ['季度', '目标'],
      ['2025Q1', 5000],
    ],
  },
  { name: '复盘-总览', grid: [['订单日期', '客户', '金额']], owned: true },
];

class WorkbookHost implements Host {
  readonly kind = 'browser' as const;
  reads: { sheet: string; maxRows?: number; priorCells?: number }[] = [];
  written: SheetDoc[] = [];
  constructor(private readonly sheets: Sheet[]) {}
  displayLanguage(): string {
    return 'en-US';
  }
  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s, i) => ({
      name: s.name,
      rows: s.grid.length,
      cols: s.grid[0]?.length ?? 0,
      isActive: i === 0,
      owned: s.owned === true,
      hidden: s.hidden === true,
    }));
  }
  async readGrid(sheet: string, o: ReadOptions = {}): Promise<GridRead> {
    this.reads.push({ sheet, maxRows: o.maxRows, priorCells: o.priorCells });
    const s = this.sheets.find((x) => x.name === sheet);
    if (!s) throw Object.assign(new Error(`Sheet "${sheet}" not found`), { code: 'SHEET_NOT_FOUND' });
    const grid = o.maxRows === undefined ? s.grid : s.grid.slice(0, o.maxRows);
    o.onProgress?.({ stage: 'reading', done: grid.length, total: grid.length });
    return { sheet, address: 'A1', grid };
  }
  async writeSheetDoc(doc: SheetDoc): Promise<WriteResult> {
    this.written.push(doc);
    return { ok: true, tabs: doc.tabs.map((t) => ({ key: t.key, name: t.name })) };
  }
  async loadSettings() {
    return null;
  }
  async saveSettings() {}
  async activateSheet() {}
}

const settings = (patch: Record<string, unknown> = {}) =>
  ReviewSettingsSchema.parse({ sheet: 'Sheet1', language: 'en', ...patch });

describe('readDataSet', () => {
  it('reads the other sheets for their header only, then the ones of the data set whole', async () => {
    const host = new WorkbookHost(WORKBOOK);
    const r = await readDataSet(host, settings({ targets: { kind: 'sheet', sheet: '目标' } }));
    expect(r.ok && r.sheet).toBe('Sheet1 + Sheet2');
    expect(host.reads).toEqual([
      { sheet: 'Sheet1', priorCells: 0 },
      { sheet: 'Sheet2', maxRows: HEAD_ROWS },
      { sheet: 'Notes', maxRows: HEAD_ROWS },
      // Sheet1's 3 × 3 cells count against the host's cap for the rest of the data set
      { sheet: 'Sheet2', priorCells: 9 },
    ]);
    // Sheet3, narrower than the header, is not read, and named as left out all the same
    expect(r.ok && r.split?.leftOut).toEqual([
      { name: 'Sheet3', reason: 'header' },
      { name: 'Notes', reason: 'header' },
    ]);
  });

  it('a sheet asked for alone is read alone, in one read', async () => {
    const host = new WorkbookHost(WORKBOOK);
    const r = await readDataSet(host, settings({ sheets: ['Sheet2'] }));
    expect(r.ok && r.sheet).toBe('Sheet2');
    expect(host.reads.map((x) => x.sheet)).toEqual(['Sheet2']);
  });

  it('sheets asked for by name are read whole, no other sheet is looked at', async () => {
    const host = new WorkbookHost(WORKBOOK);
    const r = await readDataSet(host, settings({ sheets: ['Sheet1', 'Sheet2'] }));
    expect(r.ok && r.split?.parts.map((p) => [p.sheet, p.rows])).toEqual([
      ['Sheet1', 2],
      ['Sheet2', 40],
    ]);
    expect(host.reads.map((x) => [x.sheet, x.maxRows])).toEqual([
      ['Sheet1', undefined],
      ['Sheet2', undefined],
    ]);
  });
});

describe('readDataSet with a hidden copy of the data set', () => {
  // 'Sheet1 (old)': the data set's header, hidden (an old copy): 3 rows of 500 that must not be
  // counted twice unless the user asks for it.
  const OLD: Sheet = {
    name: 'Sheet1 (old)',
    hidden: true,
    grid: [
      ['订单日期', '客户', '金额'],
      ['2024-01-05', '甲', 500],
      ['2024-02-10', '乙', 500],
      ['2024-03-10', '乙', 500],
    ],
  };
  const book = [WORKBOOK[0], WORKBOOK[1], OLD];

  it('leaves a hidden sheet with the same header out by default, and names it as hidden', async () => {
    const r = await readDataSet(new WorkbookHost(book), settings());
    expect(r.ok && r.sheet).toBe('Sheet1 + Sheet2');
    expect(r.ok && r.split?.leftOut).toEqual([{ name: 'Sheet1 (old)', reason: 'hidden' }]);
  });

  it('names a hidden copy of the one sheet read in the review’s reading notes and data-quality tab', async () => {
    const host = new WorkbookHost([WORKBOOK[0], OLD]);
    const r = await generateReview(host, settings({ targets: { kind: 'none' } }), { runReview });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.model.sheet).toBe('Sheet1');
    expect(r.model.totals.revenue).toBe(3000);
    expect(r.model.dataQuality.hiddenCopies).toEqual({ sheet: 'Sheet1', hidden: ['Sheet1 (old)'] });
    const tab = host.written[0].tabs.find((t) => t.key === 'dataQuality')!;
    const texts = tab.cells.flat().filter((c): c is string => typeof c === 'string');
    expect(
      texts.some((c) => c.includes('a hidden sheet with the same columns was left out: "Sheet1 (old)"')),
    ).toBe(true);
  });

  it("takes it with 'all' or when chosen by name", async () => {
    const all = await readDataSet(new WorkbookHost(book), settings({ sheets: 'all' }));
    expect(all.ok && all.sheet).toBe('Sheet1 + Sheet2 + Sheet1 (old)');
    const named = await readDataSet(new WorkbookHost(book), settings({ sheets: ['Sheet1', 'Sheet1 (old)'] }));
    expect(named.ok && named.sheet).toBe('Sheet1 + Sheet1 (old)');
  });
});

describe('generateReview of a split workbook', () => {
  it('reviews the sheets as one data set and names the summary left out', async () => {
    const host = new WorkbookHost(WORKBOOK);
    const r = await generateReview(host, settings({ targets: { kind: 'none' } }), { runReview });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.model.sheet).toBe('Sheet1 + Sheet2');
    expect(r.model.totals.revenue).toBe(3400);
    expect(r.model.dataQuality.split?.leftOut).toEqual([
      { name: 'Sheet3', reason: 'header' },
      { name: 'Notes', reason: 'header' },
      { name: '目标', reason: 'header' },
    ]);
  });

  it('month sheets without a year stop with one sentence naming --year and the wizard control', async () => {
    const months: Sheet[] = ['1月', '2月'].map((name) => ({
      name,
      grid: [
        ['客户', '金额'],
        ['A', 1],
      ],
    }));
    const host = new WorkbookHost(months);
    const r = await generateReview(host, settings({ sheet: '1月', language: 'zh-CN' }), { runReview });
    expect(r).toMatchObject({ ok: false, code: 'SPLIT_NO_YEAR' });
    expect(r.ok ? '' : failureMessage(r.code, r.detail, 'zh-CN')).toBe(
      '工作表按月份命名（1月、2月），但没有任何地方写明年份：请用 --year 指定（如 --year 2025），或在向导中选择“复盘年度”。',
    );
    expect(host.written).toEqual([]);
  });
});
