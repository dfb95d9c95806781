/**
 * Golden files of the bundled sample: the ReviewModel the CLI writes (--json) and the SheetDoc the
 * core builds from it, both pinned. A change to any figure, label or formula of the demo review
 * shows up here as a snapshot diff to read and accept (`npx jest -u test/examples/demo-golden`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSample } from '../../examples/generate';
import { buildSheetDoc, mergesCutByFreeze } from '../../core/sheetdoc';
import type { Cell, SheetDoc } from '../../core/sheetdoc';
import type { ReviewModel } from '../../core/review/model';
import { narrate } from '../../core/narrative';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'demo-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GENERATED = '2026-01-05T00:00:00.000Z';

/** 10 significant digits: the golden pins the figures, not the last bits of float sums. */
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
    typeof v === 'number' ? Number(v.toPrecision(10)) : v,
  ) as T;
}

function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'object') return c.formula;
  if (typeof c === 'number') return String(Number(c.toPrecision(10)));
  return String(c);
}

/** One line per non-empty row, "r12: a | b | =SUM(...)": readable in a diff. */
function docText(doc: SheetDoc): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const tab of doc.tabs) {
    out[`${tab.key} (${tab.name})`] = tab.cells
      .map((row, r) => ({
        r,
        text: row
          .map(cellText)
          .join(' | ')
          .replace(/( \| )+$/, ''),
      }))
      .filter((x) => x.text.replace(/[ |]/g, '') !== '')
      .map((x) => `r${x.r + 1}: ${x.text}`);
  }
  return out;
}

describe('the demo review (golden)', () => {
  let model: ReviewModel;

  beforeAll(async () => {
    const input = join(dir, 'sales-2025.xlsx');
    const json = join(dir, 'review.json');
    await writeSample(input);
    const r = spawnSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'cli', 'main.ts'), 'review', input, '-q', '-o', join(dir, 'out.xlsx'), '--json', json],
      { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    model = { ...(JSON.parse(readFileSync(json, 'utf8')) as ReviewModel), generatedAt: GENERATED };
  }, 120_000);

  it('has the golden ReviewModel', () => {
    expect(rounded(model)).toMatchSnapshot();
  });

  it('has the golden SheetDoc: every tab, label, figure and formula', () => {
    // The tabs from the saved --json alone, as the layout builds them.
    const doc = buildSheetDoc(model, narrate(model));
    expect(docText(doc)).toMatchSnapshot();
  });

  it('freezes no line that cuts a merge, on any tab, in any language (Google Sheets refuses the write)', () => {
    for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
      const m = { ...model, language };
      const doc = buildSheetDoc(m, narrate(m));
      const cut = doc.tabs.map((t) => ({ tab: t.key, language, cut: mergesCutByFreeze(t) }));
      expect(cut.filter((c) => c.cut.length > 0)).toEqual([]);
    }
  });
});
