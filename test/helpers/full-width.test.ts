import { halfWidthMarks } from './full-width';

describe('halfWidthMarks', () => {
  it('finds half-width commas, colons, semicolons and asides in Chinese prose', () => {
    expect(halfWidthMarks('实际值(数字或区域)。')).toHaveLength(1);
    expect(halfWidthMarks('参照值:目标或上期,或;否')).toHaveLength(3);
  });

  it('leaves examples, numbers, ratios, placeholders, URLs and formulas alone', () => {
    expect(halfWidthMarks('把文本金额转成数字："(1,200)" → −1200，如 ¥1,234。')).toEqual([]);
    expect(halfWidthMarks('按权重（如 3:3:2:2）拆分，如 region,product。')).toEqual([]);
    expect(
      halfWidthMarks('差异率 = (实际 − 参照值) / |参照值|，增长率 = (期末 / 期初)^(1 / 年数) − 1。'),
    ).toEqual([]);
    expect(halfWidthMarks('第 {row} 行：{a,b} 见 https://example.com。')).toEqual([]);
    expect(halfWidthMarks("如 A:I 或 '销售明细'!A:I，如“amount=销售额(万元); unit=万”。")).toEqual([]);
  });
});
