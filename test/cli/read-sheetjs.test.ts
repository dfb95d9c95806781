import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellValue, readSheetjsFile } from '../../cli/read-sheetjs';
import { readXlsxFile } from '../../cli/read-xlsx';

const LEGACY = join(__dirname, '..', 'fixtures', 'legacy');

describe('readSheetjsFile', () => {
  it('reads an .xls (BIFF8, saved by LibreOffice) exactly as the .xlsx it was saved from', async () => {
    const source = await readXlsxFile(join(LEGACY, 'legacy-source.xlsx'));
    const xls = await readSheetjsFile(join(LEGACY, 'legacy.xls'));
    expect(xls).toEqual(source);
    expect(xls.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['销售明细', false],
      ['目标', false],
      ['旧数据', true],
    ]);
  });

  it('reads an .ods the same, but for booleans (LibreOffice stores them there as 1 and 0) and visibility (SheetJS does not read it from ODS)', async () => {
    const source = await readXlsxFile(join(LEGACY, 'legacy-source.xlsx'));
    const ods = await readSheetjsFile(join(LEGACY, 'legacy.ods'));
    const asNumbers = source.map(({ name, grid }) => ({
      name,
      grid: grid.map((row) => row.map((v) => (typeof v === 'boolean' ? Number(v) : v))),
    }));
    expect(ods).toEqual(asNumbers);
  });

  it('gives dates as Date, the merged title once, errors and cached formula results', async () => {
    const [ws] = await readSheetjsFile(join(LEGACY, 'legacy.xls'));
    expect(ws.grid[0]).toEqual(['2025 年华东区销售明细']);
    expect(ws.grid[2][0]).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(ws.grid[27]).toEqual(['合计', null, null, 61851, null, '#DIV/0!']);
    expect(ws.grid[26]).toEqual([]);
  });

  it('fails on a truncated workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sheetjs-'));
    for (const [name, keep] of [
      ['cut.xls', 1000],
      ['cut.ods', 3000],
    ] as const) {
      writeFileSync(
        join(dir, name),
        readFileSync(join(LEGACY, name.replace('cut', 'legacy'))).subarray(0, keep),
      );
      await expect(readSheetjsFile(join(dir, name))).rejects.toThrow();
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('cellValue', () => {
  it('maps SheetJS cells, the 1904 date system included', () => {
    expect(cellValue({ t: 'n', v: 45658, z: 'yyyy-mm-dd' }, false)).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(cellValue({ t: 'n', v: 44196, z: 14 as unknown as string }, true)).toEqual(
      new Date(Date.UTC(2025, 0, 1)),
    );
    expect(cellValue({ t: 'n', v: 12.5, z: '0.0"万"' }, false)).toBe(12.5);
    expect(cellValue({ t: 'e', v: 0x2a }, false)).toBe('#N/A');
    expect(cellValue({ t: 'z' }, false)).toBeNull();
    expect(cellValue(undefined, false)).toBeNull();
  });
});
