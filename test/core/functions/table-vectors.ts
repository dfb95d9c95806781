/**
 * DOMAIN.md's vectors as small sales sheets (test helper), amounts written the way Chinese sheets
 * write them (亿 and 万 text), dates as ISO text.
 */
type Grid = (string | number | null)[][];

const HEADER = ['日期', '区域', '客户', '销售额'];

/** 2025: 38.6亿 (two customers of 11.3亿 and 11.1亿 = 22.4亿, nine of 1.8亿); 2024: 34.04亿 → +13.4%, top-2 share 58.0%. */
export function revenueVector(): Grid {
  const rows: Grid = [HEADER];
  rows.push(['2025-02-01', '华东', '甲集团', '11.3亿'], ['2025-05-01', '华南', '乙集团', '11.1亿']);
  for (let i = 1; i <= 9; i++)
    rows.push([`2025-${String(i + 2).padStart(2, '0')}-10`, '华北', `客户${i}`, '1.8亿']);
  // the prior year over the same months (February–November), so the change is like for like
  rows.push(['2024-02-01', '华东', '甲集团', '17.02亿'], ['2024-11-30', '华东', '甲集团', '17.02亿']);
  return rows;
}

/** 2025: 华东 1.37亿 (vs a 1.2亿 target: 114.2%), 华南 12.23亿; total 13.6亿 (113.3% of 12亿, 97.1% of 14亿). */
export function attainmentVector(): Grid {
  return [HEADER, ['2025-03-01', '华东', '甲', '1.37亿'], ['2025-06-01', '华南', '乙', '12.23亿']];
}

/** The quarterly plan 3,800 / 4,200 / 4,500 / 5,500万 booked as actuals, a month of each quarter. */
export function quarterVector(): Grid {
  return [
    HEADER,
    ['2025-01-15', '华东', '甲', '3,800万'],
    ['2025-05-15', '华东', '甲', '4,200万'],
    ['2025-08-15', '华东', '甲', '4,500万'],
    ['2025-11-15', '华东', '甲', '5,500万'],
  ];
}

/** 100 customers in 2024; 78 of them buy again in 2025 with 22 new ones: repurchase 78%. */
export function repurchaseVector(): Grid {
  const rows: Grid = [HEADER];
  for (let i = 0; i < 100; i++) rows.push(['2024-04-01', '华东', `老客${i}`, 1000]);
  for (let i = 0; i < 78; i++) rows.push(['2025-04-01', '华东', `老客${i}`, 1000]);
  for (let i = 0; i < 22; i++) rows.push(['2025-05-01', '华南', `新客${i}`, 1000]);
  return rows;
}
