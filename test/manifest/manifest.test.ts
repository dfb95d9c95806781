/**
 * Offline checks of manifest.xml (office-addin-manifest validate needs the network): well-formed,
 * every resid defined and ≤ 32 characters, https everywhere, ribbon functions associated in
 * commands.ts, one shared runtime, icons present at their sizes, zh locales, and the build's URL
 * rewrite.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..', '..');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (_name: string, _jpath: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});
type Node = Record<string, unknown>;
const doc = parser.parse(XML) as Node;

/** Every element named `name`, anywhere in the tree. */
function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === name) (Array.isArray(v) ? v : [v]).forEach((n) => out.push(n as Node));
      all(v, name, out);
    }
  }
  return out;
}

/** Every attribute value named `attr` anywhere. */
function attrs(node: unknown, attr: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attrs(n, attr, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === `@${attr}`) out.push(String(v));
      else attrs(v, attr, out);
    }
  }
  return out;
}

const text = (n: Node | string | undefined): string =>
  typeof n === 'string' || typeof n === 'number' ? String(n) : String((n?.['#text'] as unknown) ?? '');
const resources = all(doc, 'Resources')[0];
const defined = new Map<string, Node>();
for (const kind of ['Image', 'Url', 'String'])
  for (const n of all(resources, kind)) defined.set(String(n['@id']), n);
const urlOf = (id: string): string => String(defined.get(id)?.['@DefaultValue']);

describe('manifest.xml', () => {
  test('is well-formed XML with a TaskPaneApp root', () => {
    expect(XMLValidator.validate(XML)).toBe(true);
    expect(all(doc, 'OfficeApp')[0]['@type']).toBe('TaskPaneApp');
  });

  test('every resid is defined and at most 32 characters', () => {
    const used = attrs(doc, 'resid');
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) {
      expect(defined.has(id)).toBe(true);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    for (const id of defined.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  test('every URL is https', () => {
    const urls = [...XML.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"/g)].map((m) => m[1]);
    urls.push(...all(doc, 'AppDomain').map(text));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    // namespace names are URIs, not URLs that are fetched
    expect(XML.replace(/xmlns(:\w+)?="[^"]*"/g, '')).not.toMatch(/http:\/\//);
  });

  test('every ExecuteFunction FunctionName is associated in commands.ts', () => {
    const names = all(doc, 'FunctionName').map(text);
    expect(names).toEqual(['generateReview']);
    const src = fs.readFileSync(path.join(ROOT, 'excel-addin', 'commands.ts'), 'utf8');
    const associated = [...src.matchAll(/Office\.actions\.associate\(\s*'(\w+)'/g)].map((m) => m[1]);
    for (const n of names) expect(associated).toContain(n);
  });

  test('one shared runtime: Runtime, task pane, FunctionFile and functions page use the same resid', () => {
    const runtimes = all(doc, 'Runtime');
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]['@lifetime']).toBe('long');
    const resid = String(runtimes[0]['@resid']);
    expect(all(doc, 'FunctionFile')[0]['@resid']).toBe(resid);
    const pageSource = all(all(doc, 'Page')[0], 'SourceLocation')[0];
    expect(pageSource['@resid']).toBe(resid);
    const showTaskpane = all(doc, 'Action').filter((a) => a['@type'] === 'ShowTaskpane');
    expect(showTaskpane).toHaveLength(1);
    expect(all(showTaskpane[0], 'SourceLocation')[0]['@resid']).toBe(resid);
    const sets = all(all(doc, 'Requirements')[0], 'Set');
    expect(sets.map((s) => `${s['@Name']} ${s['@MinVersion']}`)).toContain('SharedRuntime 1.1');
  });

  test('custom functions: namespace SALES, functions.json with zh-CN and zh-TW overrides', () => {
    const ns = all(doc, 'Namespace')[0];
    expect(urlOf(String(ns['@resid']))).toBe('SALES');
    const metaResid = String(all(all(doc, 'Metadata')[0], 'SourceLocation')[0]['@resid']);
    expect(urlOf(metaResid)).toBe('https://localhost:3000/functions.json');
    const overrides = all(defined.get(metaResid), 'Override');
    expect(overrides.map((o) => [o['@Locale'], o['@Value']])).toEqual([
      ['zh-CN', 'https://localhost:3000/functions.zh-CN.json'],
      ['zh-TW', 'https://localhost:3000/functions.zh-TW.json'],
    ]);
    for (const url of overrides.map((o) => String(o['@Value'])))
      expect(fs.existsSync(path.join(ROOT, 'excel-addin', 'generated', new URL(url).pathname))).toBe(true);
  });

  test('support and learn-more links lead to the help page, not to the task pane', () => {
    const support = String(all(doc, 'SupportUrl')[0]['@DefaultValue']);
    const learnMore = urlOf(String(all(doc, 'LearnMoreUrl')[0]['@resid']));
    expect(support).toBe('https://localhost:3000/help.html#support');
    expect(learnMore).toBe('https://localhost:3000/help.html#get-started');
    const help = fs.readFileSync(path.join(ROOT, 'excel-addin', 'help.html'), 'utf8');
    for (const anchor of ['support', 'get-started', 'zh-cn', 'zh-tw'])
      expect(help).toContain(`id="${anchor}"`);
  });

  test('the Home tab group has Generate review (ExecuteFunction) and Open wizard (ShowTaskpane)', () => {
    const tab = all(doc, 'OfficeTab')[0];
    expect(tab['@id']).toBe('TabHome');
    const controls = all(tab, 'Control');
    const label = (c: Node) => urlOf(String(all(c, 'Label')[0]['@resid']));
    expect(controls.map((c) => [label(c), all(c, 'Action')[0]['@type']])).toEqual([
      ['Generate review', 'ExecuteFunction'],
      ['Open wizard', 'ShowTaskpane'],
    ]);
  });

  test('labels have zh-CN and zh-TW overrides', () => {
    for (const id of [
      'Group.Label',
      'Generate.Label',
      'Wizard.Label',
      'Generate.Tooltip',
      'Wizard.Tooltip',
    ]) {
      const locales = all(defined.get(id), 'Override').map((o) => o['@Locale']);
      expect(locales).toEqual(['zh-CN', 'zh-TW']);
    }
  });

  test('string lengths stay within the schema limits (short 125, long 250)', () => {
    for (const s of all(all(resources, 'ShortStrings')[0], 'String')) {
      for (const v of [s['@DefaultValue'], ...all(s, 'Override').map((o) => o['@Value'])]) {
        expect(String(v).length).toBeLessThanOrEqual(125);
      }
    }
    for (const s of all(all(resources, 'LongStrings')[0], 'String')) {
      for (const v of [s['@DefaultValue'], ...all(s, 'Override').map((o) => o['@Value'])]) {
        expect(String(v).length).toBeLessThanOrEqual(250);
      }
    }
  });

  test('every icon exists as a PNG of the size it is used at (16/32/80)', () => {
    const usages = all(all(doc, 'VersionOverrides')[0], 'Image').filter((i) => i['@size']);
    const sizes = new Set(usages.map((u) => Number(u['@size'])));
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 80]);
    for (const u of usages) {
      const url = urlOf(String(u['@resid']));
      const file = path.join(ROOT, new URL(url).pathname);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(u['@size']), Number(u['@size'])]);
    }
    for (const el of ['IconUrl', 'HighResolutionIconUrl']) {
      const url = String(all(doc, el)[0]['@DefaultValue']);
      expect(fs.existsSync(path.join(ROOT, new URL(url).pathname))).toBe(true);
    }
  });
});

describe('build URL rewrite (excel-addin/webpack.config.js)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rewriteUrls, PRODUCTION_ID } = require('../../excel-addin/webpack.config.js') as {
    rewriteUrls: (xml: string, url: string) => string;
    PRODUCTION_ID: string;
  };

  test('the production manifest has its own Id and no "(dev)" in its name; the dev one keeps both', () => {
    const devId = text(all(doc, 'Id')[0]);
    const out = rewriteUrls(XML, 'https://addin.example.com/sales-review/');
    const prod = parser.parse(out) as Node;
    expect(devId).toMatch(/^[0-9a-f-]{36}$/);
    expect(PRODUCTION_ID).toMatch(/^[0-9a-f-]{36}$/);
    expect(text(all(prod, 'Id')[0])).toBe(PRODUCTION_ID);
    expect(PRODUCTION_ID).not.toBe(devId);
    expect(all(doc, 'DisplayName')[0]['@DefaultValue']).toBe('Sales Review (dev)');
    const name = all(prod, 'DisplayName')[0];
    expect([name['@DefaultValue'], ...all(name, 'Override').map((o) => o['@Value'])]).toEqual([
      'Sales Review',
      '销售复盘',
      '銷售復盤',
    ]);
  });

  test('rewrites every localhost URL to the public base, AppDomain to its origin', () => {
    const out = rewriteUrls(XML, 'https://addin.example.com/sales-review/');
    expect(out).not.toContain('localhost');
    expect(out).toContain('<AppDomain>https://addin.example.com</AppDomain>');
    expect(out).toContain('DefaultValue="https://addin.example.com/sales-review/taskpane.html"');
    expect(out).toContain('Value="https://addin.example.com/sales-review/functions.zh-CN.json"');
    expect(XMLValidator.validate(out)).toBe(true);
  });

  test('refuses a non-https public URL', () => {
    expect(() => rewriteUrls(XML, 'http://addin.example.com/')).toThrow('https');
  });
});
