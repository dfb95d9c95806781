import fc from 'fast-check';
import { bridgeChart, BRIDGE_FILL, runningTotals, type BridgeInput } from '../../../core/sheetdoc';
import type { Cell, FormulaCell } from '../../../core/sheetdoc';

const NAMES = { base: 'Base', total: 'Start / end', increase: 'Increase', decrease: 'Decrease' };

function input(amounts: number[], extra: Partial<BridgeInput> = {}): BridgeInput {
  return {
    firstRow: 4,
    lastRow: 4 + amounts.length - 1,
    labelCol: 0,
    amountCol: 1,
    helperCol: 3,
    amounts,
    increaseIsGood: true,
    names: NAMES,
    title: 'Bridge',
    anchor: { row: 3, col: 8 },
    width: 560,
    height: 300,
    ...extra,
  };
}

const num = (c: Cell): number => (c === null ? 0 : typeof c === 'object' ? Number(c.value) : Number(c));

/** A bridge whose changes come largest first (as the review sorts them), start and end positive. */
const bridgeAmounts = fc
  .tuple(
    fc.integer({ min: 1, max: 1e9 }),
    fc.array(fc.integer({ min: -1e8, max: 1e8 }), { minLength: 1, maxLength: 12 }),
  )
  .map(([start, changes]) => {
    const sorted = [...changes].sort((a, b) => b - a);
    return [start, ...sorted, start + sorted.reduce((a, v) => a + v, 0)];
  })
  .filter((a) => a[a.length - 1] >= 0);

describe('bridgeChart', () => {
  it('stands the start and end on the axis and floats each change at the running total', () => {
    const b = bridgeChart(input([307.4, 24.1, 9.2, -5.7, 335.0]))!;
    expect(b.helper.map((row) => row.map(num))).toEqual([
      [0, 307.4, 0, 0],
      [307.4, 0, 24.1, 0],
      [331.5, 0, 9.2, 0],
      [335.0, 0, 0, 5.7],
      [0, 335.0, 0, 0],
    ]);
    // live formulas on the amounts: a change edited in the table moves its bar and those after it
    expect((b.helper[3][0] as FormulaCell).formula).toBe('=MIN(SUM($B$5:B7),SUM($B$5:B8))');
    expect((b.helper[3][3] as FormulaCell).formula).toBe('=MAX(-B8,0)');
    expect((b.helper[4][1] as FormulaCell).formula).toBe('=B9');
  });

  it('is a stacked chart whose first series has no fill: totals dark, rises green, falls red', () => {
    const { chart } = bridgeChart(input([100, 20, -5, 115]))!;
    expect(chart).toMatchObject({
      kind: 'waterfall',
      stacked: true,
      categories: { r0: 4, c0: 0, r1: 7, c1: 0 },
    });
    expect(chart.series.map((s) => [s.name, s.fill, s.values.c0])).toEqual([
      ['Base', null, 3],
      ['Start / end', BRIDGE_FILL.total, 4],
      ['Increase', BRIDGE_FILL.good, 5],
      ['Decrease', BRIDGE_FILL.bad, 6],
    ]);
  });

  it('measures its bars from a value axis that starts at 0', () => {
    expect(bridgeChart(input([100, 20, -5, 115]))!.chart.valueAxisMin).toBe(0);
  });

  it('inverts the colours for costs: an increase is bad', () => {
    const { chart } = bridgeChart(input([100, 20, -5, 115], { increaseIsGood: false }))!;
    expect(chart.series.slice(2).map((s) => s.fill)).toEqual([BRIDGE_FILL.bad, BRIDGE_FILL.good]);
  });

  it('declines what stacked columns cannot float: a running total below zero, or no change', () => {
    expect(bridgeChart(input([10, -30, 25, 5]))).toBeNull();
    expect(bridgeChart(input([10, 10]))).toBeNull();
  });

  it('draws every bar over the span it stands for (fast-check)', () => {
    fc.assert(
      fc.property(bridgeAmounts, (amounts) => {
        const b = bridgeChart(input(amounts));
        expect(b).not.toBeNull();
        const spans = runningTotals(amounts);
        b!.helper.forEach((row, i) => {
          const [base, total, up, down] = row.map(num);
          const top = base + total + up + down;
          expect(base).toBeCloseTo(spans[i][0], 6);
          expect(top).toBeCloseTo(spans[i][1], 6);
          // one coloured part per bar: a total, a rise or a fall
          expect([total, up, down].filter((v) => v > 0).length).toBeLessThanOrEqual(1);
          if (i > 0 && i < amounts.length - 1) expect(up - down).toBeCloseTo(amounts[i], 6);
        });
      }),
    );
  });
});
