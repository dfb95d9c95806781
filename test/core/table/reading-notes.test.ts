import { ingest } from '../../../core/table/ingest';
import { readingNotes } from '../../../core/table/reading-notes';
import { FIXTURES } from '../../fixtures/sheets';
import { WIDE_FIXTURES } from '../../fixtures/wide';
import { dataSetOf } from '../../../core/table';
import { runReview } from '../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../core/settings';

const notesOf = (name: string, lang: 'en' | 'zh-CN' = 'en') => {
  const f = FIXTURES.find((x) => x.name.startsWith(name));
  if (!f) throw new Error(name);
  const r = ingest(f.grid, { ...f.options, lang });
  if (!r.ok) throw new Error(r.code);
  return readingNotes(r.mapping, r.quality, lang);
};

describe('readingNotes', () => {
  it('names the amount and the columns passed over, with the option and the wizard control', () => {
    const amount = notesOf('shop-platform').find((n) => n.kind === 'amount');
    expect(amount?.text).toBe(
      'Amount: "买家实际支付金额"; passed over "总金额", "买家应付货款". To use another: --map amount=总金额 on the command line, or Amount on the Columns step of the wizard.',
    );
  });

  it('says a sheet all in one other currency is reviewed in it, and how to convert it instead', () => {
    const grid = [
      ['Date', 'Region', 'Sales (€)'],
      ['2025-03-02', 'Nord', 1200],
      ['2025-07-02', 'Sud', 800],
    ];
    const r = ingest(grid, { lang: 'en', currency: 'CNY' });
    if (!r.ok) throw new Error(r.code);
    expect(r.quality.ownCurrency).toEqual({ currency: 'EUR', requested: 'CNY' });
    expect(readingNotes(r.mapping, r.quality, 'en').find((n) => n.kind === 'ownCurrency')?.text).toBe(
      'All the money in the sheet is in EUR, so the review is in EUR. To review in CNY: give the rate with --rate EUR=<rate> on the command line, or under Exchange rates on the Columns step of the wizard.',
    );
    // with a rate the sheet is converted, and no note is needed
    const converted = ingest(grid, { lang: 'en', currency: 'CNY', rates: { EUR: 7.8 } });
    if (!converted.ok) throw new Error(converted.code);
    expect(converted.quality.ownCurrency).toBeUndefined();
    expect(
      readingNotes(converted.mapping, converted.quality, 'zh-CN').some((n) => n.kind === 'ownCurrency'),
    ).toBe(false);
  });

  it('says the statuses left out and the refund subtracted', () => {
    const notes = notesOf('shop-platform', 'zh-CN');
    expect(notes.find((n) => n.kind === 'status')?.text).toContain('“交易关闭”、“退款成功”');
    expect(notes.find((n) => n.kind === 'refund')?.text).toBe('已从金额中扣除“退款金额”：共 1 行，合计 30。');
  });

  it('says an amount is quantity × unit price, plainly', () => {
    expect(notesOf('no amount column', 'zh-CN').find((n) => n.kind === 'derived')?.text).toBe(
      '金额 = 数量 × 单价（表中没有金额列）。',
    );
  });

  it('explains a day order from evidence as detail, and one taken by default as a notice', () => {
    const evidence = notesOf('day-first').find((n) => n.kind === 'dateOrder');
    expect(evidence).toMatchObject({ detail: true });
    expect(evidence?.text).toContain('"19-02-2010"');
    const r = ingest(
      [
        ['Date', 'Amount'],
        ['01/02/2020', 1],
        ['03/04/2020', 1],
      ],
      { lang: 'en' },
    );
    if (!r.ok) throw new Error(r.code);
    const byDefault = readingNotes(r.mapping, r.quality, 'en').find((n) => n.kind === 'dateOrder');
    expect(byDefault?.detail).toBeUndefined();
    expect(byDefault?.text).toContain('--date-order dmy');
  });

  it('says a refund already netted out is not subtracted again', () => {
    expect(notesOf('refund already', 'zh-CN').find((n) => n.kind === 'refund')?.text).toBe(
      '“买家实际支付金额”已扣除“退款金额”（等于总额减退款）：不再重复扣除。',
    );
  });
});

describe('readingNotes of a data set read from several sheets', () => {
  // Sheet1/Sheet2 continuation (test/fixtures/wide): 3 and 2 rows under one header, a summary tab
  // with another header left out.
  const f = WIDE_FIXTURES.find((x) => x.name.startsWith('Sheet1/Sheet2'))!;
  const notesOf = (lang: 'en' | 'zh-CN') => {
    const data = dataSetOf(f.sheets, { lang });
    if (!data.ok) throw new Error(data.message);
    const run = runReview(data.grid, ReviewSettingsSchema.parse({ language: lang }), {
      sheet: data.sheet,
      split: data.split ?? undefined,
    });
    if (!run.ok) throw new Error(run.message);
    return readingNotes(run.model.mappingDetail, run.model.dataQuality, lang);
  };

  it('names the sheets combined first, with their rows, as the CLI and the wizard say it', () => {
    const notes = notesOf('en');
    expect(notes[0]).toEqual({
      kind: 'split',
      text: 'Read 2 sheets with the same header as one data set: Sheet1 (rows: 3), Sheet2 (rows: 2); choose others with --sheet or the ticks on the Data step.',
    });
  });

  it('says it in Chinese too, and names the sheet left out', () => {
    const notes = notesOf('zh-CN').filter((n) => n.kind === 'split');
    expect(notes[0].text).toContain(
      '已将表头相同的 2 个工作表作为一个数据集读取：Sheet1（3 行）、Sheet2（2 行）',
    );
    expect(notes.length).toBe(2);
  });

  it('names a hidden sheet with the same header as not included, and how to include it', () => {
    const sheet1 = f.sheets.find((s) => s.name === 'Sheet1')!;
    const data = dataSetOf([...f.sheets, { ...sheet1, name: '旧数据', hidden: true }], { lang: 'en' });
    if (!data.ok) throw new Error(data.message);
    const run = runReview(data.grid, ReviewSettingsSchema.parse({ language: 'en' }), {
      sheet: data.sheet,
      split: data.split ?? undefined,
    });
    if (!run.ok) throw new Error(run.message);
    const texts = readingNotes(run.model.mappingDetail, run.model.dataQuality, 'en').map((n) => n.text);
    expect(texts).toContain(
      'Hidden sheets with the same header, not included: "旧数据"; to include one, name it with --sheet (or --sheet all) or tick it on the Data step.',
    );
  });

  it('says nothing of sheets for a single sheet', () => {
    const data = dataSetOf(f.sheets, { lang: 'en', sheets: ['Sheet1'] });
    if (!data.ok) throw new Error(data.message);
    const run = runReview(data.grid, ReviewSettingsSchema.parse({ language: 'en' }), { sheet: data.sheet });
    if (!run.ok) throw new Error(run.message);
    const notes = readingNotes(run.model.mappingDetail, run.model.dataQuality, 'en');
    expect(notes.filter((n) => n.kind === 'split')).toEqual([]);
  });
});

describe('readingNotes of one sheet read with a hidden copy of it left out', () => {
  // Sheet1 of the continuation fixture, and the same sheet hidden as "Sheet1 (old)": an old copy.
  const f = WIDE_FIXTURES.find((x) => x.name.startsWith('Sheet1/Sheet2'))!;
  const sheet1 = f.sheets.find((s) => s.name === 'Sheet1')!;
  const book = [sheet1, { ...sheet1, name: 'Sheet1 (old)', hidden: true }];
  const notesOf = (lang: 'en' | 'zh-CN' | 'zh-TW', sheets: string[] | 'all' | null = null) => {
    const data = dataSetOf(book, { lang, sheets });
    if (!data.ok) throw new Error(data.message);
    const run = runReview(data.grid, ReviewSettingsSchema.parse({ language: lang }), {
      sheet: data.sheet,
      split: data.split ?? undefined,
      hiddenCopies: data.hiddenCopies,
    });
    if (!run.ok) throw new Error(run.message);
    return readingNotes(run.model.mappingDetail, run.model.dataQuality, lang);
  };

  it('names the hidden sheet left out and how to include it: the tick box, --sheet a,b or --sheet all', () => {
    expect(notesOf('en').filter((n) => n.kind === 'hiddenCopy')).toEqual([
      {
        kind: 'hiddenCopy',
        text: 'Read one sheet, "Sheet1"; a hidden sheet with the same columns was left out: "Sheet1 (old)". To include it, tick it on the Data step of the wizard, or name the sheets on the command line (--sheet "Sheet1,Sheet1 (old)") or use --sheet all.',
      },
    ]);
  });

  it('says it in Simplified and Traditional Chinese', () => {
    expect(notesOf('zh-CN').find((n) => n.kind === 'hiddenCopy')?.text).toBe(
      '只读取了工作表“Sheet1”；表头相同的隐藏工作表未读取：“Sheet1 (old)”。如需包含，请在向导“数据”步骤中勾选，或在命令行同时指定（--sheet "Sheet1,Sheet1 (old)"），或用 --sheet all。',
    );
    expect(notesOf('zh-TW').find((n) => n.kind === 'hiddenCopy')?.text).toBe(
      '只讀取了工作表「Sheet1」；表頭相同的隱藏工作表未讀取：「Sheet1 (old)」。如需包含，請在精靈「資料」步驟中勾選，或在命令列同時指定（--sheet "Sheet1,Sheet1 (old)"），或用 --sheet all。',
    );
  });

  it('says nothing of it when the hidden sheet is read too (all) or the one sheet was named', () => {
    expect(notesOf('en', 'all').filter((n) => n.kind === 'hiddenCopy')).toEqual([]);
    expect(notesOf('en', ['Sheet1']).filter((n) => n.kind === 'hiddenCopy')).toEqual([]);
  });
});
