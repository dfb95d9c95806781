import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { CsvParser, decodeCsvBytes, parseCsv, readCsvFile, sniffDelimiter } from '../../cli/read-csv';

const dir = mkdtempSync(join(tmpdir(), 'csv-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
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

describe('CsvParser', () => {
  it('gives the same rows however the text is cut into blocks', () => {
    const field = fc.oneof(
      fc.constantFrom(
        '',
        '华东',
        '12.5',
        '-3',
        '007',
        '1e3',
        '"a,b"',
        '"x""y"',
        '"多\n行"',
        '"\r\n"',
        ' sp ',
      ),
      fc.string({ maxLength: 4 }).map((t) => `"${t.replace(/"/g, '""')}"`),
    );
    const record = fc.array(field, { minLength: 1, maxLength: 4 }).map((f) => f.join(','));
    const csv = fc
      .tuple(fc.array(record, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
      .map(([r, eol, last]) => r.join(eol) + (last ? eol : ''));
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        const whole = parseCsv(text);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const p = new CsvParser(',');
        let carry = '';
        let from = 0;
        for (const at of [...points, text.length]) {
          const block = carry + text.slice(from, at);
          from = at;
          carry = block.slice(p.feed(block, at === text.length));
        }
        expect(p.rows).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads plain decimals exactly as Number() does', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.nat({ max: 19 }), (n, k) => {
        const digits = (n < 0n ? -n : n).toString().padStart(k + 1, '0');
        const text = `${n < 0n ? '-' : ''}${k > 0 ? `${digits.slice(0, -k)}.${digits.slice(-k)}` : digits}`;
        const [cell] = parseCsv(text)[0];
        if (typeof cell === 'number') expect(cell).toBe(Number(text));
        else expect(/^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/.test(text)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readCsvFile', () => {
  it.each([
    ['utf-8', (t: string) => Buffer.from(t, 'utf8')],
    ['utf-8-bom', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
    ['gb18030', (t: string) => iconv.encode(t, 'gb18030')],
  ] as const)(
    'reads a %s file of many blocks: characters and quoted fields across block ends',
    async (encoding, encode) => {
      const rows: string[][] = [['日期', '客户', '备注', '销售额']];
      for (let i = 0; i < 20_000; i++)
        rows.push([`2025-01-0${1 + (i % 9)}`, `客户${i}有限公司`, `"第${i}行，\r\n含换行"`, `${i}.5`]);
      const path = join(dir, `${encoding}-big.csv`);
      writeFileSync(path, encode(rows.map((r) => r.join(',')).join('\r\n')));
      const r = await readCsvFile(path);
      expect(r.encoding).toBe(encoding);
      expect(r.grid.length).toBe(rows.length);
      const wrong = rows.findIndex((row, k) =>
        k === 0
          ? row.some((v, c) => r.grid[0][c] !== v)
          : r.grid[k][1] !== row[1] ||
            r.grid[k][2] !== `第${k - 1}行，\r\n含换行` ||
            r.grid[k][3] !== k - 1 + 0.5,
      );
      expect(wrong).toBe(-1);
    },
  );

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
