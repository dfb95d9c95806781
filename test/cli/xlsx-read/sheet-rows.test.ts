import fc from 'fast-check';
import { SheetRows, type SheetContext } from '../../../cli/xlsx-read/sheet-rows';

const ctx = (over: Partial<SheetContext> = {}): SheetContext => ({
  sharedStrings: ['甲公司', '华东'],
  dateStyles: Uint8Array.from([0, 1]),
  date1904: false,
  ...over,
});

function scan(xml: string, prefix = '', c: SheetContext = ctx()): SheetRows {
  const rows = new SheetRows(prefix, c);
  const buf = Buffer.from(xml, 'utf8');
  rows.scan(buf, 0, buf.length);
  return rows;
}

describe('SheetRows', () => {
  it('reads each cell type as the core expects it', () => {
    const { grid } = scan(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c><c r="C1" s="1"><v>45658</v></c>' +
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><f>A1&amp;"x"</f><v>甲公司x</v></c>' +
        '<c r="G1" t="inlineStr"><is><r><t>上海</t></r><r><rPr><b/></rPr><t xml:space="preserve">恒达 </t></r><rPh sb="0" eb="2"><t>シャンハイ</t></rPh></is></c>' +
        '<c r="H1" t="d"><v>2025-03-05T00:00:00</v></c><c r="I1"><f>1/0</f></c></row>',
    );
    expect(grid).toEqual([
      [
        '甲公司',
        12.5,
        new Date(Date.UTC(2025, 0, 1)),
        true,
        '#N/A',
        '甲公司x',
        '上海恒达 ',
        new Date(Date.UTC(2025, 2, 5)),
      ],
    ]);
  });

  it('counts dates from 1904 when the workbook says so', () => {
    const { grid } = scan('<row r="1"><c r="A1" s="1"><v>44196</v></c></row>', '', ctx({ date1904: true }));
    expect(grid[0][0]).toEqual(new Date(Date.UTC(2025, 0, 1)));
  });

  it('keeps rows and columns aligned when rows, cells or references are missing', () => {
    const { grid } = scan(
      '<row r="2"><c r="C2"><v>1</v></c></row><row r="4" spans="1:2"><c><v>2</v></c><c><v>3</v></c></row><row><c r="B5" s="0"/><c r="B5"><v>4</v></c></row>',
    );
    expect(grid).toEqual([[], [null, null, 1], [], [2, 3], [null, 4]]);
  });

  it('adds nothing for a styled but empty tail of rows', () => {
    const { grid } = scan(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576" s="2" customFormat="1"/><row r="9"><c r="A9" s="3"/></row>',
    );
    expect(grid).toEqual([[1]]);
  });

  it('decodes entities, character references and _xHHHH_ escapes', () => {
    const { grid } = scan(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>R&amp;D &lt;1&gt; &#x4E00;&#20108;_x000D_x_x005F_x0041_</t></is></c></row>',
    );
    expect(grid[0][0]).toBe('R&D <1> 一二\rx_x0041_');
  });

  it('reads a part whose SpreadsheetML elements carry a prefix', () => {
    const { grid } = scan(
      '<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>',
      'x:',
    );
    expect(grid).toEqual([['华东', 7]]);
  });

  it('skips markup that only starts like a row or a cell', () => {
    const { grid } = scan('<rowBreaks count="1"/><row r="1"><c r="A1"><v>1</v></c></row>');
    expect(grid).toEqual([[1]]);
  });

  it('reads every number exactly as Number() reads its text', () => {
    const text = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.nat({ max: 17 })).map(([n, k]) => {
        const s = (n < 0n ? -n : n).toString().padStart(k + 1, '0');
        return `${n < 0n ? '-' : ''}${k > 0 ? `${s.slice(0, -k)}.${s.slice(-k)}` : s}`;
      }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(scan(`<row r="1"><c r="A1"><v>${t}</v></c></row>`).grid[0][0]).toBe(Number(t));
      }),
      { numRuns: 2000 },
    );
  });
});
