/**
 * The Sheets fake refuses what Sheets refuses (each rule's documentation link is beside it in the
 * fake), and the add-on meets those refusals with a clean rollback and a message.
 */
import { runOneClick } from '../../sheets-addon/server/generate';
import { SHEETS_LIMITS } from './fake-sheet';
import { createFakeGas } from './fake-spreadsheet-app';
import { salesGrid } from './sales-data';

describe('the Sheets fake refuses what Sheets refuses', () => {
  it('sheet names: empty, longer than 100 characters, or taken ignoring case', async () => {
    const { ss } = createFakeGas({ firstSheet: 'Sales' });
    expect(() => ss.insertSheet('  ')).toThrow(/empty/);
    expect(() => ss.insertSheet('x'.repeat(SHEETS_LIMITS.sheetName + 1))).toThrow(/longer than 100/);
    expect(() => ss.insertSheet('SALES')).toThrow(/already exists/);
    expect(ss.insertSheet('x'.repeat(SHEETS_LIMITS.sheetName)).getName()).toHaveLength(100);
    expect(() => ss.sheets[0].setName('')).toThrow(/empty/);
  });

  it('setValues: dimensions must match; a cell holds at most 50,000 characters', async () => {
    const { ss } = createFakeGas();
    const range = ss.sheets[0].getRange(1, 1, 1, 2);
    expect(() => range.setValues([[1]])).toThrow(/number of columns in the data does not match/);
    expect(() =>
      range.setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(/number of rows in the data does not match/);
    expect(() => range.setValues([['x'.repeat(50_001), 1]])).toThrow(/maximum of 50000 characters/);
    range.setValues([['x'.repeat(50_000), 1]]);
  });

  it('freezing through part of a merged cell is refused, rows and columns; a line at its edge is not', async () => {
    const { ss } = createFakeGas();
    const sheet = ss.sheets[0];
    sheet.getRange(1, 1, 3, 2).merge(); // A1:B3
    expect(() => sheet.setFrozenRows(2)).toThrow(
      /can't freeze rows which contain only part of a merged cell/,
    );
    expect(() => sheet.setFrozenColumns(1)).toThrow(
      /can't freeze columns which contain only part of a merged cell/,
    );
    sheet.setFrozenRows(3);
    sheet.setFrozenColumns(2);
    expect([sheet.frozenRows, sheet.frozenCols]).toEqual([3, 2]);
  });

  it('merging across a frozen line is refused, rows and columns', async () => {
    const { ss } = createFakeGas();
    const sheet = ss.sheets[0];
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    expect(() => sheet.getRange(1, 3, 2, 1).merge()).toThrow(/can't merge frozen and non-frozen rows/);
    expect(() => sheet.getRange(3, 1, 1, 2).merge()).toThrow(/can't merge frozen and non-frozen columns/);
    sheet.getRange(3, 2, 2, 2).merge();
    expect(sheet.merges).toEqual(['B3:C4']);
  });

  it('a spreadsheet holds at most 10 million cells, empty ones counted', async () => {
    const { ss } = createFakeGas();
    const sheet = ss.sheets[0];
    sheet.insertRowsAfter(1000, Math.floor(SHEETS_LIMITS.cells / 26) - 1000);
    expect(() => ss.insertSheet('More')).toThrow(/above the limit of 10000000 cells/);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(/above the limit/);
  });

  it('developer metadata: 30,000 characters per sheet; document properties: 9 KB a value, 500 KB in all', async () => {
    const gas = createFakeGas();
    const sheet = gas.ss.sheets[0];
    sheet.addDeveloperMetadata('k', 'v'.repeat(29_000));
    expect(() => sheet.addDeveloperMetadata('k', 'v'.repeat(1_000))).toThrow(/30000 characters/);
    const props = gas.env.properties.getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
    for (let i = 0; i < 55; i++) props.setProperty(`p${i}`, 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('p55', 'x'.repeat(9 * 1024))).toThrow(/quota/);
  });

  it('custom functions may read but not write, and may not call services that need authorization', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    const app = gas.customFunctionGlobals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Shanghai');
    expect(ss.getSheetByName('Sales')?.getName()).toBe('Sales');
    expect(() => ss.insertSheet('x')).toThrow(/You do not have permission to call .*insertSheet/);
    expect(() =>
      ss
        .getSheetByName('Sales')
        ?.getRange(1, 1)
        .setValues([[1]]),
    ).toThrow(/permission/);
    expect(() => app.getUi()).toThrow(/permission/);
  });
});

describe('the add-on against those limits', () => {
  it('a review that would pass 10M cells is rolled back with the reason, nothing changed', async () => {
    const gas = createFakeGas({ firstSheet: '销售明细', locale: 'en_US' });
    gas.ss.sheets[0].seed(salesGrid());
    // the data sheet's grid leaves room for three more new sheets, not a whole review
    gas.ss.sheets[0].maxRows = Math.floor((SHEETS_LIMITS.cells - 3 * 26_000) / gas.ss.sheets[0].maxCols);
    const before = gas.ss.sheets.map((s) => [s.name, s.dump()]);
    const outcome = await runOneClick(gas.env, gas.clock.now);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/nothing was changed.*limit of 10000000 cells/),
    });
    expect(gas.ss.sheets.map((s) => [s.name, s.dump()])).toEqual(before);
  });
});
