import { dateStyles, isDateFormat } from '../../../cli/ooxml/date-formats';

describe('isDateFormat', () => {
  it.each(['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-804]yyyy/m/d', 'h:mm AM/PM', '[h]:mm:ss', 'YYYY/MM/DD'])(
    '%s shows a date or time',
    (code) => expect(isDateFormat(code)).toBe(true),
  );
  it.each(['General', '0.00"万"', '#,##0_);[Red](#,##0)', '0.00E+00', '"¥"#,##0.00', '@', '_(* #,##0_)'])(
    '%s does not',
    (code) => expect(isDateFormat(code)).toBe(false),
  );
});

describe('dateStyles', () => {
  it('flags built-in and custom date formats per cell style, the Chinese built-ins included', () => {
    const xml =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="0.0&quot;万&quot;"/></numFmts>' +
      '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/><xf numFmtId="4"/></cellXfs></styleSheet>';
    expect(Array.from(dateStyles(xml))).toEqual([0, 1, 1, 0, 1, 0]);
  });
});
