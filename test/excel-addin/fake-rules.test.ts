/** The hand-written Excel fake refuses what Excel refuses (the rules and their links: excel-rules.ts). */
import { FakeExcel } from './fake-excel';

type Ctx = Excel.RequestContext;

async function attempt(xl: FakeExcel, batch: (ctx: Ctx) => void): Promise<string> {
  try {
    await xl.run(async (ctx) => {
      batch(ctx);
      await ctx.sync();
    });
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe('the Excel fake refuses what Excel refuses', () => {
  it.each([
    ['x'.repeat(32), 'InvalidArgument'],
    ['a/b', 'InvalidArgument'],
    ['a\\b', 'InvalidArgument'],
    ['a?b', 'InvalidArgument'],
    ['a*b', 'InvalidArgument'],
    ['a:b', 'InvalidArgument'],
    ['a[b]', 'InvalidArgument'],
    ["'quoted", 'InvalidArgument'],
    ["quoted'", 'InvalidArgument'],
    ['History', 'InvalidArgument'],
    ['', 'InvalidArgument'],
    ['sales', 'ItemAlreadyExists'],
    ['x'.repeat(31), 'ok'],
    ["it's", 'ok'],
  ])('sheet name %j: %s', async (name, code) => {
    const xl = new FakeExcel(['Sales']);
    expect(await attempt(xl, (ctx) => ctx.workbook.worksheets.add(name))).toBe(code);
    const xl2 = new FakeExcel(['Sales', 'Other']);
    expect(await attempt(xl2, (ctx) => (ctx.workbook.worksheets.getItem('Other').name = name))).toBe(code);
  });

  it('values and numberFormat must match the range shape', async () => {
    const xl = new FakeExcel(['S']);
    const range = (ctx: Ctx) => ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 2, 2);
    expect(await attempt(xl, (ctx) => (range(ctx).values = [[1, 2]]))).toBe('InvalidArgument');
    expect(await attempt(xl, (ctx) => (range(ctx).numberFormat = [['@'], ['@']]))).toBe('InvalidArgument');
    expect(
      await attempt(
        xl,
        (ctx) =>
          (range(ctx).values = [
            [1, 2],
            [3, 4],
          ]),
      ),
    ).toBe('ok');
  });

  it('a merge may not overlap part of another', async () => {
    const xl = new FakeExcel(['S']);
    const at = (ctx: Ctx, r: number, c: number, rows: number, cols: number) =>
      ctx.workbook.worksheets.getItem('S').getRangeByIndexes(r, c, rows, cols);
    expect(await attempt(xl, (ctx) => at(ctx, 0, 0, 1, 3).merge(false))).toBe('ok');
    expect(await attempt(xl, (ctx) => at(ctx, 0, 2, 2, 2).merge(false))).toBe('InvalidOperation');
    expect(await attempt(xl, (ctx) => at(ctx, 2, 0, 1, 3).merge(false))).toBe('ok');
  });

  it('a waterfall chart has no series; an old build refuses its title too', async () => {
    const xl = new FakeExcel(['S']);
    const chart = (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      return ws.charts.add('Waterfall', ws.getRangeByIndexes(0, 0, 3, 2), 'Columns');
    };
    expect(await attempt(xl, (ctx) => chart(ctx).series.getItemAt(0))).toBe('UnsupportedOperation');
    expect(await attempt(xl, (ctx) => (chart(ctx).title.text = 'Bridge'))).toBe('ok');
    xl.oldChartBuild = true;
    expect(await attempt(xl, (ctx) => (chart(ctx).title.text = 'Bridge'))).toBe('UnsupportedOperation');
    expect(await attempt(xl, (ctx) => chart(ctx).setPosition('A1'))).toBe('ok');
  });

  it('a request over 5 MB is refused as a whole; a read over 5M cells fails', async () => {
    const xl = new FakeExcel(['S']);
    const big = [Array.from({ length: 1000 }, () => 'x'.repeat(5300))];
    expect(
      await attempt(xl, (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRangeByIndexes(5, 0, 1, 1).values = [[1]];
        ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1000).values = big;
      }),
    ).toBe('RequestPayloadSizeLimitExceeded');
    expect(xl.sheets[0].cells.size).toBe(0); // not even the first, small write ran
    expect(
      await attempt(xl, (ctx) =>
        ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 5001, 1000).load('values'),
      ),
    ).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('one queue per Excel.run: an object of a finished run, or of another context, is refused', async () => {
    const xl = new FakeExcel(['S']);
    let kept: Excel.Worksheet | null = null;
    await xl.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem('S');
    });
    expect(() => (kept!.tabColor = '#FF0000')).toThrow(/finished/);
    await xl.run(async (a) => {
      const range = a.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1);
      await xl.run(async (b) => {
        const ws = b.workbook.worksheets.getItem('S');
        expect(() => ws.freezePanes.freezeAt(range)).toThrow(/across different request contexts/);
      });
    });
  });

  it('Excel.run sends what the batch left queued when it resolves', async () => {
    const xl = new FakeExcel(['S']);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).values = [[7]];
    });
    expect(xl.sheets[0].cell(0, 0)?.value).toBe(7);
  });
});
