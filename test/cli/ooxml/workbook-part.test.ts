import { parseWorkbook, renderWorkbook } from '../../../cli/ooxml/workbook-part';

const PREFIXED =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<x:workbookPr date1904="1"/><x:bookViews><x:workbookView activeTab="1"/></x:bookViews>' +
  '<x:sheets><x:sheet name="销售 &amp; 明细" sheetId="1" r:id="rId1"/><x:sheet name="隐藏" sheetId="3" state="hidden" r:id="rId2"/></x:sheets>' +
  '<x:definedNames><x:definedName name="_xlnm.Print_Area" localSheetId="0">\'销售 &amp; 明细\'!$A$1:$C$9</x:definedName></x:definedNames>' +
  '<x:extLst><x:ext uri="{X}"/></x:extLst></x:workbook>';

describe('parseWorkbook', () => {
  it('reads tabs, visibility, defined names and the 1904 flag whatever the prefix', () => {
    const wb = parseWorkbook(PREFIXED);
    expect(wb.sheets).toEqual([
      { name: '销售 & 明细', sheetId: 1, relId: 'rId1', state: 'visible' },
      { name: '隐藏', sheetId: 3, relId: 'rId2', state: 'hidden' },
    ]);
    expect(wb.definedNames).toEqual([
      { name: '_xlnm.Print_Area', value: "'销售 & 明细'!$A$1:$C$9", localSheetId: 0, attrs: {} },
    ]);
    expect(wb.date1904).toBe(true);
    expect(wb.activeTab).toBe(1);
  });

  it('refuses a part that is not a workbook', () => {
    expect(() => parseWorkbook('<worksheet/>')).toThrow();
  });
});

describe('renderWorkbook', () => {
  it("writes added tabs and names with the part's own prefix, in schema order, keeping the rest", () => {
    const wb = parseWorkbook(PREFIXED);
    const xml = renderWorkbook({
      ...wb,
      sheets: [...wb.sheets, { name: '复盘 <总览>', sheetId: 4, relId: 'rIdSr1', state: 'visible' }],
      definedNames: [
        ...wb.definedNames,
        { name: 'SalesReview.OwnedTabs', value: '"复盘"', localSheetId: null, attrs: { hidden: '1' } },
      ],
      fullCalcOnLoad: true,
    });
    const again = parseWorkbook(xml);
    expect(again.sheets.map((s) => s.name)).toEqual(['销售 & 明细', '隐藏', '复盘 <总览>']);
    expect(again.definedNames.map((d) => d.name)).toEqual(['_xlnm.Print_Area', 'SalesReview.OwnedTabs']);
    expect(again.fullCalcOnLoad).toBe(true);
    expect(xml).toContain('<x:sheet name="复盘 &lt;总览&gt;" sheetId="4" r:id="rIdSr1"/>');
    expect(xml.indexOf('<x:calcPr')).toBeGreaterThan(xml.indexOf('</x:definedNames>'));
    expect(xml.indexOf('<x:calcPr')).toBeLessThan(xml.indexOf('<x:extLst>'));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  });

  it('gives back the same model it was given (render then parse)', () => {
    const wb = parseWorkbook(PREFIXED);
    const again = parseWorkbook(renderWorkbook(wb));
    expect({ ...again, doc: null }).toEqual({ ...wb, doc: null });
  });

  it('declares the relationships namespace when the part had none', () => {
    const wb = parseWorkbook(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    );
    const xml = renderWorkbook({
      ...wb,
      sheets: [{ name: 'A', sheetId: 1, relId: 'rId1', state: 'visible' }],
    });
    expect(xml).toContain('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    expect(parseWorkbook(xml).sheets[0].relId).toBe('rId1');
  });

  it('does not change the model it renders', () => {
    const wb = parseWorkbook(PREFIXED);
    const before = JSON.stringify(wb);
    renderWorkbook({ ...wb, sheets: [] });
    expect(JSON.stringify(wb)).toBe(before);
  });
});
