/**
 * Builds the Excel add-in into dist/excel/: taskpane.html (+ taskpane, commands and functions
 * bundles: one page, shared runtime), functions.json (custom-functions-metadata-plugin, from the
 * generated JSDoc wrappers), functions.zh-CN.json, assets/ and manifest.xml with every
 * https://localhost:3000 URL rewritten to ADDIN_PUBLIC_URL (production builds).
 *
 *   npm run build:excel                 ADDIN_PUBLIC_URL=https://addin.example.com/sales-review/
 *   npm run dev:excel                   https://localhost:3000 with office-addin-dev-certs
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const ROOT = path.resolve(__dirname, '..');
/**
 * manifest.xml is the development manifest (localhost); a production build gets this Id instead,
 * and its display name without "(dev)", so both can be installed side by side and Office's cache
 * never serves one for the other.
 */
const PRODUCTION_ID = '0e3fb37d-20ea-40a1-ae70-296da47f1548';
const DEV_ORIGIN = 'https://localhost:3000';
const FUNCTIONS_TS = path.join(__dirname, 'generated', 'functions.ts');

/**
 * The production manifest: localhost URLs rewritten to the public base URL (https only; AppDomain
 * gets the origin, every other URL keeps its path under the base), the production Id, and the
 * display name without the development mark.
 */
function rewriteUrls(manifest, publicUrl) {
  const url = new URL(publicUrl);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_PUBLIC_URL must be https, got ${publicUrl}`);
  const base = url.href.replace(/\/+$/, '');
  return manifest
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${url.origin}</AppDomain>`)
    .replace(/https:\/\/localhost:3000/g, base)
    .replace(/<Id>[^<]+<\/Id>/, `<Id>${PRODUCTION_ID}</Id>`)
    .replace(/ \(dev\)"/g, '"')
    .replace(/（开发）"/g, '"')
    .replace(/（開發）"/g, '"');
}

/** The ES5 "Excel is too old" script with its three messages in place. */
function tooOldScript() {
  const messages = JSON.parse(fs.readFileSync(path.join(__dirname, 'too-old-messages.json'), 'utf8'));
  return fs
    .readFileSync(path.join(__dirname, 'too-old.js'), 'utf8')
    .replace('__MESSAGES__', () => JSON.stringify(messages).replace(/</g, '\\u003c'));
}

async function config(env, argv) {
  const mode = (argv && argv.mode) || 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const publicUrl = process.env.ADDIN_PUBLIC_URL;
  if (mode === 'production' && !publicUrl) {
    console.warn('[excel-addin] ADDIN_PUBLIC_URL is not set: dist/excel/manifest.xml keeps https://localhost:3000');
  }
  let httpsOptions = {};
  if (serving) {
    const devCerts = require('office-addin-dev-certs');
    httpsOptions = await devCerts.getHttpsServerOptions();
  }
  return {
    mode,
    context: ROOT,
    devtool: mode === 'production' ? 'source-map' : 'eval-source-map',
    entry: {
      functions: FUNCTIONS_TS,
      commands: path.join(__dirname, 'commands-entry.ts'),
      taskpane: path.join(__dirname, 'taskpane.ts'),
    },
    output: {
      path: path.join(ROOT, 'dist', 'excel'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, 'tsconfig.json'),
              // ES modules out of TypeScript so webpack resolves packages' ESM builds and tree-shakes
              // them (zod's locales alone are 400 KB as CommonJS)
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_TS, output: 'functions.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: path.join(__dirname, 'taskpane.html'),
        templateParameters: { tooOldScript: tooOldScript() },
        // shared runtime: the custom functions and ribbon commands run in this page too
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(ROOT, 'assets', '*.png'), to: 'assets/[name][ext]' },
          { from: path.join(__dirname, 'help.html'), to: 'help.html' },
          { from: path.join(__dirname, 'generated', 'functions.zh-CN.json'), to: 'functions.zh-CN.json' },
          { from: path.join(__dirname, 'generated', 'functions.zh-TW.json'), to: 'functions.zh-TW.json' },
          {
            from: path.join(ROOT, 'manifest.xml'),
            to: 'manifest.xml',
            transform: (content) =>
              mode === 'production' && publicUrl ? rewriteUrls(content.toString(), publicUrl) : content,
          },
        ],
      }),
    ],
    optimization: {
      // taskpane and commands share the core in one chunk; functions.js stays whole (the manifest
      // names it as the custom functions script)
      splitChunks: { chunks: (chunk) => chunk.name !== 'functions', name: 'shared' },
    },
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: httpsOptions },
    },
  };
}

module.exports = config;
module.exports.rewriteUrls = rewriteUrls;
module.exports.tooOldScript = tooOldScript;
module.exports.PRODUCTION_ID = PRODUCTION_ID;
