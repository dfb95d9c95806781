import { cellGrids } from '../../excel-addin/render-cells';

describe('cellGrids', () => {
  test('text cells get the "@" format whatever they start with', () => {
    const { values, numberFormats } = cellGrids([['=HYPERLINK("x")', '@SUM(A1)', '-1+1']], []);
    expect(values).toEqual([['=HYPERLINK("x")', '@SUM(A1)', '-1+1']]);
    expect(numberFormats).toEqual([['@', '@', '@']]);
  });

  test('formula cells become formula strings with the run format; text overrides a run format', () => {
    const { values, numberFormats } = cellGrids(
      [[{ formula: 'B1*2', value: 4 }, 'n/a', 3]],
      [{ range: { r0: 0, c0: 0, r1: 0, c1: 2 }, numFmt: '0.0%' }],
    );
    expect(values).toEqual([['=B1*2', 'n/a', 3]]);
    expect(numberFormats).toEqual([['0.0%', '@', '0.0%']]);
  });

  test('pads ragged rows, blanks nulls and non-finite numbers', () => {
    const { values, cols } = cellGrids([[1], [null, NaN, true]], []);
    expect(cols).toBe(3);
    expect(values).toEqual([
      [1, '', ''],
      ['', '', true],
    ]);
  });

  test('does not mutate its inputs', () => {
    const cells = [[{ formula: '=A1', value: 1 }]];
    const copy = JSON.parse(JSON.stringify(cells));
    cellGrids(cells, []);
    expect(cells).toEqual(copy);
  });
});
