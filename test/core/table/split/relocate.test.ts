import { dataSetOf } from '../../../../core/table';
import { runReview } from '../../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../../core/settings';

const sheets = [
  {
    name: 'Sheet1',
    grid: [
      ['2025年销售'],
      ['订单日期', '客户', '金额'],
      ['2025-01-05', '甲', 100],
      ['2025-01-06', '乙', 'abc'],
    ],
  },
  {
    name: 'Sheet2',
    grid: [
      ['订单日期', '客户', '金额'],
      ['2025-02-05', '丙', 50],
      ['not a date', '丁', 70],
      ['2025-01-05', '甲', 100],
    ],
  },
];

function run(lang: 'en' | 'zh-CN' | 'zh-TW') {
  const data = dataSetOf(sheets, { lang });
  if (!data.ok) throw new Error(data.message);
  const r = runReview(data.grid, ReviewSettingsSchema.parse({ language: lang }), {
    split: data.split ?? undefined,
  });
  if (!r.ok) throw new Error(r.message);
  return r.model.dataQuality;
}

describe('relocateRows', () => {
  it('a skipped row names its own sheet and the row the user sees there', () => {
    const dq = run('en');
    expect(dq.skipped.map((s) => [s.sheet, s.row, s.code])).toEqual([
      ['Sheet1', 4, 'BAD_AMOUNT'],
      ['Sheet2', 3, 'BAD_DATE'],
    ]);
    expect(dq.skipped[1].message).toBe('[Sheet2] Row 3: "not a date" is not a date.');
  });

  it.each([
    ['zh-CN', '【Sheet2】第 3 行：“not a date”不是有效日期。'],
    ['zh-TW', '【Sheet2】第 3 列：「not a date」不是有效日期。'],
  ] as const)('in %s too', (lang, text) => {
    expect(run(lang).skipped[1].message).toBe(text);
  });

  it('a duplicate of a row on another sheet names that sheet', () => {
    const dup = run('en').flagged.find((f) => f.code === 'DUPLICATE_ROW');
    expect(dup).toMatchObject({ sheet: 'Sheet2', row: 4, first: 3 });
    expect(dup?.message).toBe('[Sheet2] Row 4: exact duplicate of row Sheet1!3; kept, please check.');
  });

  it('counts rows read, used and money used per sheet', () => {
    expect(run('en').split?.sheets).toEqual([
      { name: 'Sheet1', rowsRead: 2, rowsUsed: 1, amountUsed: 100 },
      { name: 'Sheet2', rowsRead: 3, rowsUsed: 2, amountUsed: 150 },
    ]);
  });
});
