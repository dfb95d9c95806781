import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeCsvBytes, parseCsv, readCsvFile, sniffDelimiter } from '../../cli/read-csv';

const dir = mkdtempSync(join(tmpdir(), 'csv-test-'));
const CHINESE = '订单日期,区域,客户,销售额\n2025-01-05,华东,"上海恒达科技有限公司",1234.5\n';

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without BOM', () => {
    const r = decodeCsvBytes(Buffer.from(CHINESE, 'utf8'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(CHINESE);
  });

  it('strips a UTF-8 BOM', () => {
    const r = decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHINESE, 'utf8')]));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.text.startsWith('订单日期')).toBe(true);
  });

  it('falls back to GB18030 for GBK bytes (what Chinese Excel saves)', () => {
    const r = decodeCsvBytes(iconv.encode(CHINESE, 'gbk'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(CHINESE);
  });

  it('reads UTF-16LE with BOM', () => {
    const r = decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,区域', 'utf16le')]));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe('a,区域');
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, delimiters and newlines inside quotes', () => {
    expect(parseCsv('a,"b,""c"""\n"x\ny",2')).toEqual([
      ['a', 'b,"c"'],
      ['x\ny', 2],
    ]);
  });

  it('accepts CRLF, CR and LF line ends and no final newline', () => {
    expect(parseCsv('a,b\r\n1,2\r3,4\n5,6')).toEqual([
      ['a', 'b'],
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });

  it('keeps empty fields as null and empty lines as empty rows', () => {
    expect(parseCsv('a,,c\n\n,x,\n')).toEqual([['a', null, 'c'], [], [null, 'x', null]]);
  });

  it('turns plain decimals into numbers but keeps codes, separators and units as text', () => {
    expect(parseCsv('-12.5,007,"1,234.50",12.5万,1e3,0.25')).toEqual([
      [-12.5, '007', '1,234.50', '12.5万', '1e3', 0.25],
    ]);
  });

  it('keeps text that starts with "=" as text', () => {
    expect(parseCsv('"=HYPERLINK(""x"")",=1+1')).toEqual([['=HYPERLINK("x")', '=1+1']]);
  });

  it('tolerates an unterminated quote by taking the rest of the text', () => {
    expect(parseCsv('a,"bc\nd')).toEqual([['a', 'bc\nd']]);
  });

  it('does not mutate its input string (returns fresh rows each call)', () => {
    const text = 'a,b\n1,2';
    const first = parseCsv(text);
    first[0][0] = 'changed';
    expect(parseCsv(text)[0][0]).toBe('a');
  });

  // Speed is measured by cli/bench-cli.ts (a benchmark), not asserted here.
  it('parses 200,000 rows, the last one as whole as the first', () => {
    const line = '2025-03-05,华东,"客户,甲",12345.67,直销\n';
    const rows = parseCsv(line.repeat(200_000));
    expect(rows.length).toBe(200_000);
    expect(rows[199_999]).toEqual(['2025-03-05', '华东', '客户,甲', 12345.67, '直销']);
  });
});

describe('sniffDelimiter', () => {
  it('finds semicolons and tabs', () => {
    expect(sniffDelimiter('a;b;c\n1;2,5;3')).toBe(';');
    expect(sniffDelimiter('a\tb\n1\t2')).toBe('\t');
  });

  it('defaults to comma', () => {
    expect(sniffDelimiter('single column\nvalue')).toBe(',');
  });
});

describe('readCsvFile', () => {
  it('reads a GBK file with semicolons end to end', async () => {
    const path = join(dir, 'gbk.csv');
    writeFileSync(path, iconv.encode('日期;区域;销售额\n2025-01-01;华南;100\n', 'gbk'));
    const r = await readCsvFile(path);
    expect(r.encoding).toBe('gb18030');
    expect(r.delimiter).toBe(';');
    expect(r.grid).toEqual([
      ['日期', '区域', '销售额'],
      ['2025-01-01', '华南', 100],
    ]);
  });

  it('rejects a missing file', async () => {
    await expect(readCsvFile(join(dir, 'missing.csv'))).rejects.toThrow();
  });
});
