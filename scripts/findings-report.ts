/**
 * Prints the findings of the demo review and of every sheet of the real corpus, as a reader sees
 * them (the findings tab's sentences, in English), each marked "to address" or "highlight", with
 * the share of the business it moves. A reviewer's check that nothing immaterial is raised.
 *
 *   npx tsx scripts/findings-report.ts            # the demo and every corpus file
 *   npx tsx scripts/findings-report.ts superstore # files whose name contains the text
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main, type Io } from '../cli/main';
import { writeSample } from '../examples/generate';
import { findingSentence, words } from '../core/narrative';
import type { ReviewModel } from '../core/review';
import { readPeople } from '../test/real/people';
import { REAL_DIR } from '../test/real/people';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function review(file: string, out: string, extra: string[]): Promise<ReviewModel | string> {
  const json = join(out, 'r.json');
  const argv = ['review', file, '-q', '-o', join(out, 'r.xlsx'), '--json', json, '--lang', 'en', ...extra];
  const stderr = new Capture();
  const code = await main(argv, { stdout: new Capture(), stderr, env: {} } as unknown as Io);
  return code === 0 ? (JSON.parse(readFileSync(json, 'utf8')) as ReviewModel) : stderr.text.trim();
}

function print(name: string, m: ReviewModel | string): void {
  process.stdout.write(`== ${name}\n`);
  if (typeof m === 'string') {
    process.stdout.write(`  refused: ${m.split('\n')[0]}\n`);
    return;
  }
  const w = words('en', m.currency);
  const basis = (m as { comparisonBasis?: unknown }).comparisonBasis;
  process.stdout.write(
    `  year ${m.year}, months with data ${m.monthsWithData}, revenue ${Math.round(m.totals.revenue)}, prior ${m.totals.priorRevenue === null ? '-' : Math.round(m.totals.priorRevenue)}${basis ? `, basis ${JSON.stringify(basis)}` : ''}\n`,
  );
  for (const f of m.findings) {
    const kind = f.severity === 'highlight' ? 'highlight' : 'TO ADDRESS';
    process.stdout.write(`  ${kind.padEnd(10)} ${f.severity.padEnd(6)} ${findingSentence(f, m, w)}\n`);
  }
}

async function run(filter: string | undefined): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'findings-report-'));
  try {
    if (!filter || 'demo'.includes(filter)) {
      const input = join(out, 'sales-2025.xlsx');
      await writeSample(input);
      print('demo (examples/generate.ts)', await review(input, out, []));
    }
    for (const p of readPeople().files.filter((x) => !filter || x.file.includes(filter))) {
      const extra = p.wide && p.wide.year === null ? ['--year', String(p.wide.yearForRun)] : [];
      print(p.file, await review(join(REAL_DIR, p.file), out, extra));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

run(process.argv[2]).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
});
