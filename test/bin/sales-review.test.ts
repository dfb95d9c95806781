/**
 * The shipped command: bin/sales-review.js runs the esbuild bundle (no TypeScript at run time),
 * and package.json says what it needs — the Node version its APIs need, the packages it imports
 * as dependencies, the build tools as devDependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

describe('bin/sales-review.js', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bin-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'pipe' });
  });

  it('runs the bundle: a CSV review prints its three lines', () => {
    const csv = join(dir, 'sales.csv');
    const lines = ['日期,区域,客户,销售额'];
    for (let m = 1; m <= 12; m++)
      for (const y of [2024, 2025]) lines.push(`${y}-${m}-05,华东,甲公司,${1000 * m + y}`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin', 'sales-review.js'), 'review', csv, '--lang', 'en', '-q'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('exits 2 with one sentence on a bad command line', () => {
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin', 'sales-review.js'), 'reveiw', 'x.xlsx', '--lang', 'en'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('package.json', () => {
  it('asks for the Node version whose zlib has crc32 (20.15)', () => {
    expect(pkg.engines.node).toBe('>=20.15');
  });

  it('builds the CLI on npm ci, and keeps build tools out of the runtime dependencies', () => {
    expect(pkg.scripts.prepare).toContain('build:cli');
    for (const tool of ['tsx', 'typescript', 'esbuild']) {
      expect(pkg.dependencies[tool]).toBeUndefined();
      expect(pkg.devDependencies[tool]).toBeDefined();
    }
  });

  it('declares every package the CLI imports', () => {
    const files = (d: string): string[] =>
      readdirSync(join(root, d), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : [],
      );
    const imported = new Set<string>();
    for (const f of [...files('cli'), ...files('core')].filter((f) => !f.endsWith('bench-cli.ts'))) {
      for (const m of readFileSync(join(root, f), 'utf8').matchAll(/from '([^.'][^']*)'/g)) {
        if (m[1].startsWith('node:')) continue;
        imported.add(m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0]);
      }
    }
    expect([...imported].filter((p) => pkg.dependencies[p] === undefined)).toEqual([]);
  });
});
