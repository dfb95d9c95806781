import { callApi, makeApi } from '../../../sheets-addon/server/api';
import { API_NAMES } from '../../../sheets-addon/api-names';
import { createFakeGas } from '../fake-spreadsheet-app';
import { docOf, sizedTab } from '../tabs';

describe('server API', () => {
  it('has exactly the functions the build exposes to google.script.run', () => {
    expect(Object.keys(makeApi(createFakeGas().env)).sort()).toEqual([...API_NAMES].sort());
  });

  it('returns plain data only (no Dates) from readBlock', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.sheets[0].seed([['Date'], [new Date('2025-03-04T16:00:00Z')]]);
    const block = callApi(gas.env, 'readBlock', ['Sales', 1, 2, 1]);
    expect(block).toEqual([['Date'], [45721]]);
    expect(JSON.parse(JSON.stringify(block))).toEqual(block);
  });

  it('lists sheets with the first rows of each user sheet in one call', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.sheets[0].seed([
      ['A', 'B'],
      [1, 2],
      [3, 4],
    ]);
    gas.ss.addSheet('Empty');
    gas.ss
      .addSheet('Review')
      .seed([['x']])
      .addDeveloperMetadata('sales-review', 'overview');
    const out = callApi(gas.env, 'listWithHeads', [2, 25]) as { sheets: unknown[]; heads: unknown[] };
    expect(out.sheets).toHaveLength(3);
    expect(out.heads).toEqual([
      {
        name: 'Sales',
        rows: 3,
        cols: 2,
        values: [
          ['A', 'B'],
          [1, 2],
        ],
      },
    ]);
  });

  it('reads the size and first block of a sheet in one call', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    gas.ss.sheets[0].seed([
      ['A', 'B'],
      [1, 2],
      [3, 4],
    ]);
    expect(callApi(gas.env, 'readFirst', ['Sales', null, 4])).toEqual({
      name: 'Sales',
      rows: 3,
      cols: 2,
      values: [
        ['A', 'B'],
        [1, 2],
      ],
    });
    expect(callApi(gas.env, 'readFirst', ['Sales', 1, 100])).toEqual({
      name: 'Sales',
      rows: 3,
      cols: 2,
      values: [['A', 'B']],
    });
  });

  it('answers null for a sheet that is gone', () => {
    const gas = createFakeGas();
    expect(callApi(gas.env, 'readFirst', ['Nope', null, 10])).toBeNull();
    expect(callApi(gas.env, 'readBlock', ['Nope', 1, 1, 1])).toBeNull();
  });

  it('gives the user locale as a language tag', () => {
    const gas = createFakeGas({ locale: 'zh_TW' });
    expect(callApi(gas.env, 'displayLanguage', [])).toBe('zh-TW');
  });

  it('throws for an unknown function name', () => {
    expect(() => callApi(createFakeGas().env, 'deleteEverything', [])).toThrow(/Unknown server function/);
  });

  it('writeSheetDoc stops between tabs near the 6-minute limit and rolls back, rather than being killed', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    // every clock reading is a minute later: the fifth tab would start with no time left
    const env = { ...gas.env, now: () => (gas.clock.now += 60_000) };
    const tabs = Array.from({ length: 6 }, (_, i) => ({ ...sizedTab(3), key: `t${i}`, name: `Tab ${i}` }));
    const result = callApi(env, 'writeSheetDoc', [docOf(...tabs)]);
    expect(result).toMatchObject({ ok: false, code: 'OUT_OF_TIME' });
    expect(gas.ss.sheets.map((s) => s.name)).toEqual(['Sales']);
  });

  it('writeSheetDoc writes every tab when there is time', () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    const result = callApi(gas.env, 'writeSheetDoc', [docOf(sizedTab(3))]);
    expect(result).toMatchObject({ ok: true });
    expect(gas.ss.sheets).toHaveLength(2);
  });
});
