import { inlineSharedStrings, remapSheetStyles, sharedStringItems } from '../../cli/xlsx-styles';
import { mergeStyles } from '../../cli/ooxml/styles-part';

const BASE = `<?xml version="1.0"?><styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
const REVIEW = `<?xml version="1.0"?><styleSheet xmlns="x"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts><fonts count="1"><font><i/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/></patternFill></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0"><alignment horizontal="center"/></xf><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><dxfs count="1"><dxf><font><color rgb="FFC00000"/></font></dxf></dxfs></styleSheet>`;

describe('remapSheetStyles', () => {
  const { maps } = mergeStyles(BASE, REVIEW);

  it('rewrites a sheet to the merged indices', () => {
    const sheet =
      '<cols><col min="1" max="1" style="1"/></cols><row r="1" s="2" customFormat="1"><c r="A1" s="1" t="s"><v>0</v></c></row><cfRule type="cellIs" dxfId="0"/>';
    expect(remapSheetStyles(sheet, maps)).toBe(
      '<cols><col min="1" max="1" style="3"/></cols><row r="1" s="4" customFormat="1"><c r="A1" s="3" t="s"><v>0</v></c></row><cfRule type="cellIs" dxfId="0"/>',
    );
  });
});

describe('shared strings', () => {
  it('inlines shared-string cells', () => {
    const items = sharedStringItems('<sst><si><t>a</t></si><si><t xml:space="preserve"> b</t></si></sst>');
    expect(items).toEqual(['<t>a</t>', '<t xml:space="preserve"> b</t>']);
    expect(inlineSharedStrings('<c r="A1" s="3" t="s"><v>1</v></c><c r="B1"><v>5</v></c>', items)).toBe(
      '<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve"> b</t></is></c><c r="B1"><v>5</v></c>',
    );
  });
});
