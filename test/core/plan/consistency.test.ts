import { consistencyChecks } from '../../../core/plan/consistency';

const WAN = 1e4;

describe('consistencyChecks', () => {
  const parts = [3800 * WAN, 4200 * WAN, 4500 * WAN, 5500 * WAN];

  it('finds a quarterly plan of 18,000万 against an annual 17,500万: +2.9%', () => {
    const [sum] = consistencyChecks({ annual: 17500 * WAN, parts });
    expect(sum.code).toBe('PLAN_PARTS_VS_ANNUAL');
    expect(sum.ok).toBe(false);
    expect(sum.values.sum).toBe(18000 * WAN);
    expect(sum.values.diff).toBe(500 * WAN);
    expect(Math.round((sum.values.diffPct as number) * 1000) / 10).toBe(2.9);
  });

  it('passes parts that add up to the annual', () => {
    expect(consistencyChecks({ annual: 18000 * WAN, parts })[0].ok).toBe(true);
  });

  it('finds a weighted margin of 29.2% below a 30% margin target', () => {
    const checks = consistencyChecks({
      annual: 18000 * WAN,
      parts,
      marginTarget: 0.3,
      quarterMargins: [0.27, 0.28, 0.3, 0.31],
    });
    const m = checks.find((c) => c.code === 'PLAN_MARGIN_VS_TARGET');
    expect(m?.ok).toBe(false);
    expect(m?.values.weightedMargin).toBeCloseTo(0.2921, 4);
    expect(m?.values.gapPp).toBeCloseTo(-0.0079, 4);
  });

  it('passes a weighted margin at or above the target', () => {
    const checks = consistencyChecks({ annual: 1, parts: [1], marginTarget: 0.29, quarterMargins: [0.29] });
    expect(checks.find((c) => c.code === 'PLAN_MARGIN_VS_TARGET')?.ok).toBe(true);
  });

  it('flags negative parts and margins that do not match the parts', () => {
    const checks = consistencyChecks({ annual: 0, parts: [5, -5], quarterMargins: [0.3] });
    expect(checks.find((c) => c.code === 'PLAN_NEGATIVE_PART')).toEqual({
      code: 'PLAN_NEGATIVE_PART',
      ok: false,
      values: { index: 1, value: -5 },
    });
    expect(checks.find((c) => c.code === 'PLAN_MARGINS_LENGTH')?.ok).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = { annual: 10, parts: [4, 6], quarterMargins: [0.2, 0.3], marginTarget: 0.25 };
    const copy = JSON.parse(JSON.stringify(input));
    consistencyChecks(input);
    expect(input).toEqual(copy);
  });
});
