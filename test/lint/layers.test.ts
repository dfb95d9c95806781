/**
 * The layer rules of eslint.config.mjs (drawn in docs/architecture.md): a core folder imports only
 * the folders below it, across folders only through their index.ts, and never a host; hosts import
 * the core through the indexes. Each claim lints a probe file placed where the rule applies.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** ESLint's messages for a file of this content at this path (the CLI: the flat config is ESM). */
async function problems(file: string, code: string): Promise<string[]> {
  const r = spawnSync(
    join(root, 'node_modules', '.bin', 'eslint'),
    ['--format', 'json', '--stdin', '--stdin-filename', join(root, file)],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(r.stdout) as { messages: { message: string }[] }[];
  return result.messages.map((m) => m.message);
}

describe('layer rules', () => {
  it('refuse an import of a higher layer', async () => {
    const out = await problems(
      'core/review/probe.ts',
      "import { narrate } from '../narrative';\nexport { narrate };\n",
    );
    expect(out).toEqual([expect.stringContaining('core/review sits below')]);
  });

  it('refuse a deep import into another core folder, from the core and from a host', async () => {
    const code = (spec: string) => `import type { Role } from '${spec}';\nexport type R = Role;\n`;
    expect(await problems('core/review/probe.ts', code('../table/types'))).toEqual([
      expect.stringContaining('through its index.ts'),
    ]);
    expect(await problems('sheets-addon/server/probe.ts', code('../../core/table/types'))).toEqual([
      expect.stringContaining('through each folder’s index.ts'),
    ]);
  });

  it('refuse a host import in the core', async () => {
    const out = await problems(
      'core/sheetdoc/probe.ts',
      "import { cliMessage } from '../../cli/messages';\nexport { cliMessage };\n",
    );
    expect(out).toEqual([expect.stringContaining('never imports a host')]);
  });

  it('accept a lower layer through its index', async () => {
    const code =
      "import { roleLabel } from '../table';\nimport { t } from '../i18n';\nexport { roleLabel, t };\n";
    expect(await problems('core/narrative/probe.ts', code)).toEqual([]);
  });
});
