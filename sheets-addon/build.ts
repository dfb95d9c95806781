/**
 * Builds the Apps Script project into dist/sheets (or the directory given as the first argument):
 * appsscript.json, sales-review-lib.js (core + server as one classic script exposing the global
 * SalesReviewLib), main.js (triggers, menu commands, sidebar API), functions.js (the generated
 * SALES_* wrappers) and sidebar.html (the wizard, JS and CSS inlined). `clasp push` uploads it.
 *
 * Usage: npx tsx sheets-addon/build.ts [outDir]
 */
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { manifest } from './manifest';
import { libraryScript, mainScript, sidebarHtml, FUNCTIONS_GLOBAL, MODULE_GLOBAL } from './wrappers';

const ROOT = resolve(__dirname, '..');
/** Apps Script's V8 runtime: modern syntax, but lower to a conservative level to be safe. */
const GAS_TARGET = 'es2019';

export interface BuildOptions {
  outDir?: string;
  /** Build sidebar.html (needs core/taskpane's mountWizard). Default true. */
  sidebar?: boolean;
  /** Minify the server bundle (default true; false for readable stack traces while debugging). */
  minify?: boolean;
}

export interface BuildReport {
  outDir: string;
  files: { name: string; bytes: number; gzipBytes: number }[];
  /** Stale files removed from outDir (clasp's Code.js, files of an earlier build). */
  removed: string[];
}

function assertClassicScript(name: string, code: string): void {
  try {
    new Script(code, { filename: name });
  } catch (e) {
    throw new Error(
      `${name} is not a valid classic script (ES module syntax left?): ${(e as Error).message}`,
    );
  }
}

async function bundleServer(entry: string, globalName: string, minify: boolean): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: GAS_TARGET,
    minify,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

async function bundleSidebar(minify: boolean): Promise<{ js: string; css: string }> {
  const out = await esbuild.build({
    entryPoints: [join(ROOT, 'sheets-addon/client/main.ts')],
    bundle: true,
    write: false,
    outdir: 'sidebar-out',
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify,
    legalComments: 'none',
    logLevel: 'silent',
    loader: { '.svg': 'dataurl', '.png': 'dataurl', '.woff2': 'dataurl' },
  });
  const js = out.outputFiles
    .filter((f) => f.path.endsWith('.js'))
    .map((f) => f.text)
    .join('\n');
  const css = out.outputFiles
    .filter((f) => f.path.endsWith('.css'))
    .map((f) => f.text)
    .join('\n');
  return { js, css };
}

function generatedFunctions(): string {
  const path = join(ROOT, 'sheets-addon/generated/functions.js');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run gen:functions\` first.`);
  return readFileSync(path, 'utf8');
}

/** Files clasp would push from the output directory (it pushes every script, page and manifest there). */
const PUSHED = /\.(js|gs|ts|html|json)$/i;

/**
 * Removes what an earlier build or `clasp create-script` / `clasp pull` left in the output
 * directory (clasp's default `Code.js`, a renamed file) so `clasp push` sends exactly this build.
 * Refuses a directory that looks like a source tree rather than a build output.
 */
function cleanStale(outDir: string, keep: ReadonlySet<string>): string[] {
  if (existsSync(join(outDir, 'package.json')) || existsSync(join(outDir, '.git')))
    throw new Error(
      `${outDir} looks like a source folder (package.json or .git): build into its own folder.`,
    );
  const removed: string[] = [];
  for (const name of readdirSync(outDir)) {
    const path = join(outDir, name);
    if (keep.has(name) || !PUSHED.test(name) || !statSync(path).isFile()) continue;
    rmSync(path);
    removed.push(name);
  }
  return removed;
}

/**
 * Builds the project; throws with a clear message when a part cannot be built.
 * @example await buildSheets({ outDir: 'dist/sheets' })
 */
export async function buildSheets(options: BuildOptions = {}): Promise<BuildReport> {
  const outDir = resolve(options.outDir ?? join(ROOT, 'dist/sheets'));
  // Minified: Apps Script parses the whole project on every custom-function call.
  const minify = options.minify ?? true;
  mkdirSync(outDir, { recursive: true });
  const files: Record<string, string> = {
    'appsscript.json': `${JSON.stringify(manifest(), null, 2)}\n`,
    'sales-review-lib.js': libraryScript(
      await bundleServer('sheets-addon/server/entry.ts', MODULE_GLOBAL, minify),
      await bundleServer('sheets-addon/server/functions-entry.ts', FUNCTIONS_GLOBAL, minify),
    ),
    'main.js': mainScript(),
    'functions.js': generatedFunctions(),
  };
  for (const name of ['sales-review-lib.js', 'main.js', 'functions.js'])
    assertClassicScript(name, files[name]);
  if (options.sidebar ?? true) {
    const { js, css } = await bundleSidebar(true);
    files['sidebar.html'] = sidebarHtml(js, css);
  }
  const report: BuildReport = { outDir, files: [], removed: cleanStale(outDir, new Set(Object.keys(files))) };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(outDir, name), text);
    const bytes = Buffer.byteLength(text);
    report.files.push({ name, bytes, gzipBytes: gzipSync(text).length });
  }
  return report;
}

if (require.main === module) {
  buildSheets({ outDir: process.argv[2] })
    .then((r) => {
      for (const f of r.files)
        console.log(`${f.name.padEnd(22)} ${String(f.bytes).padStart(9)} B  (${f.gzipBytes} B gzipped)`);
      for (const name of r.removed) console.log(`removed stale ${name}`);
      console.log(`Built ${r.outDir}`);
    })
    .catch((e: unknown) => {
      console.error(`build:sheets failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    });
}
