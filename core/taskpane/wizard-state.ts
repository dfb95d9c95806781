/**
 * The wizard's state without the DOM: the steps, the form draft (what the user typed, as text),
 * its validation per step, and the round trip draft ↔ ReviewSettings through the zod schema.
 */
import type { Message } from '../i18n';
import type { Lang } from '../i18n';
import { ReviewSettingsSchema, type DisplayUnit, type ReviewSettings, type Section } from '../settings';
import type { DateOrder, MoneyRole, Role, UnitChoice } from '../table';
import { planDriverDraft, planDriverErrors, planDriverSettings, type PlanDriverDraft } from './plan-inputs';
import { formatTypedAmount, parseTypedAmount } from './typed-amount';

export { formatTypedAmount, parseTypedAmount } from './typed-amount';

export type StepId = 'data' | 'columns' | 'period' | 'sections' | 'generate';
export const STEPS: readonly StepId[] = ['data', 'columns', 'period', 'sections', 'generate'];

/** The quarter-weight presets offered, plus custom. */
export type WeightsChoice = '3322' | 'equal' | 'seasonal' | 'custom';
export type TargetKind = ReviewSettings['targets']['kind'];

/**
 * What the form holds: free text where the user types, choices elsewhere. The plan drivers
 * (quarter margins, new customers, headcount…) are PlanDriverDraft's fields, '' = not set.
 */
export interface Draft extends PlanDriverDraft {
  sheet: string | null;
  /** settings.sheets: the sheets read with `sheet` as one data set; null = every one with its header. */
  sheets: string[] | 'all' | null;
  mapping: Partial<Record<Role, string | null>>;
  /** Units chosen for money columns (missing = the unit the header states). */
  units: Partial<Record<MoneyRole, UnitChoice>>;
  /** How year-last dates are read: auto (per column, from the evidence) or the user's order. */
  dateOrder: DateOrder;
  /** Exchange rates as typed, by currency code: report-currency units per one unit ("7.2"). */
  rates: Record<string, string>;
  /** Statuses left out: null = cancelled, closed and refunded by their words; a list = exactly these. */
  excludeStatuses: string[] | null;
  /** '' = latest year with data. */
  year: string;
  fiscalStartMonth: number;
  targetKind: TargetKind;
  targetSheet: string;
  targetBase: string;
  targetStretch: string;
  /** Revised target of typed targets (kept through the round trip; not edited in the wizard). */
  targetRevised: number | null;
  comparePriorYear: boolean;
  sections: Section[];
  /** [] = every detected dimension. */
  dimensions: string[];
  language: Lang;
  displayUnit: DisplayUnit | 'auto';
  /** Growth in percent, as typed ("15"). */
  growth: string;
  weights: WeightsChoice;
  customWeights: string;
  /** Everything the wizard does not edit, carried unchanged (thresholds, plan rounding, rates…). */
  base: ReviewSettings;
}

/**
 * A field-level problem: which draft field and its message (a catalogue message, or an ingest
 * failure's own text, already in the wizard's language). Role keys in params are named by the view.
 */
export type FieldError = { field: keyof Draft } & (
  Message | { code: string; text: string; params?: undefined }
);

/** What the steps need to know about the data, beyond the draft (from analysis of the sheet). */
export interface StepContext {
  /** The mapped amount column (header), or null when none is detected nor chosen. */
  amountHeader: string | null;
  /** Role → header in effect after detection and overrides, for duplicate checks. */
  effectiveMapping: Partial<Record<Role, string>>;
  /** An ingest failure that stops the review (no amount column, no date column…), or null. */
  blocking: { code: string; message: string } | null;
}

const PRESET_3322: readonly number[] = [3, 3, 2, 2];

/**
 * Whether a section can run with the detected columns (the customer sections need a customer column).
 * @example sectionRunnable('customers', false) // false
 */
export function sectionRunnable(section: string, hasCustomer: boolean): boolean {
  return hasCustomer || section !== 'customers';
}

/**
 * Reads four quarter weights from "4:3:2:1", "4,3,2,1", "40% 30% 20% 10%" …; null unless exactly four
 * non-negative numbers, not all zero.
 * @example parseCustomWeights('4:3:2:1') // [4, 3, 2, 1]
 */
export function parseCustomWeights(text: string): [number, number, number, number] | null {
  const parts = text
    .normalize('NFKC')
    .split(/[\s:;,/，：；、]+/)
    .filter((p) => p !== '');
  if (parts.length !== 4) return null;
  const nums = parts.map((p) => Number(p.endsWith('%') ? p.slice(0, -1) : p));
  if (nums.some((n) => !Number.isFinite(n) || n < 0)) return null;
  if (nums.every((n) => n === 0)) return null;
  return [nums[0], nums[1], nums[2], nums[3]];
}

/**
 * Growth text in percent ("15", "-5", "7.5%") as a fraction; null unless above −100%.
 * @example parseGrowth('15') // 0.15
 */
export function parseGrowth(text: string): number | null {
  const s = text.normalize('NFKC').trim().replace(/%$/, '').replace('−', '-');
  if (s === '' || !/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const g = Number(s) / 100;
  return g > -1 ? g : null;
}

/** Percent text of a growth fraction without float noise (0.07 → "7"). */
function growthText(g: number): string {
  return String(Number((g * 100).toPrecision(12)));
}

/**
 * The form draft for a settings object (the inverse of settingsFromDraft).
 * @example draftFromSettings(defaultSettings()).weights // 'seasonal'
 */
export function draftFromSettings(s: ReviewSettings): Draft {
  const w = s.plan.quarterWeights;
  const weights: WeightsChoice =
    w === 'seasonal' || w === 'equal' ? w : w.every((x, i) => x === PRESET_3322[i]) ? '3322' : 'custom';
  const t = s.targets;
  return {
    sheet: s.sheet,
    sheets: Array.isArray(s.sheets) ? [...s.sheets] : s.sheets,
    mapping: { ...s.mapping },
    units: { ...s.units },
    dateOrder: s.dateOrder,
    rates: Object.fromEntries(Object.entries(s.rates).map(([k, v]) => [k, String(v)])),
    excludeStatuses: s.excludeStatuses === null ? null : [...s.excludeStatuses],
    year: s.year === null ? '' : String(s.year),
    fiscalStartMonth: s.fiscalStartMonth,
    targetKind: t.kind,
    targetSheet: t.kind === 'sheet' ? t.sheet : '',
    targetBase: t.kind === 'typed' ? formatTypedAmount(t.base, s.language) : '',
    targetStretch: t.kind === 'typed' && t.stretch !== null ? formatTypedAmount(t.stretch, s.language) : '',
    targetRevised: t.kind === 'typed' ? t.revised : null,
    comparePriorYear: s.comparePriorYear,
    sections: [...s.sections],
    dimensions: [...s.dimensions],
    language: s.language,
    displayUnit: s.displayUnit ?? 'auto',
    growth: growthText(s.plan.growth),
    weights,
    customWeights: Array.isArray(w) ? w.join(':') : '3:3:2:2',
    ...planDriverDraft(s.plan, s.language),
    base: s,
  };
}

/** Errors of the data step. */
function dataErrors(d: Draft): FieldError[] {
  return d.sheet ? [] : [{ field: 'sheet', code: 'WIZ_ERR_SHEET_REQUIRED' }];
}

/**
 * The typed exchange rates that read as positive numbers, by currency (blank ones left out).
 * @example draftRates({ ...draft, rates: { USD: '7.2', EUR: '' } }) // { USD: 7.2 }
 */
export function draftRates(d: Pick<Draft, 'rates'>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(d.rates)) {
    const x = Number(v.trim().replace(/,/g, ''));
    if (v.trim() !== '' && Number.isFinite(x) && x > 0) out[k] = x;
  }
  return out;
}

/** Errors of the exchange rates: each typed one a positive number. */
function rateErrors(d: Draft): FieldError[] {
  const good = draftRates(d);
  return Object.entries(d.rates)
    .filter(([k, v]) => v.trim() !== '' && good[k] === undefined)
    .map(([currency, v]) => ({ field: 'rates', code: 'WIZ_ERR_RATE', params: { currency, text: v.trim() } }));
}

/** Errors of the columns step: an amount column, and no column used for two roles. */
function columnErrors(ctx: StepContext): FieldError[] {
  const errors: FieldError[] = [];
  if (ctx.blocking) {
    errors.push({ field: 'mapping', code: ctx.blocking.code, text: ctx.blocking.message });
  } else if (!ctx.amountHeader) errors.push({ field: 'mapping', code: 'NO_AMOUNT_COLUMN' });
  const seen = new Map<string, Role>();
  for (const [role, header] of Object.entries(ctx.effectiveMapping) as [Role, string][]) {
    const other = seen.get(header);
    if (other) {
      errors.push({ field: 'mapping', code: 'WIZ_ERR_SAME_COLUMN', params: { header, a: other, b: role } });
    } else seen.set(header, role);
  }
  return errors;
}

/** Errors of the period and targets step. */
function periodErrors(d: Draft): FieldError[] {
  const errors: FieldError[] = [];
  if (d.year.trim() !== '') {
    const y = Number(d.year.trim());
    if (!Number.isInteger(y) || y < 1900 || y > 2200) errors.push({ field: 'year', code: 'WIZ_ERR_YEAR' });
  }
  if (d.targetKind === 'sheet') {
    if (!d.targetSheet) errors.push({ field: 'targetSheet', code: 'WIZ_ERR_TARGET_SHEET' });
    else if (d.targetSheet === d.sheet)
      errors.push({ field: 'targetSheet', code: 'WIZ_ERR_TARGET_SHEET_SAME' });
  }
  if (d.targetKind === 'typed') {
    const base = parseTypedAmount(d.targetBase);
    if (d.targetBase.trim() === '') errors.push({ field: 'targetBase', code: 'WIZ_ERR_TARGET_REQUIRED' });
    else if (base === null) {
      errors.push({ field: 'targetBase', code: 'WIZ_ERR_AMOUNT', params: { text: d.targetBase.trim() } });
    }
    if (d.targetStretch.trim() !== '') {
      const stretch = parseTypedAmount(d.targetStretch);
      if (stretch === null) {
        errors.push({
          field: 'targetStretch',
          code: 'WIZ_ERR_AMOUNT',
          params: { text: d.targetStretch.trim() },
        });
      } else if (base !== null && stretch < base) {
        errors.push({ field: 'targetStretch', code: 'WIZ_ERR_STRETCH_BELOW' });
      }
    }
  }
  return errors;
}

/** Errors of the sections and plan step. */
function sectionErrors(d: Draft): FieldError[] {
  const errors: FieldError[] = [];
  if (d.sections.length === 0) errors.push({ field: 'sections', code: 'WIZ_ERR_SECTIONS' });
  if (parseGrowth(d.growth) === null) errors.push({ field: 'growth', code: 'WIZ_ERR_GROWTH' });
  if (d.weights === 'custom' && parseCustomWeights(d.customWeights) === null) {
    errors.push({ field: 'customWeights', code: 'WIZ_ERR_WEIGHTS' });
  }
  return [...errors, ...planDriverErrors(d)];
}

/**
 * The problems that keep the user on a step (empty = may go on). `generate` checks every step.
 * @example validateStep('data', { ...draft, sheet: null }, ctx)[0].code // 'WIZ_ERR_SHEET_REQUIRED'
 */
export function validateStep(step: StepId, d: Draft, ctx: StepContext): FieldError[] {
  switch (step) {
    case 'data':
      return dataErrors(d);
    case 'columns':
      return [...rateErrors(d), ...columnErrors(ctx)];
    case 'period':
      return periodErrors(d);
    case 'sections':
      return sectionErrors(d);
    case 'generate':
      return [
        ...dataErrors(d),
        ...rateErrors(d),
        ...columnErrors(ctx),
        ...periodErrors(d),
        ...sectionErrors(d),
      ];
  }
}

/**
 * The first step with problems before `target` (the furthest the user may jump), or `target`.
 * @example reachableStep('generate', draft, ctx) // 'period' when the typed target is missing
 */
export function reachableStep(target: StepId, d: Draft, ctx: StepContext): StepId {
  for (const step of STEPS) {
    if (step === target) return target;
    if (validateStep(step, d, ctx).length > 0) return step;
  }
  return target;
}

/** The quarter weights the draft asks for, or null when the custom text is invalid. */
export function draftQuarterWeights(d: Draft): ReviewSettings['plan']['quarterWeights'] | null {
  if (d.weights === 'seasonal' || d.weights === 'equal') return d.weights;
  if (d.weights === '3322') return [3, 3, 2, 2];
  return parseCustomWeights(d.customWeights);
}

function targetsFromDraft(d: Draft): unknown {
  switch (d.targetKind) {
    case 'none':
    case 'column':
      return { kind: d.targetKind };
    case 'sheet':
      return { kind: 'sheet', sheet: d.targetSheet };
    case 'typed': {
      const stretch = d.targetStretch.trim() === '' ? null : parseTypedAmount(d.targetStretch);
      return { kind: 'typed', base: parseTypedAmount(d.targetBase), stretch, revised: d.targetRevised };
    }
  }
}

export type SettingsResult = { ok: true; settings: ReviewSettings } | { ok: false; errors: FieldError[] };

/**
 * Settings from the draft, validated by the wizard's rules and then by ReviewSettingsSchema.
 * @example settingsFromDraft(draftFromSettings(s), ctx) // { ok: true, settings: s }
 */
export function settingsFromDraft(d: Draft, ctx?: StepContext): SettingsResult {
  const errors = [
    ...dataErrors(d),
    ...rateErrors(d),
    ...(ctx ? columnErrors(ctx) : []),
    ...periodErrors(d),
    ...sectionErrors(d),
  ];
  if (errors.length > 0) return { ok: false, errors };
  const candidate = {
    ...d.base,
    sheet: d.sheet,
    sheets: Array.isArray(d.sheets) ? [...d.sheets] : d.sheets,
    year: d.year.trim() === '' ? null : Number(d.year.trim()),
    fiscalStartMonth: d.fiscalStartMonth,
    mapping: { ...d.mapping },
    units: { ...d.units },
    dateOrder: d.dateOrder,
    rates: draftRates(d),
    excludeStatuses: d.excludeStatuses === null ? null : [...d.excludeStatuses],
    targets: targetsFromDraft(d),
    dimensions: [...d.dimensions],
    displayUnit: d.displayUnit === 'auto' ? null : d.displayUnit,
    language: d.language,
    sections: [...d.sections],
    comparePriorYear: d.comparePriorYear,
    plan: {
      ...d.base.plan,
      growth: parseGrowth(d.growth),
      quarterWeights: draftQuarterWeights(d),
      ...planDriverSettings(d),
    },
  };
  const parsed = ReviewSettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'base') as keyof Draft;
    return {
      ok: false,
      errors: [{ field, code: 'WIZ_ERR_UNEXPECTED', params: { message: parsed.error.message } }],
    };
  }
  return { ok: true, settings: parsed.data };
}

export type LoadedSettings =
  | { kind: 'none'; settings: ReviewSettings }
  | { kind: 'restored'; settings: ReviewSettings }
  | { kind: 'invalid'; settings: ReviewSettings };

/**
 * Validates settings loaded from a document: valid → restored, missing → defaults, invalid → defaults
 * plus a notice for the user.
 * @example restoreSettings(null, 'en').kind // 'none'
 */
export function restoreSettings(raw: unknown, lang: Lang): LoadedSettings {
  if (raw === null || raw === undefined) {
    return { kind: 'none', settings: ReviewSettingsSchema.parse({ language: lang }) };
  }
  const parsed = ReviewSettingsSchema.safeParse(raw);
  if (parsed.success) return { kind: 'restored', settings: parsed.data };
  return { kind: 'invalid', settings: ReviewSettingsSchema.parse({ language: lang }) };
}
