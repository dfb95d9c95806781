import fc from 'fast-check';
import { isStoreName, sheetMonth, sheetNameKind } from '../../../../core/table';

describe('sheetMonth', () => {
  it.each([
    ['1月', null, 1],
    ['01月', null, 1],
    ['12月份', null, 12],
    ['三月', null, 3],
    ['十一月', null, 11],
    ['十二月', null, 12],
    ['2025年3月', 2025, 3],
    ['2025年03月销售', 2025, 3],
    ['2025年十月', 2025, 10],
    ['2025-03', 2025, 3],
    ['2025.3', 2025, 3],
    ['202503', 2025, 3],
    ['Jan', null, 1],
    ['January', null, 1],
    ['Sept', null, 9],
    ['Mar 2025', 2025, 3],
    ["Mar'25", 2025, 3],
    ['Jan-25', 2025, 1],
    ['2025 Jan', 2025, 1],
    ['２０２５年３月', 2025, 3],
  ])('%s is a month', (name, year, month) => {
    expect(sheetMonth(name)).toEqual({ year, month });
  });

  it.each(['Sheet1', '13月', '2025年13月', 'Marketing', 'ma', '说明', '汇总', '2025', '北京店', 'Q1'])(
    '%s is not a month',
    (name) => expect(sheetMonth(name)).toBeNull(),
  );

  it('reads back every month of every year in each way a month sheet is named', () => {
    const forms = [
      (y: number, m: number) => `${y}年${m}月`,
      (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`,
      (y: number, m: number) => `${y}${String(m).padStart(2, '0')}`,
      (y: number, m: number) =>
        `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: forms.length - 1 }),
        (y, m, f) => {
          expect(sheetMonth(forms[f](y, m))).toEqual({ year: y, month: m });
        },
      ),
    );
  });
});

describe('sheetNameKind', () => {
  it('months, each once, give the period', () => {
    expect(sheetNameKind(['1月', '2月', '3月'])).toBe('period');
    expect(sheetNameKind(['Jan', 'Feb'])).toBe('period');
  });
  it('the same month twice is not a period per sheet', () => {
    expect(sheetNameKind(['2025年1月', '1月'])).toBeNull();
  });
  it('stores, branches and places give the region', () => {
    expect(sheetNameKind(['北京店', '上海店', '广州店'])).toBe('region');
    expect(sheetNameKind(['华东区', '华南区'])).toBe('region');
    expect(sheetNameKind(['Store 12', 'Store 14'])).toBe('region');
  });
  it('platforms give the channel', () => {
    expect(sheetNameKind(['天猫', '京东', '拼多多'])).toBe('channel');
  });
  it('Sheet1/Sheet2, one sheet, or a mix give nothing', () => {
    expect(sheetNameKind(['Sheet1', 'Sheet2'])).toBeNull();
    expect(sheetNameKind(['1月'])).toBeNull();
    expect(sheetNameKind(['1月', '北京店'])).toBeNull();
    expect(sheetNameKind(['明细', '明细2'])).toBeNull();
  });
  it('Sheet1 is not a store', () => expect(isStoreName('Sheet1')).toBe(false));
});
