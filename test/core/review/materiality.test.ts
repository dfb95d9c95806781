import fc from 'fast-check';
import { isMaterial, materialityOf } from '../../../core/review/materiality';
import { defaultSettings } from '../../../core/settings';

const DEFAULT = { ofBusiness: 0.01, ofSegment: 0.05 };

describe('materiality', () => {
  it('reads its thresholds from the settings: 1% of the business, 5% of the segment by default', () => {
    expect(materialityOf(defaultSettings().thresholds)).toEqual(DEFAULT);
  });

  it('holds a move to both bases (DOMAIN §6: "Central fell 0.2%, from 147.3K to 147.0K" is noise)', () => {
    expect(isMaterial(-291, 147_312, 733_000, DEFAULT)).toBe(false);
    // 2.7% of the segment, 0.5% of the business
    expect(isMaterial(-4_000, 147_312, 733_000, DEFAULT)).toBe(false);
    // 4% of the segment, 1.4% of the business
    expect(isMaterial(-10_000, 250_000, 733_000, DEFAULT)).toBe(false);
    // 10% of the segment, 2% of the business
    expect(isMaterial(-14_731, 147_312, 733_000, DEFAULT)).toBe(true);
  });

  it('lets an unknown or non-positive base not decide, and never calls no move material', () => {
    expect(isMaterial(50_000, null, 733_000, DEFAULT)).toBe(true);
    expect(isMaterial(50_000, 0, null, DEFAULT)).toBe(true);
    expect(isMaterial(0, null, null, { ofBusiness: 0, ofSegment: 0 })).toBe(false);
  });

  it('is blind to the sign of a move and grows with its size (fast-check)', () => {
    const base = fc.option(fc.double({ min: -1e9, max: 1e12, noNaN: true }), { nil: null });
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        base,
        base,
        share,
        share,
        (move, k, own, business, ofBusiness, ofSegment) => {
          const m = { ofBusiness, ofSegment };
          expect(isMaterial(-move, own, business, m)).toBe(isMaterial(move, own, business, m));
          if (isMaterial(move, own, business, m)) expect(isMaterial(move * k, own, business, m)).toBe(true);
        },
      ),
    );
  });
});
