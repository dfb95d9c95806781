import { ingest } from '../../../core/table/ingest';
import { readingNotes } from '../../../core/table/reading-notes';
import { FIXTURES } from '../../fixtures/sheets';

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
