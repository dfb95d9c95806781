/**
 * Every package the code imports is declared in package.json (jszip once arrived only through
 * exceljs); the CLI and add-ons' runtime code imports only `dependencies`, never a devDependency.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const deps = new Set(Object.keys(pkg.dependencies ?? {}));
const devDeps = new Set(Object.keys(pkg.devDependencies ?? {}));
const BUILTIN = new Set(builtinModules);
const FOLDERS = ['core', 'cli', 'excel-addin', 'sheets-addon', 'examples', 'scripts', 'bench', 'test', 'bin'];
const SPEC = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"./][^'"]*)['"]/gm;

/** A package name as npm allows it, with an optional subpath. */
const NPM_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*(\/[\w./-]*)?$/;

function sources(dir: string): string[] {
  let out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (
      e.name === 'node_modules' ||
      e.name === 'generated' ||
      e.name === 'fixtures' ||
      e.name.startsWith('.')
    )
      continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(sources(p));
    else if (/\.(ts|js|cjs|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The package a bare specifier names: `@scope/name` or `name` (subpaths dropped). */
function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Bare imports of every source file, as [file, package]. */
function imports(): [string, string][] {
  const out: [string, string][] = [];
  for (const folder of FOLDERS)
    for (const file of sources(join(root, folder))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(SPEC)) {
        const spec = m[1];
        if (!NPM_NAME.test(spec)) continue; // text that only looks like an import ('4:3:2:1', '${x}')
        if (spec.startsWith('node:') || BUILTIN.has(spec.split('/')[0])) continue;
        out.push([relative(root, file), packageOf(spec)]);
      }
    }
  return out;
}

describe('declared dependencies', () => {
  const all = imports();

  it('finds the imports it checks', () => {
    expect(all.some(([, p]) => p === 'zod')).toBe(true);
    expect(all.some(([, p]) => p === 'exceljs')).toBe(true);
  });

  it('declares every imported package in package.json', () => {
    const missing = all.filter(([, p]) => !deps.has(p) && !devDeps.has(p) && !p.startsWith('@types/'));
    expect(missing).toEqual([]);
  });

  it('imports only dependencies (not devDependencies) from the code the CLI ships', () => {
    const shipped = all.filter(
      ([f]) => f.startsWith('core/') || f.startsWith('cli/') || f.startsWith('bin/'),
    );
    const dev = shipped.filter(([f, p]) => devDeps.has(p) && !/bench|\.test\./.test(f));
    expect(dev).toEqual([]);
  });
});
