import { runReview } from '../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../core/settings/schema';

describe('sums: a cost or profit column without numbers', () => {
  const grid = [
    ['日期', '客户', '销售额', '成本', '毛利'],
    ['2025-01-05', '甲', 100, '', ''],
    ['2025-02-05', '乙', 200, '', ''],
  ];

  it('gives a margin of n/a, never 100%', () => {
    // the user maps the empty columns (detection would not): the sums still say nothing about margin
    const settings = ReviewSettingsSchema.parse({ mapping: { cost: '成本', grossProfit: '毛利' } });
    const r = runReview(grid, settings);
    if (!r.ok) throw new Error(r.message);
    expect(r.model.totals.grossProfit).toBeNull();
    expect(r.model.totals.grossMargin).toBeNull();
  });

  it('is not mapped by detection', () => {
    const r = runReview(grid, ReviewSettingsSchema.parse({}));
    if (!r.ok) throw new Error(r.message);
    expect(r.model.mapping.cost).toBeNull();
    expect(r.model.mapping.grossProfit).toBeNull();
  });
});
