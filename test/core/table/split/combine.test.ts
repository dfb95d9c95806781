import { combineSheets, planSplit, type WorkbookSheet } from '../../../../core/table';
import { runReview } from '../../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../../core/settings';

const month = (name: string, rows: (string | number)[][], title?: string): WorkbookSheet => ({
  name,
  grid: [...(title ? [[title]] : []), ['客户', '金额'], ...rows],
});
const workbook = (title?: string) => [
  month('1月', [['A', 100]], title),
  month('2月', [['B', 200]], title),
  month('3月', [['A', 50]], title),
];
function combine(sheets: WorkbookSheet[], o: Parameters<typeof combineSheets>[2] = {}) {
  const p = planSplit(sheets);
  if (!p.ok) throw new Error(p.message);
  return combineSheets(sheets, p.plan, o);
}

describe('combineSheets', () => {
  it.each([
    [
      'en',
      'The sheets are named by month (1月, 2月, 3月) but no year is given anywhere: give it with --year (e.g. --year 2025) or the Review year control.',
    ],
    [
      'zh-CN',
      '工作表按月份命名（1月、2月、3月），但没有任何地方写明年份：请用 --year 指定（如 --year 2025），或在向导中选择“复盘年度”。',
    ],
    [
      'zh-TW',
      '工作表按月份命名（1月、2月、3月），但沒有任何地方寫明年份：請用 --year 指定（如 --year 2025），或在精靈中選擇「復盤年度」。',
    ],
  ] as const)('asks for the year when month names have none and nothing states it (%s)', (lang, text) => {
    expect(combine(workbook(), { lang })).toEqual({
      ok: false,
      code: 'SPLIT_NO_YEAR',
      message: text,
      params: { example: lang === 'en' ? '1月, 2月, 3月' : '1月、2月、3月' },
    });
  });

  it('takes the year the user gives', () => {
    const r = combine(workbook(), { year: 2024 });
    expect(r.ok && r.combined.grid.slice(1).map((row) => row[2])).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.ok && r.combined.yearFrom).toEqual({ year: 2024, source: 'user' });
  });

  it('takes the year from a title row above the header', () => {
    const r = combine(workbook('2023年销售明细'));
    expect(r.ok && r.combined.yearFrom).toEqual({ year: 2023, source: 'title', title: '2023年销售明细' });
    expect(r.ok && r.combined.grid.slice(1).map((row) => row[2])).toEqual(['2023-01', '2023-02', '2023-03']);
  });

  it('puts months from the fiscal start in the year before the fiscal year given', () => {
    const sheets = [
      month('4月', [['A', 1]]),
      month('12月', [['A', 1]]),
      month('1月', [['A', 1]]),
      month('3月', [['A', 1]]),
    ];
    const r = combine(sheets, { year: 2026, fiscalStartMonth: 4 });
    expect(r.ok && r.combined.grid.slice(1).map((row) => row[2])).toEqual([
      '2025-04',
      '2025-12',
      '2026-01',
      '2026-03',
    ]);
  });

  it('adds no month column when the rows have their own dates', () => {
    const sheets = ['1月', '2月'].map((name, i) => ({
      name,
      grid: [
        ['日期', '金额'],
        [`2025-0${i + 1}-03`, 10],
      ],
    }));
    const r = combine(sheets);
    expect(r.ok && r.combined.nameColumn).toBeNull();
    expect(r.ok && r.combined.grid).toEqual([
      ['日期', '金额'],
      ['2025-01-03', 10],
      ['2025-02-03', 10],
    ]);
  });

  it('adds no store column when the user chose the region column (or none)', () => {
    const sheets = ['北京店', '上海店'].map((name) => ({
      name,
      grid: [
        ['日期', '金额'],
        ['2025-01-03', 10],
      ],
    }));
    expect(
      combine(sheets).ok && (combine(sheets) as { combined: { nameColumn: unknown } }).combined.nameColumn,
    ).toEqual({
      role: 'region',
      header: '门店/区域（工作表名）',
    });
    const r = combine(sheets, { overrides: { region: null } });
    expect(r.ok && r.combined.nameColumn).toBeNull();
  });

  it('reviews month sheets without a year once the user gives it, and says where the year came from', () => {
    const settings = ReviewSettingsSchema.parse({ year: 2024, language: 'en' });
    const r = combine(workbook(), { year: 2024, lang: 'en' });
    if (!r.ok) throw new Error(r.message);
    const run = runReview(r.combined.grid, settings, { split: r.combined });
    expect(run.ok && run.model.quarters.map((q) => q.revenue)).toEqual([350, 0, 0, 0]);
    expect(run.ok && run.model.dataQuality.split?.yearFrom).toEqual({ year: 2024, source: 'user' });
  });
});
