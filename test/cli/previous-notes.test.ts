/**
 * The CLI's real file round trip (issue 15): review a CSV into an .xlsx, type notes into its
 * findings and plan tabs as a spreadsheet program saves them (user-edits.ts), review again into the same
 * file, and find every note in place — by the ID column, a typed date still a date, a formula still
 * a formula, an edited weight kept; a finding that no longer occurs keeps its notes in the closed
 * block; a file that is not a workbook is left alone with a clear message.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { sheetFormulas } from '../../cli/previous-notes';
import { readXlsxFile } from '../../cli/read-xlsx';
import { openZip } from '../../cli/zip';
import { partText, workbookIndex } from '../../cli/xlsx-read/workbook-index';
import { refOf, typeInto } from './user-edits';

const dir = mkdtempSync(join(tmpdir(), 'cli-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two years of sales; 华南 falls by half in the second year unless `recovered`. */
function salesCsv(recovered: boolean): string {
  const lines = ['日期,客户,区域,销售额'];
  const regions = ['华东', '华北', '华南', '西部'];
  for (let m = 0; m < 24; m++) {
    const date = `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-05`;
    for (let i = 0; i < 12; i++) {
      const region = regions[i % 4];
      const falls = region === '华南' && m >= 12 && !recovered;
      lines.push(
        `${date},客户${i},${region},${Math.round((1000 + ((m * 37 + i * 11) % 300)) * (falls ? 0.5 : 1.05))}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function review(input: string, out: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const sink = (f: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _e, cb) {
        f(chunk.toString());
        cb();
      },
    });
  const code = await main(['review', input, '-o', out, '--lang', 'zh-CN', '-q'], {
    stdout: sink(() => undefined) as unknown as NodeJS.WriteStream,
    stderr: sink((s) => (stderr += s)) as unknown as NodeJS.WriteStream,
    env: {},
  });
  return { code, stderr };
}

const KEY = 'DECLINING_SEGMENT / region / 华南';

/** [row, col] (1-based) of the first cell holding `v`. */
function find(ws: ExcelJS.Worksheet, v: string): [number, number] {
  let at: [number, number] = [-1, -1];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (at[0] < 0 && cell.value === v) at = [r, c];
    }),
  );
  return at;
}

function colOf(ws: ExcelJS.Worksheet, headerRow: number, label: string): number {
  let col = -1;
  ws.getRow(headerRow).eachCell((cell, c) => {
    if (cell.value === label) col = c;
  });
  return col;
}

describe('CLI: notes in the output workbook survive a second review', () => {
  it('finds every note in place, and keeps the notes of a finding gone in the closed block', async () => {
    const input = join(dir, 'sales.csv');
    const out = join(dir, 'sales-review.xlsx');
    writeFileSync(input, salesCsv(false));
    expect((await review(input, out)).code).toBe(0);

    // The user's edits, saved as a spreadsheet program saves them (user-edits.ts).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const findings = wb.getWorksheet('复盘-问题与亮点')!;
    const [r, kc] = find(findings, KEY);
    expect(r).toBeGreaterThan(0);
    const [header] = find(findings, '序号');
    const col = (label: string) => colOf(findings, header, label);
    const plan = wb.getWorksheet('复盘-下年度计划')!;
    const [q1] = find(plan, 'in:weight / Q1');
    const [pr] = find(plan, KEY);
    const [ah] = find(plan, '对应问题');
    await typeInto(out, {
      '复盘-问题与亮点': [
        { ref: refOf(r, col('改进措施')), text: '重新签约华南三家经销商' },
        { ref: refOf(r, col('负责人')), formula: 'sales!B2' },
        { ref: refOf(r, col('截止日期')), number: 46477 }, // 2027-03-31 in the date-formatted column
      ],
      '复盘-下年度计划': [
        { ref: refOf(q1, 2), number: 0.4 },
        { ref: refOf(pr, colOf(plan, ah, '负责人')), text: '王强' },
        // A date typed into the General milestone column: the program gives the cell a date style.
        {
          ref: refOf(pr, colOf(plan, ah, '里程碑')),
          number: 46568,
          styleLike: refOf(pr, colOf(plan, ah, '截止日期')),
        },
      ],
    });

    expect((await review(input, out)).code).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    const f2 = again.getWorksheet('复盘-问题与亮点')!;
    const [r2, kc2] = find(f2, KEY);
    expect(kc2).toBe(kc);
    expect(f2.getCell(r2, col('改进措施')).value).toBe('重新签约华南三家经销商');
    expect(f2.getCell(r2, col('负责人')).formula).toBe('sales!B2');
    expect(f2.getCell(r2, col('截止日期')).value).toEqual(new Date(Date.UTC(2027, 2, 31)));
    const p2 = again.getWorksheet('复盘-下年度计划')!;
    expect(p2.getCell(find(p2, 'in:weight / Q1')[0], 2).value).toBe(0.4);
    const [pr2] = find(p2, KEY);
    expect(p2.getCell(pr2, colOf(p2, ah, '负责人')).value).toBe('王强');
    // Still a date, not 46568 shown as a number.
    expect(p2.getCell(pr2, colOf(p2, ah, '里程碑')).value).toEqual(new Date(Date.UTC(2027, 5, 30)));

    // 华南 recovers: its notes move to the closed block under the findings.
    writeFileSync(input, salesCsv(true));
    expect((await review(input, out)).code).toBe(0);
    const third = new ExcelJS.Workbook();
    await third.xlsx.readFile(out);
    const f3 = third.getWorksheet('复盘-问题与亮点')!;
    const [closed] = find(f3, '已关闭：本次未再出现（保留您的备注）');
    expect(closed).toBeGreaterThan(0);
    const [r3] = find(f3, KEY);
    expect(r3).toBeGreaterThan(closed);
    expect(f3.getCell(r3, col('改进措施')).value).toBe('重新签约华南三家经销商');
  });

  it('keeps a formula the user filled across (saved as a shared formula) in every cell, not only the first', async () => {
    const input = join(dir, 'sales-shared.csv');
    const out = join(dir, 'sales-review-shared.xlsx');
    writeFileSync(input, salesCsv(false));
    expect((await review(input, out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const findings = wb.getWorksheet('复盘-问题与亮点')!;
    const [r] = find(findings, KEY);
    const [header] = find(findings, '序号');
    const action = colOf(findings, header, '改进措施');
    expect(colOf(findings, header, '负责人')).toBe(action + 1);
    // 改进措施 and 负责人 filled from one formula, saved as Excel saves a fill: one master, one follower
    const a = refOf(r, action);
    const b = refOf(r, action + 1);
    await typeInto(out, {
      '复盘-问题与亮点': [
        { ref: a, shared: { si: '0', range: `${a}:${b}`, text: `E${r}&"-"&$B$1&Sheet9!E$2` } },
        { ref: b, shared: { si: '0' } },
      ],
    });

    expect((await review(input, out)).code).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    const f2 = again.getWorksheet('复盘-问题与亮点')!;
    expect(find(f2, KEY)[0]).toBe(r);
    expect(f2.getCell(r, action).formula).toBe(`E${r}&"-"&$B$1&Sheet9!E$2`);
    expect(f2.getCell(r, action + 1).formula).toBe(`F${r}&"-"&$B$1&Sheet9!F$2`);
  });

  it('leaves a file that is not a workbook alone and says how to go on', async () => {
    const input = join(dir, 'sales2.csv');
    const out = join(dir, 'not-a-workbook.xlsx');
    writeFileSync(input, salesCsv(false));
    writeFileSync(out, 'my notes, not a zip');
    const r = await review(input, out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('无法读取现有');
    expect(r.stderr).toContain('-o');
    expect(readFileSync(out, 'utf8')).toBe('my notes, not a zip');
  });

  it('reads formulas as typed from a sheet part', () => {
    const xml =
      '<worksheet><sheetData><row r="2"><c r="B2"><f>A1&amp;"x"</f><v>1</v></c><c r="C2"><v>3</v></c></row></sheetData></worksheet>';
    expect(sheetFormulas(xml)[1][1]).toBe('=A1&"x"');
    expect(sheetFormulas(xml)[1][2]).toBeUndefined();
  });

  it('gives every cell of a shared formula its own formula: the master’s, moved by the cell’s offset', () => {
    // E2:E4 filled down and F2:G2 filled across, as Excel saves them (ECMA-376 §18.3.1.40)
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="2"><c r="E2"><f t="shared" ref="E2:E4" si="0">B2*C2+$A$1</f><v>1</v></c>' +
      '<c r="F2"><f t="shared" ref="F2:G2" si="1">SUM(B2:D2)&amp;"B2"&amp;Sheet2!$B2</f><v>x</v></c>' +
      '<c r="G2"><f t="shared" si="1"/><v>y</v></c></row>' +
      '<row r="3"><c r="E3"><f t="shared" si="0"/><v>2</v></c></row>' +
      '<row r="4"><c r="E4"><f t="shared" si="0"/><v>3</v></c><c r="F4"><v>5</v></c></row>' +
      '</sheetData></worksheet>';
    const f = sheetFormulas(xml);
    expect(f[1][4]).toBe('=B2*C2+$A$1');
    expect(f[2][4]).toBe('=B3*C3+$A$1');
    expect(f[3][4]).toBe('=B4*C4+$A$1');
    expect(f[1][5]).toBe('=SUM(B2:D2)&"B2"&Sheet2!$B2');
    expect(f[1][6]).toBe('=SUM(C2:E2)&"B2"&Sheet2!$B2');
    expect(f[3][5]).toBeUndefined();
  });

  it('reads the shared formulas of a real WPS-saved workbook: each computes its cached value', async () => {
    // zh-wps-partner-months.xlsx: D2:I2 share SUM(D3:D271) across, J3:J266 share SUM(D3:I3) in
    // blocks of 64 rows (si 1–5); zh-product-months-wide.xlsx: N3:N9 share SUM(B3:M3)
    const cases = [
      { file: 'zh-wps-partner-months.xlsx', formulas: 6 + 1 + 264 },
      { file: 'zh-product-months-wide.xlsx', formulas: 8 },
    ];
    for (const { file, formulas } of cases) {
      const path = join(__dirname, '../fixtures/real', file);
      const zip = openZip(readFileSync(path));
      const tab = workbookIndex(zip).tabs[0];
      const f = sheetFormulas(partText(zip, tab.path ?? '') ?? '');
      const values = (await readXlsxFile(path))[0].grid;
      const num = (r: number, c: number): number => {
        const v = values[r]?.[c];
        return typeof v === 'number' ? v : 0;
      };
      let checked = 0;
      f.forEach((row, r) =>
        row.forEach((text, c) => {
          const m = /^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(String(text));
          expect({ file, cell: refOf(r + 1, c + 1), text, sum: !!m }).toEqual({
            file,
            cell: refOf(r + 1, c + 1),
            text,
            sum: true,
          });
          if (!m) return;
          const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          let sum = 0;
          for (let rr = Number(m[2]) - 1; rr <= Number(m[4]) - 1; rr++)
            for (let cc = col(m[1]); cc <= col(m[3]); cc++) sum += num(rr, cc);
          expect({ cell: refOf(r + 1, c + 1), value: num(r, c) }).toEqual({
            cell: refOf(r + 1, c + 1),
            value: expect.closeTo(sum, 2) as number,
          });
          checked++;
        }),
      );
      expect({ file, checked }).toEqual({ file, checked: formulas });
    }
  });
});
