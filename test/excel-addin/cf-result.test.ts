/**
 * callRegistry maps core results to Excel. Here evaluate is replaced by a table of known results so
 * each mapping rule is tested on its own; cf-result.registry.test.ts runs the real registry.
 */

class FakeCfError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}
Object.assign(globalThis, {
  CustomFunctions: {
    Error: FakeCfError,
    ErrorCode: {
      divisionByZero: '#DIV/0!',
      invalidValue: '#VALUE!',
      invalidNumber: '#NUM!',
      notAvailable: '#N/A',
    },
  },
});

const calls: { name: string; args: unknown[] }[] = [];
const results: Record<string, unknown> = {
  SCALAR: 1.2,
  TEXT: 'ok',
  NOTHING: null,
  DIV0: { error: '#DIV/0!', message: 'Target is zero' },
  NA: { error: '#N/A', message: 'No prior year' },
  NUM: { error: '#NUM!', message: 'Bad rate' },
  VALUE: { error: '#VALUE!', message: 'Not a number' },
  INF: Infinity,
  SPILL: [
    [1, 2],
    [3, { error: '#DIV/0!', message: 'zero' }],
  ],
  RAGGED: [[1, 2], [3]],
  COLUMN: [10, 20, 30],
  EMPTY: [],
};
jest.mock('../../core/functions', () => ({
  ...jest.requireActual('../../core/functions'),
  evaluate: (name: string, args: unknown[]) => {
    calls.push({ name, args });
    return results[name];
  },
}));

import { callRegistry } from '../../excel-addin/cf-result';

describe('callRegistry', () => {
  test('passes a scalar through', () => {
    expect(callRegistry('SCALAR', [120, 100])).toBe(1.2);
    expect(callRegistry('TEXT', [])).toBe('ok');
  });

  test('a null result is an empty cell', () => {
    expect(callRegistry('NOTHING', [])).toBe('');
  });

  test.each([
    ['DIV0', '#DIV/0!', undefined],
    ['NA', '#N/A', 'No prior year'],
    ['NUM', '#NUM!', undefined],
    ['VALUE', '#VALUE!', 'Not a number'],
  ])(
    'a scalar %s error throws CustomFunctions.Error with its code (and message where Excel allows one)',
    (name, code, message) => {
      let thrown: unknown;
      try {
        callRegistry(name, []);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(FakeCfError);
      expect(thrown).toEqual(new FakeCfError(code, message));
    },
  );

  test('a non-finite number is #NUM!', () => {
    expect(() => callRegistry('INF', [])).toThrow(FakeCfError);
  });

  test('arrays spill, with errors as elements', () => {
    expect(callRegistry('SPILL', [])).toEqual([
      [1, 2],
      [3, new FakeCfError('#DIV/0!')],
    ]);
  });

  test('ragged results are padded to a rectangle; 1-D results spill down', () => {
    expect(callRegistry('RAGGED', [])).toEqual([
      [1, 2],
      [3, ''],
    ]);
    expect(callRegistry('COLUMN', [])).toEqual([[10], [20], [30]]);
    expect(callRegistry('EMPTY', [])).toEqual([['']]);
  });

  test('missing optional arguments arrive at the core as null', () => {
    calls.length = 0;
    callRegistry('SCALAR', [5, undefined, null]);
    expect(calls).toEqual([{ name: 'SCALAR', args: [5, null, null] }]);
  });

  test('does not mutate its arguments', () => {
    const args = [[1, 2], undefined];
    callRegistry('SCALAR', args);
    expect(args).toEqual([[1, 2], undefined]);
  });
});
