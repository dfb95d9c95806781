import { evaluate } from '../../../core/functions/evaluate';

describe('customer functions', () => {
  it('REPURCHASE_RATE counts distinct prior customers who bought again', () => {
    expect(
      evaluate('REPURCHASE_RATE', [
        [['A'], ['B'], ['C'], ['A'], [null]],
        [['A'], ['C'], ['D']],
      ]),
    ).toBeCloseTo(2 / 3, 12);
  });

  it('REPURCHASE_RATE compares ids as trimmed text', () => {
    expect(
      evaluate('REPURCHASE_RATE', [
        [[1001], [' 1002 ']],
        [['1001'], ['1002']],
      ]),
    ).toBe(1);
  });

  it('REPURCHASE_RATE with no prior customers is #DIV/0!', () => {
    expect(evaluate('REPURCHASE_RATE', [[[null]], [['A']]])).toMatchObject({ error: '#DIV/0!' });
  });

  it('NEW_CUSTOMERS counts distinct customers never seen before', () => {
    expect(
      evaluate('NEW_CUSTOMERS', [
        [['A'], ['B']],
        [['A'], ['C'], ['D'], ['D'], ['']],
      ]),
    ).toBe(2);
  });
});
