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
