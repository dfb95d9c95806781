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
import { compareReview, type ModelView } from '../test/real/compare';
import { REAL_DIR, readExpected, readPeople, type PersonChoice } from '../test/real/people';

/** A stream that keeps what is written to it. */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
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
  // What only the user knows (status codes): given as the user would give it (people.json userArgs).
  argv.push(...(p.userArgs ?? []));
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
        for (const c of compareReview(p, e, r.model)) {
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
