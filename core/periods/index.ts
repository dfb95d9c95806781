/** Public surface of core/periods: calendar and fiscal months, quarters and years. */
export { monthIndex, monthLabel, monthOf, yearOf, dateToMonthIndex } from './month';
export {
  fiscalYearOf,
  fiscalQuarterOf,
  fiscalMonthOf,
  fiscalYearStart,
  fiscalMonthIndex,
  fiscalQuarterRange,
} from './fiscal';
export { fiscalYearLabel, quarterLabel, quarterKeyOf, fiscalMonthLabel } from './labels';
