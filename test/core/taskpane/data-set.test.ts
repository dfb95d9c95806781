/**
 * The Data step's data set (core/taskpane/data-set.ts): the sheets sharing the chosen sheet's
 * header, ticked with their rows; a hidden sheet with the same header offered unticked, joining
 * only when ticked.
 */
import { dataSetChoice, tickSheet } from '../../../core/taskpane/data-set';
import type { Grid } from '../../../core/table';

const orders = (n: number): Grid => [
  ['订单日期', '客户', '金额'],
  ...Array.from({ length: n }, (_, i) => [`2025-0${(i % 9) + 1}-05`, `客户${i}`, 100]),
];
const previews = new Map<string, Grid>([
  ['Sheet1', orders(3)],
  ['Sheet2', orders(2)],
  ['Sheet1 (old)', orders(4)],
  ['说明', [['说明'], ['每月一张表']]],
]);
const sheets = [
  { name: 'Sheet1', rows: 4, owned: false },
  { name: 'Sheet1 (old)', rows: 5, owned: false, hidden: true },
  { name: 'Sheet2', rows: 3, owned: false },
  { name: '说明', rows: 2, owned: false },
];

describe('dataSetChoice', () => {
  it('offers a hidden copy with the same header unticked, in tab order, with its rows', () => {
    const c = dataSetChoice(sheets, previews, 'Sheet1', null, []);
    expect(c?.sheets).toEqual([
      { name: 'Sheet1', rows: 3, ticked: true, chosen: true, hidden: false },
      { name: 'Sheet1 (old)', rows: 4, ticked: false, chosen: false, hidden: true },
      { name: 'Sheet2', rows: 2, ticked: true, chosen: false, hidden: false },
    ]);
    expect(c?.leftOut).toEqual(['说明']);
  });

  it("ticks the hidden copy when the draft names it or says 'all'", () => {
    const named = dataSetChoice(sheets, previews, 'Sheet1', ['Sheet1', 'Sheet1 (old)'], []);
    expect(named?.sheets.map((s) => [s.name, s.ticked])).toEqual([
      ['Sheet1', true],
      ['Sheet1 (old)', true],
      ['Sheet2', false],
    ]);
    const all = dataSetChoice(sheets, previews, 'Sheet1', 'all', []);
    expect(all?.sheets.every((s) => s.ticked)).toBe(true);
  });

  it('offers a lone visible sheet with its hidden copy, so the copy can be chosen', () => {
    const c = dataSetChoice(
      sheets.filter((s) => s.name !== 'Sheet2'),
      previews,
      'Sheet1',
      null,
      [],
    );
    expect(c?.sheets.map((s) => [s.name, s.ticked])).toEqual([
      ['Sheet1', true],
      ['Sheet1 (old)', false],
    ]);
  });
});

describe('tickSheet', () => {
  const choice = dataSetChoice(sheets, previews, 'Sheet1', null, [])!;

  it('ticking the hidden copy names the sheets; ticking every sheet is "all"', () => {
    expect(tickSheet(choice, 'Sheet1 (old)', true)).toBe('all');
    const without2 = dataSetChoice(sheets, previews, 'Sheet1', ['Sheet1'], [])!;
    expect(tickSheet(without2, 'Sheet1 (old)', true)).toEqual(['Sheet1', 'Sheet1 (old)']);
  });

  it('the visible sheets ticked and the hidden one not is the default (null)', () => {
    const all = dataSetChoice(sheets, previews, 'Sheet1', 'all', [])!;
    expect(tickSheet(all, 'Sheet1 (old)', false)).toBeNull();
    expect(tickSheet(choice, 'Sheet2', false)).toEqual(['Sheet1']);
  });
});
