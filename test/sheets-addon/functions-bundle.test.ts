/**
 * Apps Script evaluates the custom-function bundle on every formula call (each call is its own
 * execution), so it carries the registry, ingest and the review's section builders, and nothing
 * else: no zod, no SheetDoc layout, no narrative.
 */
import * as esbuild from 'esbuild';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

it('the custom-function bundle leaves out zod, the layout and the narrative', async () => {
  const out = await esbuild.build({
    entryPoints: [join(ROOT, 'sheets-addon/server/functions-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(out.metafile.inputs);
  expect(inputs.filter((p) => /node_modules\/zod|core\/sheetdoc|core\/narrative/.test(p))).toEqual([]);
  expect(inputs).toContain('core/review/sections.ts');
  expect(out.outputFiles[0].text.length).toBeLessThan(400_000);
});
