/**
 * Runs the product on every sheet of the real corpus (test/fixtures/real) through the CLI's own
 * entry (cli/main.ts `main`, exactly what `sales-review review FILE` does, with --json), then
 * prints file by file the columns it chose against the person's choice (people.json) and its
 * review-year, prior-year and quarter revenue against the independent oracle (expected.json).
 *
 *   npx tsx scripts/real-corpus-report.ts            # every file
 *   npx tsx scripts/real-corpus-report.ts zh-tmall   # files whose name contains the text
 *
 * Exit code 0 when every file passes, 1 otherwise. Not part of `npm test` until the core reads
 * real sheets the way a person would (issues 11 and 14).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main, type Io } from '../cli/main';
import { REAL_DIR, readExpected, readPeople, type OracleFile, type PersonChoice } from '../test/real/people';

/** The part of the CLI's --json (ReviewModel) this report reads. */
interface ModelView {
  year: number;
  sheet: string | null;
  mapping: Record<string, string | null>;
  totals: { revenue: number; priorRevenue: number | null };
  quarters: { revenue: number }[];
}

/** A stream that keeps what is written to it. */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

interface Check {
  what: string;
  product: string;
  person: string;
  ok: boolean;
}

const norm = (s: string | null | undefined): string | null => (s == null ? null : s.trim());

const show = (v: string | number | null | undefined): string =>
  v == null ? '—' : typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 2 }) : v;

/** Equal to the cent (a relative 1e-9 for sums in the hundreds of millions). */
const sameMoney = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 0.01 + 1e-9 * Math.abs(b);

/** Column checks: each role the person filled (or left empty) against the product's mapping. */
function columnChecks(p: PersonChoice, m: ModelView): Check[] {
  const got = (role: string): string | null => norm(m.mapping[role]);
  const col = (what: string, product: string | null, person: string | null, ok?: boolean): Check => ({
    what,
    product: show(product),
    person: show(person),
    ok: ok ?? product === person,
  });
  const checks: Check[] = [];
  if (p.layout === 'list') {
    checks.push(col('date', got('date'), p.date));
    if (p.amount && 'column' in p.amount) checks.push(col('amount', got('amount'), p.amount.column));
    else if (p.amount) {
      // quantity × unit price: the product must use the quantity and derive the amount (its
      // mapping then names no single amount column, or names the product of the two); the
      // revenue checks below prove the product of the two was summed.
      const amount = got('amount');
      checks.push(col('quantity', got('quantity'), p.amount.quantity));
      checks.push(
        col(
          'amount',
          amount,
          `${p.amount.quantity} × ${p.amount.unitPrice}`,
          amount === null || amount.includes('×'),
        ),
      );
    }
  }
  checks.push(col('customer', got('customer'), p.customer));
  // The product's `product` role is the product line; a high-cardinality product name may fill it
  // (as a top-N list) only where the sheet has no product line.
  const line = p.productLine ?? p.product;
  checks.push(
    col(
      'product',
      got('product'),
      p.productLine ?? p.product,
      p.productLine ? got('product') === line : [line, null].includes(got('product')),
    ),
  );
  checks.push(col('region', got('region'), p.region));
  checks.push(col('salesperson', got('salesperson'), p.salesperson));
  checks.push(col('channel', got('channel'), p.channel));
  return checks;
}

function figureChecks(e: OracleFile, m: ModelView): Check[] {
  const checks: Check[] = [
    { what: 'year', product: String(m.year), person: String(e.reviewYear), ok: m.year === e.reviewYear },
    {
      what: 'revenue',
      product: show(m.totals.revenue),
      person: show(e.revenue),
      ok: sameMoney(m.totals.revenue, e.revenue),
    },
    {
      what: 'prior',
      product: show(m.totals.priorRevenue),
      person: show(e.prior),
      ok: sameMoney(m.totals.priorRevenue, e.prior),
    },
  ];
  e.quarters.forEach((q, i) => {
    const got = m.quarters[i]?.revenue ?? null;
    checks.push({ what: `Q${i + 1}`, product: show(got), person: show(q), ok: sameMoney(got, q) });
  });
  return checks;
}

async function runProduct(
  p: PersonChoice,
  out: string,
): Promise<{ code: number; stderr: string; model: ModelView | null }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const json = join(out, `${p.file}.json`);
  const argv = [
    'review',
    join(REAL_DIR, p.file),
    '-o',
    join(out, `${p.file}-review.xlsx`),
    '--json',
    json,
    '--lang',
    p.lang,
  ];
  // A wide sheet that states no year: the user is asked and answers (people.json yearForRun).
  if (p.wide && p.wide.year === null) argv.push('--year', String(p.wide.yearForRun));
  const io = { stdout, stderr, env: {} } as unknown as Io;
  const code = await main(argv, io);
  let model: ModelView | null = null;
  if (code === 0) model = JSON.parse(readFileSync(json, 'utf8')) as ModelView;
  return { code, stderr: stderr.text.trim(), model };
}

async function report(filter: string | undefined): Promise<number> {
  const people = readPeople().files.filter((p) => !filter || p.file.includes(filter));
  const expected = readExpected();
  const out = mkdtempSync(join(tmpdir(), 'real-corpus-'));
  let passed = 0;
  try {
    for (const p of people) {
      const e = expected.files[p.file];
      const r = await runProduct(p, out);
      const lines: string[] = [];
      let ok = r.code === 0 && r.model !== null;
      if (!r.model) {
        lines.push(`  the product refused it (exit ${r.code}): ${r.stderr.split('\n')[0] ?? ''}`);
      } else {
        const m = r.model;
        const wantSheet = p.sheets ? p.sheets.join(' + ') : p.sheet;
        if (wantSheet !== null && m.sheet !== wantSheet) {
          ok = false;
          lines.push(`  ✗ sheet        product: ${show(m.sheet)}   person: ${wantSheet}`);
        }
        for (const c of [...columnChecks(p, m), ...figureChecks(e, m)]) {
          if (!c.ok) ok = false;
          lines.push(
            `  ${c.ok ? '✓' : '✗'} ${c.what.padEnd(12)} product: ${c.product}   person/oracle: ${c.person}`,
          );
        }
        const warn = r.stderr.split('\n').filter((l) => l.trim() !== '');
        if (warn.length > 0) lines.push(`  stderr: ${warn.join(' | ')}`);
      }
      if (ok) passed++;
      process.stdout.write(`${ok ? 'PASS' : 'FAIL'}  ${p.file}\n${lines.join('\n')}\n\n`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  process.stdout.write(`${passed} of ${people.length} real sheets pass\n`);
  return passed === people.length ? 0 : 1;
}

report(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
