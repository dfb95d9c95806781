import fc from 'fast-check';
import {
  attainment,
  cagr,
  forecastAccuracy,
  grossMargin,
  growth,
  perHead,
  ppChange,
  priorFromGrowth,
  runRate,
  share,
  variance,
  variancePct,
  weightedMargin,
} from '../../../core/metrics/ratios';

const round = (x: number | null, d: number) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

describe('attainment', () => {
  it('new signings 1.37亿 vs 1.2亿 → 114.2%', () => {
    expect(round(attainment(1.37e8, 1.2e8), 3)).toBe(1.142);
  });
  it('13.6亿 against base 12亿 is 113.3% and against stretch 14亿 is 97.1%', () => {
    expect(round(attainment(13.6e8, 12e8), 3)).toBe(1.133);
    expect(round(attainment(13.6e8, 14e8), 3)).toBe(0.971);
  });
  it('against original 3.6亿 and revised 2.8亿 targets', () => {
    expect(round(attainment(3e8, 3.6e8), 4)).toBe(0.8333);
    expect(round(attainment(3e8, 2.8e8), 4)).toBe(1.0714);
  });
  it('is null for a zero, negative or non-finite target', () => {
    expect(attainment(5, 0)).toBeNull();
    expect(attainment(5, -10)).toBeNull();
    expect(attainment(NaN, 10)).toBeNull();
    expect(attainment(5, Infinity)).toBeNull();
  });
});

describe('variance and variance %', () => {
  it('variance is actual minus reference', () => {
    expect(variance(13.6e8, 12e8)).toBe(1.6e8);
    expect(variance(10, 12)).toBe(-2);
  });
  it('variance % divides by the absolute reference', () => {
    expect(variancePct(110, 100)).toBeCloseTo(0.1, 12);
    expect(variancePct(-50, -100)).toBeCloseTo(0.5, 12);
  });
  it('is null for a zero reference or non-finite input', () => {
    expect(variancePct(1, 0)).toBeNull();
    expect(variance(NaN, 1)).toBeNull();
    expect(variance(1, -Infinity)).toBeNull();
  });
});

describe('growth', () => {
  it('A 7.5亿 vs 6.6亿 is +13.6%', () => {
    expect(round(growth(7.5e8, 6.6e8), 3)).toBe(0.136);
  });
  it('plan 50亿 vs 38.6亿 is +29.5%', () => {
    expect(round(growth(50e8, 38.6e8), 3)).toBe(0.295);
  });
  it('revenue 38.6亿 at +13.4% implies prior 34.04亿', () => {
    expect(round(priorFromGrowth(38.6e8, 0.134)! / 1e8, 2)).toBe(34.04);
    expect(round(growth(38.6e8, priorFromGrowth(38.6e8, 0.134)!), 6)).toBe(0.134);
  });
  it('is null from a zero or negative prior', () => {
    expect(growth(5, 0)).toBeNull();
    expect(growth(5, -3)).toBeNull();
    expect(priorFromGrowth(5, -1)).toBeNull();
  });
});

describe('ppChange', () => {
  it('gross margin 22.4% → 26.1% is +3.7 pp, a difference', () => {
    expect(round(ppChange(0.261, 0.224), 6)).toBe(0.037);
  });
  it('is never the ratio of rates', () => {
    expect(ppChange(0.261, 0.224)).not.toBeCloseTo(0.261 / 0.224 - 1, 3);
  });
  it('is null for non-finite rates', () => {
    expect(ppChange(NaN, 0.2)).toBeNull();
  });
});

describe('share, perHead, grossMargin', () => {
  it('TOP100 customers 22.4亿 of 38.6亿 = 58.0%', () => {
    expect(round(share(22.4e8, 38.6e8), 3)).toBe(0.58);
  });
  it('38.6亿 / 268 people ≈ 1,440万 per head', () => {
    expect(round(perHead(38.6e8, 268)! / 1e4, 0)).toBe(1440);
  });
  it('channel productivity 107万 per partner vs 468万 per direct rep', () => {
    expect(perHead(107e4 * 30, 30)).toBe(107e4);
    expect(perHead(468e4 * 12, 12)).toBe(468e4);
    expect(round(perHead(468e4 * 12, 12)! / perHead(107e4 * 30, 30)!, 2)).toBe(4.37);
  });
  it('is null for zero totals or headcounts', () => {
    expect(share(1, 0)).toBeNull();
    expect(perHead(1, 0)).toBeNull();
    expect(perHead(1, -2)).toBeNull();
    expect(grossMargin(1, 0)).toBeNull();
  });
  it('gross margin is gross profit over revenue', () => {
    expect(grossMargin(26.1, 100)).toBeCloseTo(0.261, 12);
  });
});

describe('weightedMargin', () => {
  const revenues = [3800, 4200, 4500, 5500];
  const rates = [0.27, 0.28, 0.3, 0.31];
  const gps = revenues.map((r, i) => r * rates[i]);
  it('quarterly plan 3,800/4,200/4,500/5,500万 at 27/28/30/31% → 29.2%', () => {
    expect(round(weightedMargin(gps, revenues), 3)).toBe(0.292);
  });
  it('differs from the mean of rates (29.0%)', () => {
    const mean = rates.reduce((a, b) => a + b) / 4;
    expect(round(mean, 3)).toBe(0.29);
    expect(round(weightedMargin(gps, revenues), 3)).not.toBe(round(mean, 3));
  });
  it('is null for mismatched, empty, zero-revenue or non-finite input', () => {
    expect(weightedMargin([1], [1, 2])).toBeNull();
    expect(weightedMargin([], [])).toBeNull();
    expect(weightedMargin([1, -1], [5, -5])).toBeNull();
    expect(weightedMargin([NaN], [5])).toBeNull();
  });
  it('does not mutate its input', () => {
    const g = [...gps];
    const r = [...revenues];
    weightedMargin(g, r);
    expect(g).toEqual(gps);
    expect(r).toEqual(revenues);
  });
});

describe('cagr, runRate, forecastAccuracy', () => {
  it('cagr over two years', () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 12);
  });
  it('cagr is null for a non-positive start, negative end or years ≤ 0', () => {
    expect(cagr(0, 10, 2)).toBeNull();
    expect(cagr(10, -1, 2)).toBeNull();
    expect(cagr(10, 20, 0)).toBeNull();
  });
  it('run rate annualizes year-to-date', () => {
    expect(runRate(300, 3)).toBe(1200);
    expect(runRate(300, 1, 4)).toBe(1200);
    expect(runRate(300, 0)).toBeNull();
  });
  it('forecast accuracy: a ±18% error is 82%, ±7% is 93%', () => {
    expect(forecastAccuracy(118, 100)).toBeCloseTo(0.82, 12);
    expect(forecastAccuracy(93, 100)).toBeCloseTo(0.93, 12);
    expect(forecastAccuracy(5, 0)).toBeNull();
  });
});

describe('properties', () => {
  const num = fc.double({ noNaN: false });
  it('no ratio ever returns NaN or Infinity, nor throws', () => {
    const fns = [
      attainment,
      variance,
      variancePct,
      growth,
      ppChange,
      share,
      perHead,
      grossMargin,
      forecastAccuracy,
    ];
    fc.assert(
      fc.property(num, num, (a, b) => {
        for (const f of fns) {
          const r = f(a, b);
          expect(r === null || Number.isFinite(r)).toBe(true);
        }
        const c = cagr(a, b, 3);
        expect(c === null || Number.isFinite(c)).toBe(true);
        const rr = runRate(a, b);
        expect(rr === null || Number.isFinite(rr)).toBe(true);
      }),
    );
  });
  it('growth and priorFromGrowth round-trip', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: -0.9, max: 5, noNaN: true }),
        (cur, g) => {
          const prior = priorFromGrowth(cur, g)!;
          expect(growth(cur, prior)!).toBeCloseTo(g, 9);
        },
      ),
    );
  });
});
