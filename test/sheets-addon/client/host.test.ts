import { createSheetsClientHost, CLIENT_BLOCK_CELLS } from '../../../sheets-addon/client/host';
import { createBridge } from '../../../sheets-addon/client/bridge';
import type { ProgressEvent } from '../../../core/host/port';
import { createFakeGas, type FakeGas } from '../fake-spreadsheet-app';
import { stubScriptRun } from '../stub-script-run';
import { docOf, sizedTab } from '../tabs';

function hostOver(gas: FakeGas, calls: string[] = []) {
  return createSheetsClientHost(createBridge(stubScriptRun(gas, calls)), 'zh-CN');
}

function seedSales(gas: FakeGas, rows: number): void {
  const data: (string | number | Date)[][] = [['日期', '客户', '金额']];
  for (let i = 0; i < rows; i++)
    data.push([new Date(Date.UTC(2025, 0, 1 + (i % 300)) - 8 * 3600_000), `客户${i % 50}`, 100 + i]);
  gas.ss.sheets[0].seed(data);
}

describe('Sheets client host', () => {
  it('is a sheets host with the display language it was given', () => {
    const host = hostOver(createFakeGas());
    expect([host.kind, host.displayLanguage()]).toEqual(['sheets', 'zh-CN']);
  });

  it('reads a sheet in blocks with progress, Dates arriving as serials', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    seedSales(gas, 40_000);
    const calls: string[] = [];
    const progress: ProgressEvent[] = [];
    const read = await hostOver(gas, calls).readGrid('Sales', { onProgress: (e) => progress.push(e) });
    expect(read.address).toBe('A1:C40001');
    expect(read.grid).toHaveLength(40_001);
    expect(read.grid[1]).toEqual([45658, '客户0', 100]);
    const blocks = Math.ceil(40_001 / Math.floor(CLIENT_BLOCK_CELLS / 3));
    expect(calls.filter((c) => c === 'readFirst' || c === 'readBlock')).toHaveLength(blocks);
    expect(calls[0]).toBe('readFirst');
    expect(progress[0]).toEqual({
      stage: 'reading',
      done: Math.floor(CLIENT_BLOCK_CELLS / 3),
      total: 40_001,
    });
    expect(progress[progress.length - 1]).toEqual({ stage: 'reading', done: 40_001, total: 40_001 });
  });

  it('reads only maxRows for a preview, in one call', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    seedSales(gas, 100);
    const calls: string[] = [];
    expect((await hostOver(gas, calls).readGrid('Sales', { maxRows: 10 })).grid).toHaveLength(10);
    expect(calls).toEqual(['readFirst']);
  });

  it('serves the preview reads that follow listSheets from the rows fetched with the list', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    seedSales(gas, 100);
    gas.ss.addSheet('Targets').seed([
      ['Region', 'Target'],
      ['华东', 100],
    ]);
    const calls: string[] = [];
    const host = hostOver(gas, calls);
    await host.listSheets();
    const preview = await host.readGrid('Sales', { maxRows: 30 });
    expect(preview).toEqual({ sheet: 'Sales', address: 'A1:C30', grid: expect.any(Array) });
    expect(preview.grid[0]).toEqual(['日期', '客户', '金额']);
    expect((await host.readGrid('Targets', { maxRows: 30 })).grid).toEqual([
      ['Region', 'Target'],
      ['华东', 100],
    ]);
    expect(calls).toEqual(['listWithHeads']);
    // Used once: a later preview reads fresh rows.
    await host.readGrid('Sales', { maxRows: 30 });
    expect(calls).toEqual(['listWithHeads', 'readFirst']);
  });

  it('stops between blocks when cancelled', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    seedSales(gas, 40_000);
    const signal = { aborted: false };
    const p = hostOver(gas).readGrid('Sales', { signal, onProgress: (e) => (signal.aborted = e.done > 0) });
    await expect(p).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('does not call the server when cancelled before it starts', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    const calls: string[] = [];
    const p = hostOver(gas, calls).readGrid('Sales', { signal: { aborted: true } });
    await expect(p).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(calls).toEqual([]);
  });

  it('rejects SHEET_NOT_FOUND for a missing sheet', async () => {
    await expect(hostOver(createFakeGas()).readGrid('Nope')).rejects.toMatchObject({
      code: 'SHEET_NOT_FOUND',
    });
  });

  it('writes a SheetDoc through the server and lists the new tab as owned', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    const host = hostOver(gas);
    const progress: ProgressEvent[] = [];
    const result = await host.writeSheetDoc(docOf(sizedTab(3)), { onProgress: (e) => progress.push(e) });
    expect(result).toEqual({ ok: true, tabs: [{ key: 'customers', name: 'Review - Customers' }] });
    expect(progress.map((e) => e.done)).toEqual([0, 1]);
    expect((await host.listSheets()).map((s) => [s.name, s.owned])).toEqual([
      ['Sales', false],
      ['Review - Customers', true],
    ]);
  });

  it('saves and loads settings, and activates a tab', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.addSheet('Other');
    const host = hostOver(gas);
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({ fiscalStartMonth: 4 });
    expect(await host.loadSettings()).toMatchObject({ fiscalStartMonth: 4, version: 1 });
    await host.activateSheet('Other');
    expect(gas.ss.active.name).toBe('Other');
  });
});

describe('Sheets client host failures', () => {
  it('turns a server failure while reading into READ_FAILED', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    seedSales(gas, 10);
    gas.log.failOn('Range.getValues', 0, 1, 'Service Spreadsheets timed out');
    await expect(hostOver(gas).readGrid('Sales')).rejects.toMatchObject({
      code: 'READ_FAILED',
      message: 'Service Spreadsheets timed out',
    });
  });

  it('turns a server exception while writing into a WRITE_FAILED result', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.log.failOn('SpreadsheetApp.getActiveSpreadsheet', 0, 1, 'Authorization is required');
    await expect(hostOver(gas).writeSheetDoc(docOf(sizedTab(1)))).resolves.toEqual({
      ok: false,
      code: 'WRITE_FAILED',
      message: 'Authorization is required',
    });
  });
});
