/** Split workbooks: one order list kept over several sheets with one header, read as one data set. */
export type {
  WorkbookSheet,
  SheetHead,
  SplitPlan,
  SheetPart,
  CombinedSheets,
  SplitReport,
  LeftOutReason,
  HiddenCopies,
} from './types';
export { sheetHead, headerCellKey } from './sheet-head';
export { sheetMonth, sheetNameKind, isStoreName, isChannelName } from './sheet-name';
export type { SheetMonth, SheetNameKind } from './sheet-name';
export { planSplit } from './plan';
export type { PlanOptions, PlanResult } from './plan';
export { combineSheets } from './combine';
export type { CombineOptions, CombineResult } from './combine';
export { relocateRows, relocateIssue } from './relocate';
export { splitNotes } from './notes';
export { dataSetOf } from './data-set';
export type { DataSet, DataSetOptions } from './data-set';
