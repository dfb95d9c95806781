import { checkRequirements, REQUIRED_SETS } from '../../excel-addin/requirements';
import { officeFake } from './office-fake';

describe('checkRequirements', () => {
  test('passes when every set is supported', () => {
    expect(checkRequirements(officeFake().office, 'en')).toEqual({ ok: true });
  });

  test('names the missing sets in the user language', () => {
    const r = checkRequirements(
      officeFake({ unsupported: ['ExcelApi 1.9', 'SharedRuntime 1.1'] }).office,
      'zh-CN',
    );
    expect(r).toMatchObject({ ok: false, missing: ['ExcelApi 1.9', 'SharedRuntime 1.1'] });
    expect(!r.ok && r.message).toContain('Excel 版本过旧');
    expect(!r.ok && r.message).toContain('ExcelApi 1.9, SharedRuntime 1.1');
  });

  test('checks the API, shared runtime and custom functions runtime', () => {
    expect(REQUIRED_SETS.map((s) => s.name)).toEqual(['ExcelApi', 'SharedRuntime', 'CustomFunctionsRuntime']);
  });
});
