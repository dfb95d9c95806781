/** core/settings/schema.ts: the per-role unit choices, and settings saved before they existed. */
import { ReviewSettingsSchema, defaultSettings } from '../../../core/settings/schema';

describe('ReviewSettingsSchema units', () => {
  it('defaults to no unit choice (each header says its unit)', () => {
    expect(defaultSettings().units).toEqual({});
  });

  it('still parses settings saved before units existed, unchanged otherwise', () => {
    const saved = {
      version: 1,
      sheet: '销售明细',
      year: 2025,
      mapping: { amount: '销售额', channel: null },
      targets: { kind: 'sheet', sheet: '目标' },
      language: 'zh-TW',
      plan: { growth: 0.2, quarterWeights: [3, 3, 2, 2] },
    };
    const r = ReviewSettingsSchema.safeParse(saved);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.units).toEqual({});
    expect(r.data).toMatchObject({
      sheet: '销售明细',
      year: 2025,
      mapping: saved.mapping,
      language: 'zh-TW',
    });
  });

  it('accepts every unit for every money role', () => {
    const units = { amount: '万', cost: '亿', grossProfit: '千', target: 'K', stretchTarget: 'M' } as const;
    expect(ReviewSettingsSchema.parse({ units }).units).toEqual(units);
    expect(ReviewSettingsSchema.parse({ units: { amount: '元' } }).units).toEqual({ amount: '元' });
  });

  it.each([
    [{ amount: '万元' }],
    [{ amount: 'k' }],
    [{ quantity: '万' }],
    [{ customer: 'K' }],
    [{ amount: 10000 }],
  ])('rejects %j', (units) => {
    expect(ReviewSettingsSchema.safeParse({ units }).success).toBe(false);
  });
});

describe('ReviewSettingsSchema lastRun', () => {
  const lastRun = {
    at: '2025-03-01T06:05:00.000Z',
    headline: 'FY2025 revenue was 103.2% of the 36.00M base target.',
    rowsUsed: 18900,
    rowsSkipped: 26,
    tabs: ['销售复盘-总览', '销售复盘-数据质量'],
    lang: 'en',
  } as const;

  it('is null by default and in settings saved before it existed', () => {
    expect(defaultSettings().lastRun).toBeNull();
    const old = { version: 1, sheet: '销售明细', language: 'zh-CN', plan: { growth: 0.2 } };
    const r = ReviewSettingsSchema.safeParse(old);
    expect(r.success).toBe(true);
    expect(r.success && r.data.lastRun).toBeNull();
    expect(r.success && r.data).toMatchObject(old);
  });

  it('round-trips through JSON (how every host stores settings) unchanged', () => {
    const s = ReviewSettingsSchema.parse({ sheet: '销售明细', lastRun });
    expect(s.lastRun).toEqual(lastRun);
    const back = ReviewSettingsSchema.parse(JSON.parse(JSON.stringify(s)));
    expect(back).toEqual(s);
    expect(ReviewSettingsSchema.parse({ lastRun: null }).lastRun).toBeNull();
  });

  it('accepts a run without a headline', () => {
    expect(
      ReviewSettingsSchema.parse({ lastRun: { ...lastRun, headline: null } }).lastRun?.headline,
    ).toBeNull();
  });

  it.each([
    [{ ...lastRun, at: new Date('2025-03-01T06:05:00Z') }],
    [{ ...lastRun, rowsUsed: -1 }],
    [{ ...lastRun, rowsSkipped: 1.5 }],
    [{ ...lastRun, lang: 'fr' }],
    [{ ...lastRun, tabs: [1] }],
  ])('rejects a last run that is not plain, valid data: %j', (bad) => {
    expect(ReviewSettingsSchema.safeParse({ lastRun: bad }).success).toBe(false);
  });
});
