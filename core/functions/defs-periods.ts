/** Date functions: QUARTER, FISCAL_YEAR (dates as serial numbers, text or Date objects). */
import { fiscalQuarterOf, fiscalYearOf } from '../periods';
import { parseDate } from '../table';
import { isBlank } from './coerce';
import { scalarNumber, tx } from './params';
import type { ElementwiseDef, FnContext, FnValue, ParamDef } from './types';

const DATE: ParamDef = {
  name: 'date',
  type: 'text',
  cell: 'any',
  spread: true,
  help: tx(
    'A date: serial number, or text such as 2025-03-05, 2025年3月5日, 2025Q1.',
    '日期：序列号，或文本如 2025-03-05、2025年3月5日、2025Q1。',
    '日期：序列值，或文字如 2025-03-05、2025年3月5日、2025Q1。',
  ),
};

const START = scalarNumber(
  'fiscal_start_month',
  tx(
    'First month of the fiscal year, 1–12 (default 1).',
    '财年起始月 1–12（默认 1）。',
    '財年起始月 1–12（預設 1）。',
  ),
  { optional: true, default: 1 },
);

function withMonth(
  raw: unknown,
  start: number,
  ctx: FnContext,
  f: (mi: number, s: number) => number,
): FnValue {
  if (!Number.isInteger(start) || start < 1 || start > 12) return ctx.error('#NUM!', 'FN_BAD_MONTH');
  if (isBlank(raw)) return ctx.error('#N/A', 'FN_BLANK', { param: 'date' });
  const d = typeof raw === 'string' || typeof raw === 'number' || raw instanceof Date ? parseDate(raw) : null;
  if (!d) return ctx.error('#VALUE!', 'FN_BAD_DATE', { value: String(raw) });
  return f(d.monthIndex, start);
}

export const QUARTER: ElementwiseDef = {
  name: 'QUARTER',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Fiscal quarter 1–4 of a date (calendar quarters when the fiscal year starts in January).',
    '日期所在的财季 1–4（财年从 1 月开始时即自然季度）。',
    '日期所在的財季 1–4（財年從 1 月開始時即自然季度）。',
  ),
  params: [DATE, START],
  map: ([d, s], ctx) => withMonth(d, s as number, ctx, fiscalQuarterOf),
};

export const FISCAL_YEAR: ElementwiseDef = {
  name: 'FISCAL_YEAR',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Fiscal year of a date, named by the calendar year in which it ends (start 4: Apr 2025–Mar 2026 = 2026).',
    '日期所在的财年，以财年结束的自然年命名（起始月 4：2025年4月–2026年3月 = 2026）。',
    '日期所在的財年，以財年結束的曆年命名（起始月 4：2025年4月–2026年3月 = 2026）。',
  ),
  params: [DATE, START],
  map: ([d, s], ctx) => withMonth(d, s as number, ctx, fiscalYearOf),
};
