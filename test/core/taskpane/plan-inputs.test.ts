/** The wizard's plan details (core/taskpane/plan-inputs.ts): reading, validating and round-tripping them. */
import { t } from '../../../core/i18n';
import { defaultSettings, ReviewSettingsSchema } from '../../../core/settings/schema';
import {
  parseAmountOrZero,
  parseMarginPercent,
  parseWholeNumber,
  planDriverDraft,
  planDriverErrors,
  planDriverSettings,
  type PlanDriverDraft,
} from '../../../core/taskpane/plan-inputs';
import { errorText, translator } from '../../../core/taskpane/view-common';
import {
  draftFromSettings,
  settingsFromDraft,
  validateStep,
  type Draft,
  type StepContext,
} from '../../../core/taskpane/wizard-state';

const CTX: StepContext = {
  amountHeader: '销售额(元)',
  effectiveMapping: { date: '订单日期', amount: '销售额(元)' },
  blocking: null,
};
const EMPTY: PlanDriverDraft = {
  quarterMargins: ['', '', '', ''],
  newCustomers: '',
  newCustomerRevenue: '',
  headcount: '',
  revenuePerHead: '',
};

function draft(patch: Partial<Draft> = {}): Draft {
  return { ...draftFromSettings(defaultSettings()), sheet: '销售明细', ...patch };
}

describe('reading what is typed', () => {
  it.each([
    ['28', 0.28],
    ['27.5%', 0.275],
    ['０', 0],
    ['100', 1],
    [' 29.2 ', 0.292],
  ])('reads the margin %p as %d', (text, v) => {
    expect(parseMarginPercent(text)).toBe(v);
  });

  it.each(['', '120', '-5', 'abc', '28 %%', '0.3.1'])('rejects the margin %p', (text) => {
    expect(parseMarginPercent(text)).toBeNull();
  });

  it('reads whole numbers with separators, from a minimum', () => {
    expect(parseWholeNumber('1,200', 0)).toBe(1200);
    expect(parseWholeNumber('0', 0)).toBe(0);
    expect(parseWholeNumber('0', 1)).toBeNull();
    expect(parseWholeNumber('-2', 0)).toBeNull();
    expect(parseWholeNumber('2.5', 0)).toBeNull();
  });

  it('reads amounts in 万, 亿, M and zero, never a percentage', () => {
    expect(parseAmountOrZero('1,200万')).toBe(1.2e7);
    expect(parseAmountOrZero('1.5亿')).toBe(1.5e8);
    expect(parseAmountOrZero('12M')).toBe(1.2e7);
    expect(parseAmountOrZero('0')).toBe(0);
    expect(parseAmountOrZero('-5')).toBeNull();
    expect(parseAmountOrZero('30%')).toBeNull();
  });
});

describe('validation', () => {
  const codes = (p: Partial<PlanDriverDraft>) => planDriverErrors({ ...EMPTY, ...p }).map((e) => e.code);

  it('accepts every field empty (seeded from this year)', () => {
    expect(codes({})).toEqual([]);
    expect(planDriverSettings(EMPTY)).toEqual({
      quarterMargins: null,
      newCustomers: null,
      newCustomerRevenue: null,
      headcount: null,
      revenuePerHead: null,
    });
  });

  it('names the quarter whose margin is outside 0–100%', () => {
    const errs = planDriverErrors({ ...EMPTY, quarterMargins: ['27', '120', '30', '31'] });
    expect(errs).toEqual([
      { field: 'quarterMargins', code: 'WIZ_ERR_MARGIN', params: { quarter: 'Q2', text: '120' } },
    ]);
    expect(errorText(errs[0], translator('en'))).toBe(
      'The Q2 margin “120” is not a percentage from 0 to 100: type e.g. 28.',
    );
    expect(errorText(errs[0], translator('zh-CN'))).toBe(
      'Q2 毛利率“120”无效：请输入 0 到 100 之间的百分比，如 28。',
    );
  });

  it('asks for all four margins or none', () => {
    expect(codes({ quarterMargins: ['27', '', '30', '31'] })).toEqual(['WIZ_ERR_MARGINS_PARTIAL']);
  });

  it('refuses a negative or fractional headcount and zero revenue per head', () => {
    expect(codes({ headcount: '-3' })).toEqual(['WIZ_ERR_HEADCOUNT']);
    expect(codes({ headcount: '0' })).toEqual(['WIZ_ERR_HEADCOUNT']);
    expect(codes({ headcount: '2.5' })).toEqual(['WIZ_ERR_HEADCOUNT']);
    expect(codes({ revenuePerHead: '0' })).toEqual(['WIZ_ERR_AMOUNT']);
    expect(codes({ revenuePerHead: 'lots' })).toEqual(['WIZ_ERR_AMOUNT']);
  });

  it('allows zero new customers but not a negative count or revenue', () => {
    expect(codes({ newCustomers: '0', newCustomerRevenue: '0' })).toEqual([]);
    expect(codes({ newCustomers: '-1', newCustomerRevenue: '-5万' })).toEqual([
      'WIZ_ERR_NEW_CUSTOMERS',
      'WIZ_ERR_AMOUNT',
    ]);
  });

  it('says each message in the three languages', () => {
    const e = planDriverErrors({ ...EMPTY, headcount: '-3' })[0];
    expect(errorText(e, translator('zh-TW'))).toBe('「-3」不是有效的人數：請輸入 1 或以上的整數，如 12。');
    expect(t('WIZ_ERR_MARGINS_PARTIAL', 'en')).toMatch(/^Type a margin for all four quarters/);
  });

  it('keeps the sections step (and generation) until fixed, and keeps what was typed', () => {
    const d = draft({ headcount: '-3', quarterMargins: ['27', '28', '', '31'] });
    expect(validateStep('sections', d, CTX).map((e) => e.field)).toEqual(['quarterMargins', 'headcount']);
    const r = settingsFromDraft(d, CTX);
    expect(r.ok).toBe(false);
    expect(d.headcount).toBe('-3');
    expect(d.quarterMargins).toEqual(['27', '28', '', '31']);
  });
});

describe('saved with the settings', () => {
  it('carries the typed drivers into the plan settings', () => {
    const r = settingsFromDraft(
      draft({
        quarterMargins: ['27', '28', '30', '31%'],
        newCustomers: '40',
        newCustomerRevenue: '1,200万',
        headcount: '12',
        revenuePerHead: '1.5亿',
      }),
      CTX,
    );
    expect(r.ok && r.settings.plan).toMatchObject({
      quarterMargins: [0.27, 0.28, 0.3, 0.31],
      newCustomers: 40,
      newCustomerRevenue: 1.2e7,
      headcount: 12,
      revenuePerHead: 1.5e8,
    });
  });

  it('shows saved drivers in the report language’s units and gives them back unchanged', () => {
    const s = ReviewSettingsSchema.parse({
      sheet: 'S',
      language: 'zh-CN',
      plan: {
        quarterMargins: [0.273, 0.28, 0.3, 0.31],
        newCustomers: 40,
        newCustomerRevenue: 1.2e7,
        headcount: 12,
        revenuePerHead: 1.5e8,
      },
    });
    const d = draftFromSettings(s);
    expect(planDriverDraft(s.plan, 'zh-CN')).toEqual({
      quarterMargins: ['27.3', '28', '30', '31'],
      newCustomers: '40',
      newCustomerRevenue: '1200万',
      headcount: '12',
      revenuePerHead: '1.5亿',
    });
    const r = settingsFromDraft(d, CTX);
    expect(r.ok && r.settings).toEqual(s);
  });

  it('clears a driver emptied in the form back to "not set"', () => {
    const s = ReviewSettingsSchema.parse({
      sheet: 'S',
      plan: { headcount: 12, quarterMargins: [0.3, 0.3, 0.3, 0.3] },
    });
    const r = settingsFromDraft(
      { ...draftFromSettings(s), headcount: ' ', quarterMargins: ['', '', '', ''] },
      CTX,
    );
    expect(r.ok && [r.settings.plan.headcount, r.settings.plan.quarterMargins]).toEqual([null, null]);
  });
});
