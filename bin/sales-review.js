#!/usr/bin/env node
// The file host's command: runs the CLI bundle that `npm run build:cli` makes (npm ci runs it
// through "prepare"), so no TypeScript is compiled at run time.
const { join } = require('node:path');
const bundle = join(__dirname, '..', 'dist', 'cli', 'sales-review.cjs');
let cli;
try {
  cli = require(bundle);
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('sales-review.cjs')) {
    process.stderr.write('sales-review is not built yet: run "npm run build:cli" (npm ci does it too).\n');
    process.exit(1);
  }
  throw e;
}
cli.main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
