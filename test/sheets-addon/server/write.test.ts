import { writeSheetDoc, freeName } from '../../../sheets-addon/server/write';
import { listSheets } from '../../../sheets-addon/server/read';
import { createFakeGas, type FakeGas } from '../fake-spreadsheet-app';
import { docOf, sampleDoc, sizedTab } from '../tabs';
import type { SheetDoc } from '../../../core/sheetdoc/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function setup(): FakeGas {
  const gas = createFakeGas({ firstSheet: 'Sales' });
  gas.ss.sheets[0].seed([
    ['Date', 'Customer', 'Amount'],
    ['2025-01-05', 'Acme', 100],
  ]);
  return gas;
}

const write = (gas: FakeGas, doc: SheetDoc) => writeSheetDoc(gas.env, gas.ss as unknown as Spreadsheet, doc);
const names = (gas: FakeGas) => gas.ss.sheets.map((s) => s.name);

describe('writeSheetDoc', () => {
  it('writes every tab under its name, marked as owned', () => {
    const gas = setup();
    const doc = sampleDoc('en');
    const result = write(gas, doc);
    expect(result).toEqual({ ok: true, tabs: doc.tabs.map((t) => ({ key: t.key, name: t.name })) });
    expect(names(gas)).toEqual(['Sales', ...doc.tabs.map((t) => t.name)]);
    const info = listSheets(gas.ss as unknown as Spreadsheet);
    expect(info.filter((s) => s.owned).map((s) => s.name)).toEqual(doc.tabs.map((t) => t.name));
    expect(gas.ss.sheets[1].metadata.map((m) => [m.key, m.value])).toEqual([
      ['sales-review', `${doc.tabs[0].key}#${gas.ss.sheets[1].getSheetId()}`],
    ]);
  });

  it('replaces only the owned tabs on refresh and never touches user tabs', () => {
    const gas = setup();
    const before = gas.ss.sheets[0].dump();
    write(gas, docOf(sizedTab(3)));
    gas.ss.addSheet('My notes').seed([['keep me']]);
    const second = write(gas, docOf(sizedTab(5)));
    expect(second.ok).toBe(true);
    expect(names(gas)).toEqual(['Sales', 'Review - Customers', 'My notes']);
    expect(gas.ss.sheet('Review - Customers')?.cell(8, 1).value).toBe('Total');
    expect(gas.ss.sheets[0].dump()).toBe(before);
    expect(gas.ss.sheet('My notes')?.cell(1, 1).value).toBe('keep me');
  });

  it('gives a new tab a suffix when a user tab has its name, leaving the user tab untouched', () => {
    const gas = setup();
    const mine = gas.ss.addSheet('Review - Customers').seed([['my own analysis']]);
    const before = mine.dump();
    const result = write(gas, docOf(sizedTab(2)));
    expect(result).toEqual({ ok: true, tabs: [{ key: 'customers', name: 'Review - Customers (2)' }] });
    expect(mine.dump()).toBe(before);
    expect(mine.metadata).toHaveLength(0);
    // A refresh keeps replacing the suffixed tab, not the user's.
    expect(write(gas, docOf(sizedTab(4)))).toEqual({
      ok: true,
      tabs: [{ key: 'customers', name: 'Review - Customers (2)' }],
    });
    expect(names(gas)).toEqual(['Sales', 'Review - Customers', 'Review - Customers (2)']);
  });

  it('treats a user tab differing only in case as the same name (Sheets compares names case-insensitively)', () => {
    const gas = setup();
    const mine = gas.ss.addSheet('review - customers').seed([['mine']]);
    const before = mine.dump();
    const result = write(gas, docOf(sizedTab(2)));
    expect(result).toEqual({ ok: true, tabs: [{ key: 'customers', name: 'Review - Customers (2)' }] });
    expect(mine.dump()).toBe(before);
  });

  it('leaves the workbook as it was when a write fails half-way', () => {
    const gas = setup();
    write(gas, sampleDoc('en'));
    gas.ss.active = gas.ss.sheets[0];
    const snapshot = gas.ss.sheets.map((s) => [s.name, s.dump()]);
    gas.log.failOn('Range.setBackgrounds', 3);
    const result = write(gas, sampleDoc('zh-CN'));
    expect(result).toMatchObject({
      ok: false,
      code: 'WRITE_FAILED',
      message: 'Service error: Range.setBackgrounds',
    });
    expect(gas.ss.sheets.map((s) => [s.name, s.dump()])).toEqual(snapshot);
  });

  it('restores the old tabs when renaming into place fails', () => {
    const gas = setup();
    write(gas, docOf(sizedTab(2)));
    const snapshot = gas.ss.sheets.map((s) => [s.name, s.dump()]);
    // Renames: old tab → temporary name (call 1), new tab → final name (call 2) fails.
    gas.log.failOn('Sheet.setName', 1, 1);
    const result = write(gas, docOf(sizedTab(6)));
    expect(result.ok).toBe(false);
    expect(gas.ss.sheets.map((s) => [s.name, s.dump()])).toEqual(snapshot);
  });

  it('puts the refreshed tabs where the old ones were', () => {
    const gas = setup();
    write(gas, docOf(sizedTab(2)));
    gas.ss.addSheet('Notes');
    const review = gas.ss.sheets.splice(1, 1)[0];
    gas.ss.sheets.push(review);
    gas.ss.addSheet('Sales 2024', 1);
    expect(names(gas)).toEqual(['Sales', 'Sales 2024', 'Notes', 'Review - Customers']);
    gas.ss.sheets.splice(2, 0, gas.ss.sheets.pop()!);
    write(gas, docOf(sizedTab(3)));
    expect(names(gas)).toEqual(['Sales', 'Sales 2024', 'Review - Customers', 'Notes']);
  });

  it('cleans up temporaries left by a run that died, on the next run', () => {
    const gas = setup();
    const orphan = gas.ss.addSheet('~sales-review-zz-0');
    orphan.addDeveloperMetadata('sales-review', 'overview');
    write(gas, docOf(sizedTab(2)));
    expect(names(gas)).toEqual(['Sales', 'Review - Customers']);
  });

  it('makes the same number of Spreadsheet calls whatever the data size', () => {
    const a = setup();
    write(a, docOf(sizedTab(1200)));
    const b = setup();
    write(b, docOf(sizedTab(20000)));
    expect(b.log.snapshot()).toEqual(a.log.snapshot());
  });
});

describe('freeName', () => {
  it('keeps a free name', () => {
    expect(freeName('A', new Set(['B']))).toBe('A');
  });
  it('numbers a taken name from 2', () => {
    expect(freeName('A', new Set(['a', 'a (2)']))).toBe('A (3)');
  });

  it('takes the document lock: a second write while one is rendering gets BUSY and the first completes', () => {
    // The menu's run and the sidebar's (or another editor's) are separate executions; without the
    // lock the second one's swap deleted the first one's temporaries (they are marked as ours).
    const gas = setup();
    const doc = sampleDoc('en');
    let second: ReturnType<typeof write> | null = null;
    const result = writeSheetDoc(gas.env, gas.ss as unknown as Spreadsheet, doc, {
      onTab: (done) => {
        if (done === 1) second = write(gas, docOf(sizedTab(2)));
      },
    });
    expect(second).toMatchObject({ ok: false, code: 'BUSY' });
    expect(result.ok).toBe(true);
    expect(names(gas)).toEqual(['Sales', ...doc.tabs.map((t) => t.name)]);
    expect(gas.lock.holder).toBeNull();
    // released also when the write fails
    gas.log.failOn('Sheet.setName', 0, Infinity);
    expect(write(gas, doc).ok).toBe(false);
    expect(gas.lock.holder).toBeNull();
  });
});
