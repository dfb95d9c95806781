/** Public surface of core/sheetdoc. */
export type * from './types';
export { buildSheetDoc } from './build';
export { FMT, COLOR, amountFormat, pointsFormat } from './formats';
export { colLetter, a1, a1Range, firstColumnOf } from './a1';
export { lrFormula } from './lr-formula';
export { bridgeChart, runningTotals, BRIDGE_FILL } from './bridge-chart';
export type { Bridge, BridgeInput } from './bridge-chart';
export { mergesCutByFreeze } from './freeze';
export { planTab, planDoc, columnPx, PLAN_DEFAULTS, GENERAL, TEXT } from './render-plan';
export type { TabPlan, PlanChart, PlanValue } from './render-plan';
export { tabNames, EXCEL_NAMES, SHEETS_NAMES } from './plan/tab-names';
export type { NameRules } from './plan/tab-names';
export type { StyleRuns, Run, FontLook, AlignLook, BorderLook } from './plan/style-runs';
export { carryNotes, keyColumnOf, dateSerial, INPUT_KEY_PREFIX } from './notes/carry';
export type { PreviousTab } from './notes/carry';
