import { periodMonths } from '../../../core/functions/period-arg';

describe('periodMonths', () => {
  it.each([
    ['Q1', [1, 2, 3]],
    ['q4', [10, 11, 12]],
    ['2Q', [4, 5, 6]],
    ['第二季度', [4, 5, 6]],
    ['3季度', [7, 8, 9]],
    ['一季', [1, 2, 3]],
    ['Ｑ３', [7, 8, 9]],
  ])('reads the quarter %s', (v, months) => {
    expect(periodMonths(v, 1)).toEqual(months);
  });

  it.each([
    ['H1', [1, 2, 3, 4, 5, 6]],
    ['h2', [7, 8, 9, 10, 11, 12]],
    ['上半年', [1, 2, 3, 4, 5, 6]],
    ['下半年', [7, 8, 9, 10, 11, 12]],
  ])('reads the half %s', (v, months) => {
    expect(periodMonths(v, 1)).toEqual(months);
  });

  it.each([
    [3, [3]],
    ['3', [3]],
    ['12月', [12]],
    ['3月份', [3]],
    ['M03', [3]],
    ['Mar', [3]],
    ['Sept.', [9]],
    ['december', [12]],
  ])('reads the month %s', (v, months) => {
    expect(periodMonths(v, 1)).toEqual(months);
  });

  it('places a calendar month in a fiscal year that starts in April', () => {
    expect(periodMonths(4, 4)).toEqual([1]);
    expect(periodMonths('Mar', 4)).toEqual([12]);
    expect(periodMonths('Q1', 4)).toEqual([1, 2, 3]);
  });

  it.each([0, 13, 2.5, 'Q5', 'H3', 'ma', 'x', '', null, true])('names no period for %p', (v) => {
    expect(periodMonths(v, 1)).toBeNull();
  });
});
