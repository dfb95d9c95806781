import type { CellValue } from '../../core/table/types';
import { sheetXmlChunks, SharedStrings, xmlText } from '../../cli/sheet-xml';

const gridToSheetXml = (grid: CellValue[][], sst: SharedStrings): Buffer =>
  Buffer.concat([...sheetXmlChunks(grid, sst)]);

describe('sheetXmlChunks', () => {
  it('writes numbers as numbers and text as shared strings, skipping blanks and empty rows', () => {
    const sst = new SharedStrings();
    const xml = gridToSheetXml([['a', 1, null, true], [], ['a', '=1+1']], sst).toString('utf8');
    expect(xml).toContain(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c><c r="D1" t="b"><v>1</v></c></row>',
    );
    expect(xml).not.toContain('<row r="2">');
    expect(xml).toContain('<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c></row>');
    expect(xml).not.toContain('<f>');
    expect(sst.items).toEqual(['a', '=1+1']);
    expect(sst.count).toBe(3);
  });

  it('escapes text and drops characters XML forbids', () => {
    const sst = new SharedStrings();
    sst.add('a<b & "c"\u0001');
    sst.add(' padded ');
    const xml = sst.toXml().toString('utf8');
    expect(xml).toContain('<si><t>a&lt;b &amp; &quot;c&quot;</t></si>');
    expect(xml).toContain('<t xml:space="preserve"> padded </t>');
    expect(xmlText('plain')).toBe('plain');
  });

  it('writes dates as ISO text and skips non-finite numbers', () => {
    const sst = new SharedStrings();
    const xml = gridToSheetXml([[new Date(Date.UTC(2025, 0, 2)), NaN]], sst).toString('utf8');
    expect(sst.items).toEqual(['2025-01-02']);
    expect(xml).not.toContain('NaN');
  });

  it('yields ~1 MB chunks for big grids', () => {
    const grid = Array.from({ length: 60_000 }, (_, i) => ['客户', i, 'x']);
    const chunks = [...sheetXmlChunks(grid, new SharedStrings())];
    expect(chunks.length).toBeGreaterThan(2);
    expect(Buffer.concat(chunks).toString('utf8')).toContain(
      '<row r="60000"><c r="A60000" t="s"><v>0</v></c><c r="B60000"><v>59999</v></c>',
    );
  });

  it('does not mutate the grid', () => {
    const grid = [['x', 1]];
    gridToSheetXml(grid, new SharedStrings());
    expect(grid).toEqual([['x', 1]]);
  });
});
