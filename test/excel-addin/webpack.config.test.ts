/** The build configuration loads under Node and describes the shared-runtime bundle layout. */
import * as fs from 'fs';
import * as path from 'path';

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
