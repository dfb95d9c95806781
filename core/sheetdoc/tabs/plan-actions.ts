/**
 * The plan tab's action table (one row per problem, pre-filled with the suggested action and its
 * measure; milestone, deadline, owner, resources and risk left for the user) and the plan's keyed
 * cells: the table's rows by finding key, the yellow inputs by "in:…" keys, so a refresh carries
 * what the user wrote (core/sheetdoc/notes).
 */
import type { MessageCode } from '../../i18n';
import { findingSentence } from '../../narrative';
import type { Finding } from '../../review';
import { findingKey } from '../../review';
export { segmentToken } from '../../review';
import type { NoteInput, NoteTable, TabDoc } from '../types';
import type { DocContext } from '../context';
import { COLOR, FMT, STYLE } from '../formats';
import type { TabBuilder } from '../tab-builder';
import { INPUT_KEY_PREFIX } from '../notes/carry';
import { withNoteKeys } from '../notes/key-column';
import { sortFindings, uniqueKeys } from './findings';

/** The suggested action and measure of each problem; highlights get no action row. */
const ACTION = {
  OUTSIDE_TOLERANCE: { action: 'SD_ACTION_OUTSIDE_TOLERANCE', measure: 'SD_MEASURE_OUTSIDE_TOLERANCE' },
  DECLINING_SEGMENT: { action: 'SD_ACTION_DECLINING_SEGMENT', measure: 'SD_MEASURE_DECLINING_SEGMENT' },
  CUSTOMER_CONCENTRATION: {
    action: 'SD_ACTION_CUSTOMER_CONCENTRATION',
    measure: 'SD_MEASURE_CUSTOMER_CONCENTRATION',
  },
  MARGIN_DOWN: { action: 'SD_ACTION_MARGIN_DOWN', measure: 'SD_MEASURE_MARGIN_DOWN' },
  LOST_CUSTOMER_REVENUE: {
    action: 'SD_ACTION_LOST_CUSTOMER_REVENUE',
    measure: 'SD_MEASURE_LOST_CUSTOMER_REVENUE',
  },
  QUARTER_VOLATILITY: { action: 'SD_ACTION_QUARTER_VOLATILITY', measure: 'SD_MEASURE_QUARTER_VOLATILITY' },
  LOW_COMPLETENESS: { action: 'SD_ACTION_LOW_COMPLETENESS', measure: 'SD_MEASURE_LOW_COMPLETENESS' },
  BELOW_TARGET: { action: 'SD_ACTION_BELOW_TARGET', measure: 'SD_MEASURE_BELOW_TARGET' },
  PLAN_INCONSISTENT: { action: 'SD_ACTION_PLAN_INCONSISTENT', measure: 'SD_MEASURE_PLAN_INCONSISTENT' },
  RECORD_QUARTER: null,
  DARK_HORSE: null,
  ABOVE_STRETCH: null,
  TOTAL_MISMATCH: { action: 'SD_ACTION_TOTAL_MISMATCH', measure: 'SD_MEASURE_TOTAL_MISMATCH' },
} as const satisfies Record<Finding['code'], { action: MessageCode; measure: MessageCode } | null>;

/** Columns: problem | action | measure (KPI) | target value | milestone | deadline | owner | resources | risk. */
const COLUMNS = [
  'SD_COL_PROBLEM',
  'SD_COL_ACTION',
  'SD_COL_MEASURE',
  'SD_COL_TARGET_VALUE',
  'SD_COL_MILESTONE',
  'SD_COL_DEADLINE',
  'SD_COL_OWNER',
  'SD_COL_BUDGET',
  'SD_COL_RISK',
] as const satisfies readonly MessageCode[];
const LAST = COLUMNS.length - 1;
const USER_COLS = [1, 2, 3, 4, 5, 6, 7, 8];
const DEADLINE = 5;

/**
 * Appends the action table; returns its keyed rows for the ID column.
 * @example const actions = actionTable(tb, ctx); withPlanNotes(tb.build(…), actions, inputs, ctx)
 */
export function actionTable(tb: TabBuilder, ctx: DocContext): NoteTable {
  const { L, model } = ctx;
  tb.section(L('SD_SECTION_ACTIONS'));
  const headerRow = tb.add(COLUMNS.map((c) => L(c)));
  tb.format({ r0: headerRow, c0: 0, r1: headerRow, c1: LAST }, null, STYLE.header);
  const a0 = tb.row;
  const problems = sortFindings(model.findings).filter((x) => x.severity !== 'highlight');
  for (const p of problems) {
    const a = ACTION[p.code];
    const row = [findingSentence(p, model, ctx.words), a && L(a.action), a && L(a.measure)];
    tb.add([...row, ...new Array<null>(LAST + 1 - row.length).fill(null)]);
  }
  if (problems.length === 0) tb.add([L('SD_NONE'), ...new Array<null>(LAST).fill(null)]);
  const aEnd = tb.row - 1;
  const input = { wrap: true, fill: COLOR.inputFill };
  tb.format({ r0: a0, c0: 0, r1: aEnd, c1: 0 }, '@', { wrap: true });
  tb.format({ r0: a0, c0: 1, r1: aEnd, c1: 3 }, '@', input);
  // A milestone may be a date or a sentence; a deadline typed as a date stays a date.
  tb.format({ r0: a0, c0: 4, r1: aEnd, c1: 4 }, null, input);
  tb.format({ r0: a0, c0: DEADLINE, r1: aEnd, c1: DEADLINE }, FMT.date, input);
  tb.format({ r0: a0, c0: DEADLINE + 1, r1: aEnd, c1: LAST }, '@', input);
  tb.inputRanges.push({ r0: a0, c0: 1, r1: aEnd, c1: LAST });
  return {
    headerRow,
    rows: uniqueKeys(problems.map(findingKey)).map((key, i) => ({ row: a0 + i, key })),
    userCols: USER_COLS,
    labelCols: [0],
    closedTitle: L('SD_CLOSED_actions'),
  };
}

/** A plan input's cell and identity, e.g. `{ key: planInputKey('weight', 'Q1'), row: 12, col: 1 }`. */
export type PlanInput = Omit<NoteInput, 'generated'>;

/**
 * The key of a plan input: what it is, never where it is.
 * @example planInputKey('mix', 'region', 'East') // 'in:mix / region / East'
 */
export function planInputKey(...parts: string[]): string {
  return INPUT_KEY_PREFIX + parts.join(' / ');
}

/**
 * The built plan tab with its ID column: the action table's rows and the inputs, each with the
 * value this run suggests beside its key.
 * @example withPlanNotes(tb.build('plan', name, {}), actions, inputs, ctx).notes?.inputs.length
 */
export function withPlanNotes(
  tab: TabDoc,
  actions: NoteTable,
  inputs: readonly PlanInput[],
  ctx: DocContext,
): TabDoc {
  const generated = (r: number, c: number): number | string | null => {
    const v = tab.cells[r]?.[c];
    return typeof v === 'number' || typeof v === 'string' ? v : null;
  };
  return withNoteKeys(tab, {
    tables: [actions],
    inputs: inputs.map((i) => ({ ...i, generated: generated(i.row, i.col) })),
    headerRows: [Math.max(0, tab.freeze.rows - 1), actions.headerRow],
    labels: { key: ctx.L('SD_COL_KEY'), suggested: ctx.L('SD_COL_SUGGESTED') },
  });
}

/**
 * Keys the input cells a plan section added (tb.inputRanges from index `from` on), in reading
 * order, by `names`; a cell past the names gets the last name with its position.
 * @example const from = tb.inputRanges.length; planCapacitySection(tb, ctx, base); keyInputsSince(tb, from, ['headcount', 'revenuePerHead'], inputs);
 */
export function keyInputsSince(
  tb: TabBuilder,
  from: number,
  names: readonly string[],
  into: PlanInput[],
): void {
  let i = 0;
  for (const r of tb.inputRanges.slice(from))
    for (let row = r.r0; row <= r.r1; row++)
      for (let col = r.c0; col <= r.c1; col++, i++) {
        const name = names[i] ?? `${names[names.length - 1] ?? 'input'} / ${i + 1}`;
        into.push({ key: planInputKey(name), row, col });
      }
}
