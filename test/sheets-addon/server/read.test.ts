import {
  listSheets,
  readSheet,
  readBlock,
  blockRows,
  READ_BLOCK_CELLS,
  spreadsheetDates,
} from '../../../sheets-addon/server/read';
import { createFakeGas } from '../fake-spreadsheet-app';
import type { Value } from '../fake-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function salesRows(n: number, cols = 10): Value[][] {
  const rows: Value[][] = [Array.from({ length: cols }, (_, c) => `H${c}`)];
  for (let i = 0; i < n; i++)
    rows.push(Array.from({ length: cols }, (_, c) => (c === 0 ? `C${i}` : i * cols + c)));
  return rows;
}

describe('readSheet', () => {
  it('reads the used range in row blocks, one getValues per block', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.sheets[0].seed(salesRows(45_000));
    gas.log.reset();
    const read = readSheet(gas.env, gas.ss as unknown as Spreadsheet, 'Sales');
    expect(read?.address).toBe('A1:J45001');
    expect(read?.grid).toHaveLength(45_001);
    expect(read?.grid[45_000]).toEqual(salesRows(45_000)[45_000]);
    expect(gas.log.count('Range.getValues')).toBe(Math.ceil(45_001 / blockRows(10)));
    expect(gas.log.count('Range.getValues')).toBe(3);
  });

  it('stops at maxRows', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.sheets[0].seed(salesRows(100));
    expect(readSheet(gas.env, gas.ss as unknown as Spreadsheet, 'Sales', { maxRows: 20 })?.grid).toHaveLength(
      20,
    );
  });

  it('lets the caller stop between blocks', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.sheets[0].seed(salesRows(45_000));
    const seen: number[] = [];
    expect(() =>
      readSheet(gas.env, gas.ss as unknown as Spreadsheet, 'Sales', {
        beforeBlock: (done) => {
          seen.push(done);
          if (done > 0) throw new Error('stop');
        },
      }),
    ).toThrow('stop');
    expect(seen).toEqual([0, blockRows(10)]);
  });

  it('returns null for a missing sheet and an empty grid for an empty one', () => {
    const gas = createFakeGas({ firstSheet: 'Empty' });
    expect(readSheet(gas.env, gas.ss as unknown as Spreadsheet, 'Nope')).toBeNull();
    expect(readSheet(gas.env, gas.ss as unknown as Spreadsheet, 'Empty')).toEqual({
      sheet: 'Empty',
      address: 'A1',
      grid: [],
    });
  });

  it('turns Dates into serials of the spreadsheet time zone, not the script zone', () => {
    const gas = createFakeGas({ firstSheet: 'Sales', timeZone: 'Asia/Shanghai' });
    // 2025-03-05 00:00 in Shanghai is 2025-03-04 16:00 UTC.
    gas.ss.sheets[0].seed([
      ['Date'],
      [new Date('2025-03-04T16:00:00Z')],
      [new Date('2025-03-04T16:00:00Z')],
      [new Date('2025-01-01T04:00:00Z')],
    ]);
    const grid = readSheet(gas.env, gas.ss as unknown as Spreadsheet, 'Sales')?.grid ?? [];
    expect(grid.slice(1).map((r) => r[0])).toEqual([45721, 45721, 45658.5]);
    expect(gas.log.count('Utilities.formatDate')).toBe(2);
  });

  it('never writes to the sheet it reads', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.sheets[0].seed(salesRows(10));
    const before = gas.ss.sheets[0].dump();
    readSheet(gas.env, gas.ss as unknown as Spreadsheet, 'Sales');
    expect(gas.ss.sheets[0].dump()).toBe(before);
    expect([...gas.log.counts.keys()].filter((k) => /\.set|insert|delete/.test(k))).toEqual([]);
  });
});

describe('readBlock', () => {
  it('reads one block of plain data', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.sheets[0].seed(salesRows(10, 3));
    const toSerial = spreadsheetDates(gas.env, gas.ss as unknown as Spreadsheet);
    expect(readBlock(gas.ss.sheets[0] as unknown as Sheet, 2, 2, 3, toSerial)).toEqual([
      ['C0', 1, 2],
      ['C1', 4, 5],
    ]);
    expect(readBlock(gas.ss.sheets[0] as unknown as Sheet, 2, 0, 3, toSerial)).toEqual([]);
  });
});

describe('blockRows', () => {
  it('bounds a block by cells', () => {
    expect(blockRows(10) * 10).toBeLessThanOrEqual(READ_BLOCK_CELLS);
    expect(blockRows(0)).toBe(READ_BLOCK_CELLS);
  });
});

describe('listSheets', () => {
  it('lists sizes, the active sheet, owned and hidden flags', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.sheets[0].seed(salesRows(4, 3));
    gas.ss.addSheet('Review').addDeveloperMetadata('sales-review', 'overview');
    gas.ss.addSheet('Old copy').seed(salesRows(2, 3)).hidden = true;
    expect(listSheets(gas.ss as unknown as Spreadsheet)).toEqual([
      { name: 'Sales', rows: 5, cols: 3, isActive: true, owned: false, hidden: false },
      { name: 'Review', rows: 0, cols: 0, isActive: false, owned: true, hidden: false },
      { name: 'Old copy', rows: 3, cols: 3, isActive: false, owned: false, hidden: true },
    ]);
  });

  it('treats a copy of a review tab (marker naming another sheet id) as the user’s', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    const review = gas.ss.addSheet('Review');
    review.addDeveloperMetadata('sales-review', `overview#${review.getSheetId()}`);
    gas.ss.addSheet('Review copy').addDeveloperMetadata('sales-review', `overview#${review.getSheetId()}`);
    const owned = listSheets(gas.ss as unknown as Spreadsheet).map((s) => [s.name, s.owned]);
    expect(owned).toEqual([
      ['Sales', false],
      ['Review', true],
      ['Review copy', false],
    ]);
  });
});
