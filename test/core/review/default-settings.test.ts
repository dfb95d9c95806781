import { plainDefaultSettings } from '../../../core/review';
import { ReviewSettingsSchema } from '../../../core/settings';

describe('plainDefaultSettings', () => {
  it("is exactly the schema's defaults (change both together)", () => {
    expect(plainDefaultSettings()).toEqual(ReviewSettingsSchema.parse({}));
  });

  it('passes the schema unchanged', () => {
    expect(ReviewSettingsSchema.parse(plainDefaultSettings())).toEqual(plainDefaultSettings());
  });

  it('gives a fresh object each call (callers may change theirs)', () => {
    const a = plainDefaultSettings();
    a.thresholds.tiers.pop();
    expect(plainDefaultSettings().thresholds.tiers).toHaveLength(4);
  });
});
