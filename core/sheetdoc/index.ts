/** Public surface of core/sheetdoc. */
export type * from './types';
export { buildSheetDoc } from './build';
export { FMT, COLOR, amountFormat, pointsFormat } from './formats';
export { colLetter, a1, a1Range } from './a1';
export { lrFormula } from './lr-formula';
export { mergesCutByFreeze } from './freeze';
