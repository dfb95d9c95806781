import { chineseMonth, EN_MONTH_NAMES } from '../../../core/table/month-names';

describe('month names', () => {
  it('lists the twelve English months, January first', () => {
    expect(EN_MONTH_NAMES).toHaveLength(12);
    expect(EN_MONTH_NAMES.indexOf('march') + 1).toBe(3);
  });

  it('reads 一 … 十二 as 1..12 and nothing else', () => {
    const written = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    expect(written.map(chineseMonth)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const s of ['', '十三', '十十', '二十', '〇', '月', '一二']) expect(chineseMonth(s)).toBeNaN();
  });
});
