/**
 * The production build `npm test` runs first (`npm run bundle:excel`): every file the manifest
 * points at is in dist/excel, and the functions.json that custom-functions-metadata-plugin derived
 * from the generated JSDoc wrappers is the registry's metadata, field for field.
 */
import { parse } from 'acorn';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'excel');
const read = (p: string) => readFileSync(p, 'utf8');

describe('dist/excel (npm run build:excel)', () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, 'functions.json')))
      throw new Error('dist/excel is missing: run `npm run build:excel` (npm test does it first)');
  });

  it('holds every file the manifest references', () => {
    const urls = [...read(join(ROOT, 'manifest.xml')).matchAll(/DefaultValue="https:\/\/[^/"]+\/([^"]+)"/g)];
    const files = [...new Set(urls.map((m) => m[1].split(/[?#]/)[0]))];
    expect(files).toEqual(
      expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'help.html']),
    );
    // the per-locale overrides (Value=…) too
    for (const f of ['functions.zh-CN.json', 'functions.zh-TW.json'])
      expect(existsSync(join(DIST, f))).toBe(true);
    for (const f of files) expect(existsSync(join(DIST, f))).toBe(true);
  });

  it('has the plugin-built functions.json equal to the registry metadata', () => {
    const built = JSON.parse(read(join(DIST, 'functions.json'))) as unknown;
    const fromRegistry = JSON.parse(
      read(join(ROOT, 'excel-addin', 'generated', 'functions.json')),
    ) as unknown;
    expect(built).toEqual(fromRegistry);
  });

  it('ships the ES5 "too old" check in the page, with its messages in place, before the bundle runs', () => {
    const html = read(join(DIST, 'taskpane.html'));
    const script = /<script id="?sr-too-old"?>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain('WebView2');
    expect(script).not.toContain('__MESSAGES__');
    // still ES5 after the HTML minifier
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  it('ships the zh-CN and zh-TW function help and a task pane that loads Office.js from the CDN', () => {
    expect(read(join(DIST, 'functions.zh-CN.json'))).toContain('最大余数法');
    expect(read(join(DIST, 'functions.zh-TW.json'))).toContain('最大餘數法');
    expect(read(join(DIST, 'taskpane.html'))).toMatch(
      /<script[^>]+src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/,
    );
  });
});
