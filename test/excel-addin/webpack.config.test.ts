/** The build configuration loads under Node and describes the shared-runtime bundle layout. */
import { parse } from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import { createContext, runInContext } from 'node:vm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../excel-addin/webpack.config.js') as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<{
  entry: Record<string, string>;
  output: { path: string; filename: string };
  plugins: { constructor: { name: string }; userOptions?: { chunks?: string[]; template?: string } }[];
  devServer: { port: number; server: { type: string } };
  module: { rules: { use: { loader: string; options: { transpileOnly: boolean } } }[] };
}>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { tooOldScript } = require('../../excel-addin/webpack.config.js') as { tooOldScript: () => string };

/** Runs the page's ES5 check in a browser-like context; `parses` false plays IE11 (no ES2022 syntax). */
function runTooOld(opts: { parses: boolean; language: string; office?: string }) {
  const status = { textContent: '', attrs: {} as Record<string, string> };
  const win: Record<string, unknown> = {
    navigator: { language: opts.language },
    document: {
      getElementById: (id: string) =>
        id === 'sr-status'
          ? {
              ...status,
              setAttribute: (k: string, v: string) => (status.attrs[k] = v),
              set textContent(t: string) {
                status.textContent = t;
              },
            }
          : null,
    },
  };
  win.window = win;
  if (!opts.parses)
    win.Function = function () {
      throw new SyntaxError('Expected identifier');
    };
  if (opts.office)
    win.Office = { context: { displayLanguage: opts.office }, onReady: (f: () => void) => f() };
  runInContext(tooOldScript(), createContext(win));
  return { flagged: win.__salesReviewTooOld === true, status };
}

describe('the ES5 "Excel is too old" page script', () => {
  const messages = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', '..', 'excel-addin', 'too-old-messages.json'), 'utf8'),
  ) as Record<string, string>;

  test('parses as ES5 (Internet Explorer 11 must be able to run it)', () => {
    expect(() => parse(tooOldScript(), { ecmaVersion: 5 })).not.toThrow();
  });

  test('in a browser that cannot parse the bundle it says what to do, in Office’s language', () => {
    const r = runTooOld({ parses: false, language: 'en-US', office: 'zh-TW' });
    expect(r.flagged).toBe(true);
    expect(r.status.textContent).toBe(messages['zh-TW']);
    expect(r.status.attrs['data-state']).toBe('error');
    expect(runTooOld({ parses: false, language: 'zh-CN' }).status.textContent).toBe(messages['zh-CN']);
    expect(runTooOld({ parses: false, language: 'de-DE' }).status.textContent).toBe(messages.en);
  });

  test('in a current browser it does nothing', () => {
    const r = runTooOld({ parses: true, language: 'zh-CN' });
    expect(r).toEqual({ flagged: false, status: { textContent: '', attrs: {} } });
  });

  test('has the message in en, zh-CN and zh-TW, Chinese with full-width punctuation', () => {
    expect(Object.keys(messages).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
    for (const lang of ['zh-CN', 'zh-TW']) expect(messages[lang]).not.toMatch(/[,;:]\s|\(\S/);
  });
});

describe('excel-addin/webpack.config.js', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test('three entries into dist/excel, one page carrying all of them', async () => {
    const c = await config({}, { mode: 'production' });
    expect(Object.keys(c.entry)).toEqual(['functions', 'commands', 'taskpane']);
    expect(c.entry.functions.endsWith(path.join('excel-addin', 'generated', 'functions.ts'))).toBe(true);
    expect(c.output.path.endsWith(path.join('dist', 'excel'))).toBe(true);
    const html = c.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin');
    expect(html?.userOptions?.chunks).toEqual(['functions', 'commands', 'taskpane']);
    const names = c.plugins.map((p) => p.constructor.name);
    expect(names).toEqual(
      expect.arrayContaining(['CustomFunctionsMetadataPlugin', 'HtmlWebpackPlugin', 'CopyPlugin']),
    );
  });

  test('ts-loader transpiles only; the dev server is https on port 3000', async () => {
    const c = await config({}, { mode: 'development' });
    expect(c.module.rules[0].use).toMatchObject({ loader: 'ts-loader', options: { transpileOnly: true } });
    expect(c.devServer.port).toBe(3000);
    expect(c.devServer.server.type).toBe('https');
  });

  test('a production build without ADDIN_PUBLIC_URL warns that localhost URLs remain', async () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    delete process.env.ADDIN_PUBLIC_URL;
    await config({}, { mode: 'production' });
    process.env.ADDIN_PUBLIC_URL = saved;
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ADDIN_PUBLIC_URL'));
  });

  test('the task pane template loads Office.js from the Microsoft CDN', () => {
    const html = fs.readFileSync(path.join(__dirname, '..', '..', 'excel-addin', 'taskpane.html'), 'utf8');
    expect(html).toContain(
      '<script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js">',
    );
    expect(html).toContain('id="app"');
    expect(html).toContain('id="sr-status"');
  });
});
