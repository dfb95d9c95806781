import { defaultSettings, ReviewSettingsSchema, type ReviewSettings } from '../../../core/settings/schema';
import {
  draftFromSettings,
  formatTypedAmount,
  parseCustomWeights,
  parseGrowth,
  parseTypedAmount,
  reachableStep,
  restoreSettings,
  sectionRunnable,
  settingsFromDraft,
  validateStep,
  type Draft,
  type StepContext,
} from '../../../core/taskpane/wizard-state';

const CTX: StepContext = {
  amountHeader: '销售额(元)',
  effectiveMapping: { date: '订单日期', amount: '销售额(元)', customer: '客户名称' },
  blocking: null,
};

function draft(patch: Partial<Draft> = {}): Draft {
  return { ...draftFromSettings(defaultSettings()), sheet: '销售明细', ...patch };
}

function roundTrip(s: ReviewSettings): ReviewSettings {
  const r = settingsFromDraft(draftFromSettings(s), CTX);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.settings;
}

describe('settings round trip through the draft', () => {
  it('gives back the defaults (with a sheet) unchanged', () => {
    const s = ReviewSettingsSchema.parse({ sheet: '销售明细' });
    expect(roundTrip(s)).toEqual(s);
  });

  it('keeps a fully customised settings object unchanged', () => {
    const s = ReviewSettingsSchema.parse({
      sheet: 'Orders',
      year: 2025,
      fiscalStartMonth: 4,
      mapping: { amount: 'Net sales', channel: null },
      units: { amount: '万', stretchTarget: 'M' },
      targets: { kind: 'typed', base: 1.2e9, stretch: 1.32e9, revised: 1.1e9 },
      dimensions: ['region', 'Industry'],
      displayUnit: '亿',
      language: 'zh-TW',
      sections: ['overview', 'plan'],
      comparePriorYear: false,
      topN: 20,
      thresholds: { green: 1.02 },
      plan: { growth: 0.07, quarterWeights: [4, 3, 2, 1], roundTo: 1e6, marginTarget: 0.3 },
      rates: { USD: 7.2 },
    });
    expect(roundTrip(s)).toEqual(s);
  });

  it('carries unit choices into the draft and a changed choice back into the settings', () => {
    const s = ReviewSettingsSchema.parse({ sheet: 'S', units: { amount: 'K' } });
    const d = draftFromSettings(s);
    expect(d.units).toEqual({ amount: 'K' });
    const r = settingsFromDraft({ ...d, units: { cost: '亿' } }, CTX);
    expect(r.ok && r.settings.units).toEqual({ cost: '亿' });
    expect(s.units).toEqual({ amount: 'K' });
  });

  it('keeps a target sheet, equal weights and 3:3:2:2', () => {
    const a = ReviewSettingsSchema.parse({
      sheet: 'S',
      targets: { kind: 'sheet', sheet: '目标' },
      plan: { quarterWeights: 'equal' },
    });
    const b = ReviewSettingsSchema.parse({
      sheet: 'S',
      targets: { kind: 'none' },
      plan: { quarterWeights: [3, 3, 2, 2] },
    });
    expect(roundTrip(a)).toEqual(a);
    expect(roundTrip(b)).toEqual(b);
    expect(draftFromSettings(b).weights).toBe('3322');
  });

  it('validates its result with the zod schema', () => {
    const r = settingsFromDraft(draft({ weights: 'custom', customWeights: '1:1:1:1' }), CTX);
    expect(r.ok && ReviewSettingsSchema.safeParse(r.settings).success).toBe(true);
  });

  it('does not mutate the settings it starts from', () => {
    const s = ReviewSettingsSchema.parse({ sheet: 'S', sections: ['overview'] });
    const copy = structuredClone(s);
    const d = draftFromSettings(s);
    d.sections.push('plan');
    d.mapping.amount = 'x';
    settingsFromDraft({ ...d, growth: '20' }, CTX);
    expect(s).toEqual(copy);
  });
});

describe('typed targets', () => {
  it.each([
    ['12亿', 1.2e9],
    ['1.2e9', 1.2e9],
    ['1,200,000,000', 1.2e9],
    ['1.2B', 1.2e9],
    ['３６００万', 3.6e7],
    [' 980000 ', 980000],
  ])('reads %s as %d', (text, value) => {
    expect(parseTypedAmount(text)).toBe(value);
  });

  it.each(['', 'abc', '-5', '0', '12亿元吧'])('rejects %p', (text) => {
    expect(parseTypedAmount(text)).toBeNull();
  });

  it('writes amounts back in a unit that reads to the same number', () => {
    expect(formatTypedAmount(1.2e9, 'zh-CN')).toBe('12亿');
    expect(formatTypedAmount(1.2e9, 'en')).toBe('1.2B');
    expect(formatTypedAmount(3.6e7, 'zh-TW')).toBe('3600萬');
    expect(formatTypedAmount(1234567.89, 'en')).toBe('1.23456789M');
    for (const v of [1, 999.5, 123456789.123, 7.7e8]) {
      for (const lang of ['en', 'zh-CN', 'zh-TW'] as const)
        expect(parseTypedAmount(formatTypedAmount(v, lang))).toBe(v);
    }
  });

  it('turns a typed base and stretch into a typed target source', () => {
    const r = settingsFromDraft(
      draft({ targetKind: 'typed', targetBase: '12亿', targetStretch: '1.32e9' }),
      CTX,
    );
    expect(r.ok && r.settings.targets).toEqual({
      kind: 'typed',
      base: 1.2e9,
      stretch: 1.32e9,
      revised: null,
    });
  });

  it('requires the base, rejects text that is not an amount and a stretch below the base', () => {
    const codes = (p: Partial<Draft>) =>
      validateStep('period', draft({ targetKind: 'typed', ...p }), CTX).map((e) => e.code);
    expect(codes({ targetBase: '' })).toEqual(['WIZ_ERR_TARGET_REQUIRED']);
    expect(codes({ targetBase: 'lots' })).toEqual(['WIZ_ERR_AMOUNT']);
    expect(codes({ targetBase: '12亿', targetStretch: '10亿' })).toEqual(['WIZ_ERR_STRETCH_BELOW']);
    expect(codes({ targetBase: '12亿', targetStretch: '' })).toEqual([]);
  });
});

describe('custom quarter weights', () => {
  it.each([
    ['4:3:2:1', [4, 3, 2, 1]],
    ['4,3,2,1', [4, 3, 2, 1]],
    ['40% 30% 20% 10%', [40, 30, 20, 10]],
    ['4：3：2：1', [4, 3, 2, 1]],
    ['0.3 / 0.3 / 0.2 / 0.2', [0.3, 0.3, 0.2, 0.2]],
    ['0:0:0:1', [0, 0, 0, 1]],
  ])('reads %s', (text, weights) => {
    expect(parseCustomWeights(text)).toEqual(weights);
  });

  it.each(['4:3:2', '4:3:2:1:1', '4:-3:2:1', '0:0:0:0', 'a:b:c:d', ''])('rejects %p', (text) => {
    expect(parseCustomWeights(text)).toBeNull();
  });

  it('blocks the sections step on invalid custom weights only when custom is chosen', () => {
    expect(validateStep('sections', draft({ weights: 'custom', customWeights: '1:2' }), CTX)[0].code).toBe(
      'WIZ_ERR_WEIGHTS',
    );
    expect(validateStep('sections', draft({ weights: 'equal', customWeights: '1:2' }), CTX)).toEqual([]);
  });

  it('saves custom weights as a tuple', () => {
    const r = settingsFromDraft(draft({ weights: 'custom', customWeights: '4:3:2:1' }), CTX);
    expect(r.ok && r.settings.plan.quarterWeights).toEqual([4, 3, 2, 1]);
  });
});

describe('step validation', () => {
  it('requires a sheet on the data step', () => {
    expect(validateStep('data', draft({ sheet: null }), CTX).map((e) => e.code)).toEqual([
      'WIZ_ERR_SHEET_REQUIRED',
    ]);
    expect(validateStep('data', draft(), CTX)).toEqual([]);
  });

  it('requires an amount column on the columns step', () => {
    const ctx = { ...CTX, amountHeader: null, effectiveMapping: {} };
    expect(validateStep('columns', draft(), ctx).map((e) => e.code)).toEqual(['NO_AMOUNT_COLUMN']);
  });

  it('shows the ingest failure (with its localized text) instead of a generic one', () => {
    const ctx: StepContext = { ...CTX, blocking: { code: 'NO_DATE_COLUMN', message: 'No date column…' } };
    expect(validateStep('columns', draft(), ctx)).toEqual([
      { field: 'mapping', code: 'NO_DATE_COLUMN', text: 'No date column…' },
    ]);
  });

  it('rejects one column used for two roles', () => {
    const ctx = { ...CTX, effectiveMapping: { amount: 'X', cost: 'X' } };
    expect(validateStep('columns', draft(), ctx)[0]).toMatchObject({
      code: 'WIZ_ERR_SAME_COLUMN',
      params: { header: 'X' },
    });
  });

  it('checks the year and the target sheet on the period step', () => {
    expect(validateStep('period', draft({ year: '20x5' }), CTX)[0].code).toBe('WIZ_ERR_YEAR');
    expect(validateStep('period', draft({ year: '2025' }), CTX)).toEqual([]);
    expect(validateStep('period', draft({ targetKind: 'sheet', targetSheet: '' }), CTX)[0].code).toBe(
      'WIZ_ERR_TARGET_SHEET',
    );
    expect(validateStep('period', draft({ targetKind: 'sheet', targetSheet: '销售明细' }), CTX)[0].code).toBe(
      'WIZ_ERR_TARGET_SHEET_SAME',
    );
  });

  it('needs a section and a growth above -100% on the sections step', () => {
    const codes = validateStep('sections', draft({ sections: [], growth: '-100' }), CTX).map((e) => e.code);
    expect(codes).toEqual(['WIZ_ERR_SECTIONS', 'WIZ_ERR_GROWTH']);
  });

  it('stops a jump ahead at the first step with problems', () => {
    expect(reachableStep('generate', draft({ targetKind: 'typed', targetBase: '' }), CTX)).toBe('period');
    expect(reachableStep('generate', draft(), CTX)).toBe('generate');
    expect(reachableStep('columns', draft({ sheet: null }), CTX)).toBe('data');
  });

  it('reports every step when generating, and settingsFromDraft refuses', () => {
    const d = draft({ sheet: null, sections: [] });
    expect(validateStep('generate', d, CTX).map((e) => e.field)).toEqual(['sheet', 'sections']);
    const r = settingsFromDraft(d, CTX);
    expect(r.ok).toBe(false);
  });
});

describe('growth text', () => {
  it('reads percentages', () => {
    expect(parseGrowth('15')).toBe(0.15);
    expect(parseGrowth('-5%')).toBe(-0.05);
    expect(parseGrowth('7.5')).toBe(0.075);
    expect(parseGrowth('−5')).toBe(-0.05);
  });

  it('rejects text and -100% or less', () => {
    expect(parseGrowth('abc')).toBeNull();
    expect(parseGrowth('-100')).toBeNull();
    expect(parseGrowth('')).toBeNull();
  });

  it('shows a saved growth without float noise', () => {
    expect(draftFromSettings(ReviewSettingsSchema.parse({ plan: { growth: 0.07 } })).growth).toBe('7');
  });
});

describe('restoreSettings', () => {
  it('uses defaults in the UI language when nothing is saved', () => {
    const r = restoreSettings(null, 'en');
    expect(r.kind).toBe('none');
    expect(r.settings.language).toBe('en');
  });

  it('restores valid saved settings', () => {
    const saved = { sheet: 'Orders', year: 2024, language: 'zh-TW' };
    const r = restoreSettings(saved, 'en');
    expect(r.kind).toBe('restored');
    expect(r.settings).toMatchObject(saved);
  });

  it('falls back to defaults (and says so) on invalid saved settings', () => {
    for (const raw of [{ fiscalStartMonth: 13 }, 'not json', 42, { version: 2 }]) {
      const r = restoreSettings(raw, 'zh-CN');
      expect(r.kind).toBe('invalid');
      expect(r.settings).toEqual(ReviewSettingsSchema.parse({ language: 'zh-CN' }));
    }
  });
});

describe('sectionRunnable', () => {
  it('keeps the customer sections off without a customer column, every other section on', () => {
    expect(sectionRunnable('customers', false)).toBe(false);
    expect(sectionRunnable('customers', true)).toBe(true);
    expect(sectionRunnable('overview', false)).toBe(true);
  });
});
