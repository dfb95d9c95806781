/** The demo command end to end: the sample workbook through the CLI, three lines out, the JSON contract in place. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSample } from '../../examples/generate';
import type { ReviewModel } from '../../core/review/model';
import { immaterialToAddress } from '../real/immaterial';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo', () => {
  const input = join(dir, 'sales-2025.xlsx');
  const out = join(dir, 'out', 'sales-review-2025.xlsx');
  const json = join(dir, 'out', 'sales-review-2025.json');
  let stdout = '';
  let stderr = '';
  let status: number | null = null;

  beforeAll(async () => {
    await writeSample(input);
    const r = spawnSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'cli', 'main.ts'), 'review', input, '-o', out, '--json', json],
      {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C.UTF-8' },
      },
    );
    stdout = r.stdout;
    stderr = r.stderr;
    status = r.status;
  });

  it('prints exactly three lines: attainment, YoY growth, output path (zh-CN)', () => {
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^完成率：(9[5-9]|10\d|110)\.\d%（实际 3\.\d\d亿元 \/ 基础目标 3\.\d\d亿元）；挑战目标/,
    );
    expect(lines[1]).toMatch(/^同比增长：\+1\d\.\d%（实际 3\.\d\d亿元 \/ 2024年 /);
    expect(lines[2]).toBe(`输出：${out}（数据来自工作表「销售明细」，目标来自「目标」）`);
  });

  it('writes the ReviewModel JSON with the public keys', () => {
    const m = JSON.parse(readFileSync(json, 'utf8')) as Record<string, Record<string, unknown>> & {
      schemaVersion: number;
    };
    expect(m.schemaVersion).toBe(6);
    for (const role of [
      'date',
      'amount',
      'cost',
      'quantity',
      'customer',
      'region',
      'product',
      'channel',
      'salesperson',
    ]) {
      expect(typeof m.mapping[role]).toBe('string');
    }
    for (const k of [
      'revenue',
      'priorRevenue',
      'yoy',
      'target',
      'attainment',
      'stretchTarget',
      'stretchAttainment',
      'grossProfit',
      'grossMargin',
      'priorGrossMargin',
      'grossMarginChange',
    ]) {
      expect(m.totals).toHaveProperty(k);
    }
    expect(m.quarters).toHaveLength(4);
    const customers = m.customers as { largestShare: number; new: number; wonBack: number; lost: number };
    expect(customers.largestShare).toBeGreaterThan(0.12);
    expect(customers.largestShare).toBeLessThan(0.18);
    expect(customers.new).toBeGreaterThan(0);
    expect(customers.wonBack).toBeGreaterThan(0);
    expect(customers.lost).toBeGreaterThan(0);
    const dq = m.dataQuality as { rowsSkipped: number; skipped: { code: string }[] };
    expect(dq.skipped.map((s) => s.code)).toEqual(expect.arrayContaining(['SUBTOTAL_ROW', 'BLANK_ROW']));
  });

  it('raises nothing immaterial to address (issue 15: 1% of the business, 5% of the segment)', () => {
    const m = JSON.parse(readFileSync(json, 'utf8')) as ReviewModel;
    expect(m.findings.filter((f) => f.severity !== 'highlight').length).toBeGreaterThan(0);
    expect(immaterialToAddress(m)).toEqual([]);
  });
});
