import fc from 'fast-check';
import { evaluate } from '../../../core/functions/evaluate';
import { REGISTRY } from '../../../core/functions/registry';
import { isFnError } from '../../../core/functions/types';

describe('evaluate', () => {
  it('returns a scalar for scalar arguments', () => {
    expect(evaluate('ATTAINMENT', [1.37e8, 1.2e8])).toBeCloseTo(1.142, 3);
  });

  it('accepts SALES. and SALES_ prefixes in any case', () => {
    expect(evaluate('sales.attainment', [2, 1])).toBe(2);
    expect(evaluate('SALES_ATTAINMENT', [2, 1])).toBe(2);
  });

  it('returns a same-shaped array for ranges, with an error per bad element', () => {
    const out = evaluate('ATTAINMENT', [
      [[137], [90], [5]],
      [[120], [100], [0]],
    ]) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBeCloseTo(1.1417, 4);
    expect(out[1][0]).toBeCloseTo(0.9, 12);
    expect(out[2][0]).toEqual({ error: '#DIV/0!', message: 'target is 0: the ratio is undefined.' });
  });

  it('broadcasts a scalar against a range', () => {
    expect(evaluate('VARIANCE', [[[100, 120]], 90])).toEqual([[10, 30]]);
  });

  it('treats a 1×1 range as a 1×1 result', () => {
    expect(evaluate('VARIANCE', [[[100]], [[90]]])).toEqual([[10]]);
  });

  it('rejects ranges of incompatible shapes', () => {
    expect(
      evaluate('VARIANCE', [
        [[1], [2]],
        [[1], [2], [3]],
      ]),
    ).toEqual({
      error: '#VALUE!',
      message: 'The ranges do not have matching sizes (2×1, 3×1).',
    });
  });

  it('parses text amounts in number arguments', () => {
    expect(evaluate('VARIANCE', ['12.5万', '(1,000)'])).toBe(126_000);
  });

  it('gives #N/A for a blank element and #VALUE! for text that is not a number', () => {
    expect(
      evaluate('GROWTH', [
        [[null], ['abc']],
        [[1], [1]],
      ]),
    ).toEqual([
      [{ error: '#N/A', message: 'current is blank.' }],
      [{ error: '#VALUE!', message: 'current: "abc" is not a number.' }],
    ]);
    expect(evaluate('GROWTH', [[[null]], 1])).toEqual([[{ error: '#N/A', message: 'current is blank.' }]]);
  });

  it('leaves blank the rows every range is blank in (open-ended B2:B, C2:C past the data)', () => {
    // Sheets passes B2:B and C2:C down to the last row of the sheet: "" in every row past the data
    expect(
      evaluate('ATTAINMENT', [
        [[120], [90], [''], ['']],
        [[100], [100], [''], ['']],
      ]),
    ).toEqual([[1.2], [0.9], [''], ['']]);
    // a fixed target beside an open-ended range: still blank past the data
    expect(evaluate('ATTAINMENT', [[[120], [null]], 100])).toEqual([[1.2], ['']]);
    // one input present and the other blank is a missing value, not the end of the data
    expect(
      evaluate('ATTAINMENT', [
        [[120], ['']],
        [[100], [100]],
      ]),
    ).toEqual([[1.2], [{ error: '#N/A', message: 'actual is blank.' }]]);
  });

  it('fills omitted optionals (null, undefined, blank) with their defaults', () => {
    expect(evaluate('RUN_RATE', [300, 3])).toBe(1200);
    expect(evaluate('RUN_RATE', [300, 3, null])).toBe(1200);
    expect(evaluate('RUN_RATE', [300, 3, ''])).toBe(1200);
    expect(evaluate('RUN_RATE', [300, 3, 4])).toBe(400);
  });

  it('ignores trailing null padding but rejects real extra arguments', () => {
    expect(evaluate('HHI', [[[1]], null, undefined])).toBe(10_000);
    expect(evaluate('HHI', [[[1]], 5])).toEqual({
      error: '#VALUE!',
      message: 'HHI takes at most 1 arguments.',
    });
  });

  it('reports a missing required argument and an unknown function', () => {
    expect(evaluate('GROWTH', [1])).toEqual({ error: '#VALUE!', message: 'Argument prior is required.' });
    expect(evaluate('NOPE', [])).toEqual({ error: '#N/A', message: 'Unknown function NOPE.' });
  });

  it('writes messages in the requested language', () => {
    expect(evaluate('GROWTH', [1, 0], { lang: 'zh-CN' })).toEqual({
      error: '#DIV/0!',
      message: 'prior 为 0，比率无意义。',
    });
    expect(evaluate('GROWTH', [1, 0], { lang: 'zh-TW' })).toEqual({
      error: '#DIV/0!',
      message: 'prior 為 0，比率無意義。',
    });
  });

  it('rejects a range where a single value is expected', () => {
    expect(evaluate('SPLIT', [[[1, 2]], [[1, 1]]])).toEqual({
      error: '#VALUE!',
      message: 'total must be a single value, not a range.',
    });
  });

  it('does not mutate its arguments', () => {
    const a = [[1], [2]];
    const b = [[1], [1]];
    evaluate('SHARE', [a]);
    evaluate('CONTRIBUTION', [a, b]);
    evaluate('SPLIT', [10, a]);
    expect(a).toEqual([[1], [2]]);
    expect(b).toEqual([[1], [1]]);
  });

  it('turns a result too large for a cell into #NUM!, never Infinity', () => {
    expect(evaluate('PARSE_AMOUNT', [-1.2e171, 1.6e137])).toEqual({
      error: '#NUM!',
      message: 'The result is too large for a cell.',
    });
    expect(evaluate('PARSE_AMOUNT', [[[1e300], [2]], 1e10])).toEqual([
      [{ error: '#NUM!', message: 'The result is too large for a cell.' }],
      [20000000000],
    ]);
    expect(evaluate('PARSE_AMOUNT', ['1e999'])).toMatchObject({ error: '#NUM!' });
    expect(evaluate('PARSE_AMOUNT', ['abc'])).toMatchObject({ error: '#VALUE!' });
    expect(evaluate('ATTAINMENT', [3, 2])).toBe(1.5);
  });
  it('never throws and always returns values or error values on any input (property)', () => {
    const cell = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.constant(null),
      fc.boolean(),
      fc.constantFrom('12.5万', '2025Q1', '', 'zh-TW'),
    );
    const arg = fc.oneof(
      cell,
      fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...REGISTRY.map((d) => d.name)),
        fc.array(arg, { maxLength: 6 }),
        (name, args) => {
          const out = evaluate(name, args);
          const values = Array.isArray(out) ? out.flat() : [out];
          for (const v of values) {
            const ok =
              isFnError(v) ||
              typeof v === 'string' ||
              typeof v === 'boolean' ||
              (typeof v === 'number' && Number.isFinite(v));
            expect(ok).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
