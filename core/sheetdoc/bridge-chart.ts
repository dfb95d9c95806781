/**
 * A bridge (差异分析 waterfall) drawn the way every host can draw it: stacked columns over four
 * helper columns beside the bridge table. The start and end totals stand on the axis; each change
 * floats on an invisible base at the running total, increases and decreases coloured (IBCS: good
 * green, bad red; inverted for costs). No host offers a native waterfall whose start and end can be
 * set as totals through its API (the Office JavaScript API has no per-point "set as total"; Apps Script's
 * EmbeddedChartBuilder none either), so this one form serves Excel, Sheets, the CLI's workbook and
 * whatever opens it (LibreOffice, WPS). The helper cells are live formulas on the table's amounts:
 * edit a change and the bar moves.
 */
import { a1 } from './a1';
import { COLOR } from './formats';
import type { Cell, ChartSpec, FormulaCell } from './types';

/** Fills of a bridge's bars: totals dark, good changes green, bad ones red. */
export const BRIDGE_FILL = { total: COLOR.headerFill, good: COLOR.good, bad: COLOR.bad } as const;

/** Where the bridge table is and how to draw it. */
export interface BridgeInput {
  /** Sheet rows of the first (start total) and last (end total) row; changes in between. */
  firstRow: number;
  lastRow: number;
  /** Column of the labels and of the amounts (start, changes…, end). */
  labelCol: number;
  amountCol: number;
  /** First of the four helper columns: base, start/end, increase, decrease. */
  helperCol: number;
  /** The amounts as written in the amount column, top to bottom. */
  amounts: number[];
  /** false when the bridge is of costs: an increase is bad (red), a decrease good (green). */
  increaseIsGood: boolean;
  /** Series names: base (hidden), totals, increases, decreases. */
  names: { base: string; total: string; increase: string; decrease: string };
  title: string;
  anchor: { row: number; col: number };
  width: number;
  height: number;
}

/** The helper cells (one row per table row, four columns) and the chart over them. */
export interface Bridge {
  helper: Cell[][];
  chart: ChartSpec;
}

/**
 * The running totals of a bridge: before and after each row (a total row stands on zero).
 * @example runningTotals([100, 20, -5, 115]) // [[0, 100], [100, 120], [115, 120], [0, 115]]
 */
export function runningTotals(amounts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let run = amounts[0] ?? 0;
  amounts.forEach((v, i) => {
    if (i === 0 || i === amounts.length - 1) out.push([0, v]);
    else {
      out.push([Math.min(run, run + v), Math.max(run, run + v)]);
      run += v;
    }
  });
  return out;
}

/**
 * The bridge chart and its helper cells, or null when a stacked column cannot draw it: a bridge
 * with no change, or a running total below zero (stacks below the axis do not float).
 * @example bridgeChart({ firstRow: 4, lastRow: 7, labelCol: 0, amountCol: 1, helperCol: 3, amounts: [100, 20, -5, 115], … })!.chart.kind // 'waterfall'
 */
export function bridgeChart(input: BridgeInput): Bridge | null {
  const { firstRow, lastRow, amountCol, amounts } = input;
  if (amounts.length < 3 || amounts.length !== lastRow - firstRow + 1) return null;
  const spans = runningTotals(amounts);
  if (spans.some(([lo]) => lo < 0) || amounts[0] < 0 || amounts[amounts.length - 1] < 0) return null;

  const amountAt = (row: number): string => a1(row, amountCol);
  const f = (formula: string, value: number): FormulaCell => ({ formula, value });
  const helper: Cell[][] = amounts.map((v, i) => {
    const row = firstRow + i;
    if (i === 0 || i === amounts.length - 1) return [null, f(`=${amountAt(row)}`, v), null, null];
    // running totals before and after this change: the start plus the changes so far
    const start = a1(firstRow, amountCol, true);
    const before = `SUM(${start}:${amountAt(row - 1)})`;
    const after = `SUM(${start}:${amountAt(row)})`;
    return [
      f(`=MIN(${before},${after})`, spans[i][0]),
      null,
      f(`=MAX(${amountAt(row)},0)`, Math.max(v, 0)),
      f(`=MAX(-${amountAt(row)},0)`, Math.max(-v, 0)),
    ];
  });

  const col = (k: number) => ({
    r0: firstRow,
    c0: input.helperCol + k,
    r1: lastRow,
    c1: input.helperCol + k,
  });
  const good = input.increaseIsGood ? BRIDGE_FILL.good : BRIDGE_FILL.bad;
  const bad = input.increaseIsGood ? BRIDGE_FILL.bad : BRIDGE_FILL.good;
  return {
    helper,
    chart: {
      kind: 'waterfall',
      stacked: true,
      // bars measured from zero: the start and end totals keep their true lengths
      valueAxisMin: 0,
      title: input.title,
      categories: { r0: firstRow, c0: input.labelCol, r1: lastRow, c1: input.labelCol },
      series: [
        { name: input.names.base, values: col(0), fill: null },
        { name: input.names.total, values: col(1), fill: BRIDGE_FILL.total },
        { name: input.names.increase, values: col(2), fill: good },
        { name: input.names.decrease, values: col(3), fill: bad },
      ],
      anchor: input.anchor,
      width: input.width,
      height: input.height,
    },
  };
}
