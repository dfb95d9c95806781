/**
 * The plan drivers the wizard edits besides growth and weights (issue 15): quarterly margin
 * targets, new-customer count and revenue, headcount and revenue per head. Each is typed as text,
 * read here, and empty means "not set" (the review seeds it from this year).
 */
import type { Lang } from '../i18n';
import type { PlanSettings } from '../settings';
import { formatTypedAmount } from './typed-amount';
import { parseAmountText } from '../table';
import type { FieldError } from './wizard-state';

/** The four quarter margins as typed, in percent ("28", "27.5%"); '' = not typed. */
export type MarginTexts = readonly [string, string, string, string];

/** The plan drivers as the form holds them. */
export interface PlanDriverDraft {
  quarterMargins: MarginTexts;
  newCustomers: string;
  newCustomerRevenue: string;
  headcount: string;
  revenuePerHead: string;
}

/** The settings the plan drivers set (null = not set). */
export type PlanDriverSettings = Pick<
  PlanSettings,
  'quarterMargins' | 'newCustomers' | 'newCustomerRevenue' | 'headcount' | 'revenuePerHead'
>;

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

/**
 * A margin typed in percent ("28", "27.5%", "２８") as a fraction; null unless from 0 to 100.
 * @example parseMarginPercent('27.5') // 0.275
 */
export function parseMarginPercent(text: string): number | null {
  const s = text.normalize('NFKC').trim().replace(/%$/, '').trim();
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const v = Number(s);
  return v <= 100 ? Number((v / 100).toPrecision(12)) : null;
}

/**
 * A whole number typed with or without separators ("40", "1,200"); null unless an integer ≥ min.
 * @example parseWholeNumber('1,200', 0) // 1200
 */
export function parseWholeNumber(text: string, min: number): number | null {
  const s = text.normalize('NFKC').trim().replace(/[,\s]/g, '');
  if (!/^\d+$/.test(s)) return null;
  const v = Number(s);
  return Number.isSafeInteger(v) && v >= min ? v : null;
}

/**
 * An amount typed as the targets are ("1,200万", "12M", "3e6"), zero allowed; null when not one.
 * @example parseAmountOrZero('1,200万') // 12000000
 */
export function parseAmountOrZero(text: string): number | null {
  const s = text.trim();
  if (s.endsWith('%')) return null;
  const v = parseAmountText(s);
  return Number.isFinite(v) && v >= 0 ? v : null;
}

/** Percent text of a fraction without float noise (0.273 → "27.3"). */
function percentText(v: number): string {
  return String(Number((v * 100).toPrecision(12)));
}

/**
 * The form's texts for the plan drivers of saved settings (amounts in the language's units).
 * @example planDriverDraft({ ...plan, quarterMargins: [0.27, 0.28, 0.3, 0.31] }, 'en').quarterMargins // ['27', '28', '30', '31']
 */
export function planDriverDraft(p: PlanDriverSettings, lang: Lang): PlanDriverDraft {
  const m = p.quarterMargins;
  return {
    quarterMargins: m
      ? [percentText(m[0]), percentText(m[1]), percentText(m[2]), percentText(m[3])]
      : ['', '', '', ''],
    newCustomers: p.newCustomers === null ? '' : String(p.newCustomers),
    newCustomerRevenue: p.newCustomerRevenue === null ? '' : formatTypedAmount(p.newCustomerRevenue, lang),
    headcount: p.headcount === null ? '' : String(p.headcount),
    revenuePerHead: p.revenuePerHead === null ? '' : formatTypedAmount(p.revenuePerHead, lang),
  };
}

/** Errors of the quarter margins: each typed one a percentage, and all four or none. */
function marginErrors(texts: MarginTexts): FieldError[] {
  const typed = texts.map((t) => t.trim());
  if (typed.every((t) => t === '')) return [];
  const errors: FieldError[] = [];
  typed.forEach((text, i) => {
    if (text !== '' && parseMarginPercent(text) === null) {
      errors.push({
        field: 'quarterMargins',
        code: 'WIZ_ERR_MARGIN',
        params: { quarter: QUARTERS[i], text },
      });
    }
  });
  if (typed.some((t) => t === '')) errors.push({ field: 'quarterMargins', code: 'WIZ_ERR_MARGINS_PARTIAL' });
  return errors;
}

/**
 * The problems of the typed plan drivers (empty fields are fine: not set).
 * @example planDriverErrors({ ...d, headcount: '-2' })[0].code // 'WIZ_ERR_HEADCOUNT'
 */
export function planDriverErrors(d: PlanDriverDraft): FieldError[] {
  const errors = marginErrors(d.quarterMargins);
  const nc = d.newCustomers.trim();
  if (nc !== '' && parseWholeNumber(nc, 0) === null) {
    errors.push({ field: 'newCustomers', code: 'WIZ_ERR_NEW_CUSTOMERS', params: { text: nc } });
  }
  for (const key of ['newCustomerRevenue', 'revenuePerHead'] as const) {
    const text = d[key].trim();
    const v = text === '' ? 0 : parseAmountOrZero(text);
    // Revenue per head divides the target: it must be above zero.
    if (v === null || (key === 'revenuePerHead' && text !== '' && v === 0)) {
      errors.push({ field: key, code: 'WIZ_ERR_AMOUNT', params: { text } });
    }
  }
  const hc = d.headcount.trim();
  if (hc !== '' && parseWholeNumber(hc, 1) === null) {
    errors.push({ field: 'headcount', code: 'WIZ_ERR_HEADCOUNT', params: { text: hc } });
  }
  return errors;
}

/**
 * The plan settings of valid typed drivers; empty fields are null (seeded from this year).
 * @example planDriverSettings({ ...d, headcount: '12' }).headcount // 12
 */
export function planDriverSettings(d: PlanDriverDraft): PlanDriverSettings {
  const margins = d.quarterMargins.map(parseMarginPercent);
  const text = (s: string): string | null => (s.trim() === '' ? null : s);
  const nc = text(d.newCustomers);
  const ncr = text(d.newCustomerRevenue);
  const hc = text(d.headcount);
  const rph = text(d.revenuePerHead);
  return {
    quarterMargins: margins.every((m): m is number => m !== null)
      ? [margins[0], margins[1], margins[2], margins[3]]
      : null,
    newCustomers: nc === null ? null : parseWholeNumber(nc, 0),
    newCustomerRevenue: ncr === null ? null : parseAmountOrZero(ncr),
    headcount: hc === null ? null : parseWholeNumber(hc, 1),
    revenuePerHead: rph === null ? null : parseAmountOrZero(rph),
  };
}
