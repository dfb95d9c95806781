import { fromUnits, toUnits } from '../../../core/plan/units';

describe('units', () => {
  it('splits a total into whole units and a residue', () => {
    expect(toUnits(125_000, 10_000)).toEqual({ sign: 1, count: 12, residue: 5000 });
    expect(toUnits(-30_000, 10_000)).toEqual({ sign: -1, count: 3, residue: 0 });
  });

  it('tolerates float noise on decimal units', () => {
    expect(toUnits(0.3, 0.1)).toEqual({ sign: 1, count: 3, residue: 0 });
  });

  it('keeps decimal results clean', () => {
    expect(fromUnits(3, 0.1)).toBe(0.3);
    expect(fromUnits(3334, 0.01)).toBe(33.34);
    expect(fromUnits(12, 10_000)).toBe(120_000);
  });
});
