import {
  deadline,
  estimateReviewMs,
  fitsOneRun,
  EXECUTION_LIMIT_MS,
  SAFETY_MARGIN_MS,
  MAX_CELLS,
  OutOfTime,
} from '../../../sheets-addon/server/guard';

describe('estimateReviewMs', () => {
  it('grows with cells and rows', () => {
    expect(estimateReviewMs(100_000, 10)).toBeGreaterThan(estimateReviewMs(10_000, 10));
    expect(estimateReviewMs(10_000, 20)).toBeGreaterThan(estimateReviewMs(10_000, 10));
  });
});

describe('fitsOneRun', () => {
  const budget = EXECUTION_LIMIT_MS - SAFETY_MARGIN_MS;
  it('admits a typical sheet', () => {
    expect(fitsOneRun(100_000, 12, budget)).toBe(true);
  });
  it('refuses more cells than one execution can hold', () => {
    expect(fitsOneRun(MAX_CELLS / 10 + 1, 10, budget)).toBe(false);
  });
  it('refuses when the time left is less than the estimate', () => {
    expect(fitsOneRun(100_000, 12, estimateReviewMs(100_000, 12) - 1)).toBe(false);
  });
});

describe('deadline', () => {
  it('counts down from the start of the execution, keeping the margin', () => {
    let now = 1000;
    const d = deadline(1000, () => now);
    expect(d.remaining()).toBe(EXECUTION_LIMIT_MS - SAFETY_MARGIN_MS);
    now += 100_000;
    expect(d.remaining()).toBe(EXECUTION_LIMIT_MS - SAFETY_MARGIN_MS - 100_000);
  });
  it('throws OutOfTime when not enough time is left', () => {
    let now = 0;
    const d = deadline(0, () => now);
    expect(() => d.ensure(10_000)).not.toThrow();
    now = EXECUTION_LIMIT_MS - SAFETY_MARGIN_MS - 5_000;
    expect(() => d.ensure(10_000)).toThrow(OutOfTime);
  });
});
