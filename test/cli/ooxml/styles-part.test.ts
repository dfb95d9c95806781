import { mergeStyles } from '../../../cli/ooxml/styles-part';

const BASE = `<?xml version="1.0"?><styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
const REVIEW = `<?xml version="1.0"?><styleSheet xmlns="x"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts><fonts count="1"><font><i/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/></patternFill></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0"><alignment horizontal="center"/></xf><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><dxfs count="1"><dxf><font><color rgb="FFC00000"/></font></dxf></dxfs></styleSheet>`;

describe('mergeStyles', () => {
  const { xml, maps } = mergeStyles(BASE, REVIEW);
  const xfs =
    (xml.match(/<cellXfs[\s\S]*?<\/cellXfs>/)?.[0] ?? '').match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];

  it('keeps every existing style index meaning the same', () => {
    expect(xfs[0]).toBe('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    expect(xfs[1]).toBe(
      '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="0.000"/>');
  });

  it('appends the review styles with fonts, fills and formats re-pointed', () => {
    expect(maps.xf(1)).toBe(3);
    expect(xfs[3]).toBe(
      '<xf numFmtId="165" fontId="2" fillId="4" borderId="1" xfId="0"><alignment horizontal="center"/></xf>',
    );
    expect(xml).toContain('<numFmt numFmtId="165" formatCode="0.0%"/>');
    expect(xml).toContain('<cellXfs count="5">');
  });

  it('reuses an identical number format code', () => {
    expect(xfs[4]).toContain('numFmtId="164"');
  });

  it('adds a dxfs section where the base had none, in schema order', () => {
    expect(maps.dxf(0)).toBe(0);
    expect(xml.indexOf('<dxfs')).toBeGreaterThan(xml.indexOf('</cellStyles>'));
  });
});
