/** callRegistry over the real core registry: values, error codes with localized messages, spills. */
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

import { callRegistry } from '../../excel-addin/cf-result';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('callRegistry with the core registry', () => {
  test('a scalar ratio', () => {
    expect(callRegistry('ATTAINMENT', [120, 100])).toBeCloseTo(1.2, 10);
  });

  test('a zero denominator throws #DIV/0! without a message (Excel allows none on #DIV/0!)', () => {
    const e = thrown(() => callRegistry('ATTAINMENT', [120, 0]));
    expect(e).toBeInstanceOf(FakeCfError);
    expect((e as FakeCfError).code).toBe('#DIV/0!');
    expect((e as FakeCfError).message).toBeUndefined();
  });

  test('a bad argument throws #VALUE! with the catalogue message', () => {
    const e = thrown(() => callRegistry('ATTAINMENT', ['abc', 100])) as FakeCfError;
    expect(e).toBeInstanceOf(FakeCfError);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('abc');
  });

  test('messages follow the Excel UI language', () => {
    Object.assign(globalThis, { Office: { context: { displayLanguage: 'zh-CN' } } });
    const zh = thrown(() => callRegistry('ATTAINMENT', ['abc', 100])) as FakeCfError;
    delete (globalThis as { Office?: unknown }).Office;
    const en = thrown(() => callRegistry('ATTAINMENT', ['abc', 100])) as FakeCfError;
    expect(zh.message).not.toBe(en.message);
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a range argument spills, with per-element errors', () => {
    const out = callRegistry('ATTAINMENT', [
      [[137], [120]],
      [[120], [0]],
    ]) as unknown[][];
    expect(out).toHaveLength(2);
    expect(out[0][0]).toBeCloseTo(137 / 120, 10);
    expect(out[1][0]).toBeInstanceOf(FakeCfError);
    expect((out[1][0] as FakeCfError).code).toBe('#DIV/0!');
  });

  test('an unknown function is #N/A', () => {
    expect((thrown(() => callRegistry('NO_SUCH_FUNCTION', [])) as FakeCfError).code).toBe('#N/A');
  });
});
