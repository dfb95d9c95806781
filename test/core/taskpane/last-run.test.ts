/** The last-run summary: saved with the settings after a run, restored and shown when the wizard reopens. */
import type { GridRead, Host, WriteResult } from '../../../core/host/port';
import { clipHeadline, runReview } from '../../../core/pipeline';
import { narrate } from '../../../core/narrative';
import { ReviewSettingsSchema, type LastRun } from '../../../core/settings/schema';
import type { SheetDoc } from '../../../core/sheetdoc/types';
import type { CellValue } from '../../../core/table/types';
import { generateReview, type ReviewRunner } from '../../../core/host/generate';
import { translator } from '../../../core/taskpane/view-common';
import { lastRunLines } from '../../../core/taskpane/view-generate';
import { draftFromSettings, restoreSettings, settingsFromDraft } from '../../../core/taskpane/wizard-state';

const GRID: CellValue[][] = [['日期', '客户', '区域', '销售额']];
for (let m = 1; m <= 12; m++)
  GRID.push([`2025-${String(m).padStart(2, '0')}-10`, `客户${m % 5}`, '华东', 1000 * m]);
GRID.push(['', '', '', '']);
GRID.push(['2025-13-40', '客户1', '华东', 500]);

/** A host that stores settings as JSON, as every real host does. */
class JsonHost implements Host {
  readonly kind = 'browser' as const;
  stored: string | null = null;
  displayLanguage(): string {
    return 'zh-CN';
  }
  async listSheets() {
    return [];
  }
  async readGrid(sheet: string): Promise<GridRead> {
    return { sheet, address: 'A1', grid: GRID };
  }
  async writeSheetDoc(doc: SheetDoc): Promise<WriteResult> {
    return { ok: true, tabs: doc.tabs.map((t) => ({ key: t.key, name: `${t.name}` })) };
  }
  async loadSettings() {
    return this.stored === null ? null : (JSON.parse(this.stored) as unknown);
  }
  async saveSettings(s: unknown) {
    this.stored = JSON.stringify(s);
  }
  async activateSheet() {}
}

const AT = Date.UTC(2025, 2, 1, 6, 5);

async function run(host: JsonHost) {
  // As the wizard does: the run gets runnable sections, the user's intent is what is saved.
  const intent = ReviewSettingsSchema.parse({ sheet: '销售', language: 'zh-CN' });
  const runSettings = { ...intent, sections: intent.sections.filter((x) => x !== 'customers') };
  return generateReview(host, runSettings, {
    runReview: runReview as ReviewRunner,
    signal: { aborted: false },
    expectedRows: 0,
    saveAs: intent,
    now: () => AT,
  });
}

describe('last run', () => {
  it('is saved with the settings after a run: when, headline, rows used and skipped, tabs, report language', async () => {
    const host = new JsonHost();
    const r = await run(host);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const saved = await host.loadSettings();
    const parsed = ReviewSettingsSchema.parse(saved);
    // The user's intent (every section), not the run's.
    expect(parsed.sections).toContain('customers');
    expect(parsed.lastRun).toEqual({
      at: '2025-03-01T06:05:00.000Z',
      headline: narrate(r.model).overview?.[0],
      rowsUsed: r.model.dataQuality.rowsUsed,
      rowsSkipped: r.model.dataQuality.rowsSkipped,
      tabs: r.tabs.map((t) => t.name),
      lang: 'zh-CN',
    });
    expect(parsed.lastRun).toEqual(r.lastRun);
    expect(parsed.lastRun?.headline).toMatch(/。$/);
    expect(parsed.lastRun?.rowsUsed).toBe(12);
    expect(parsed.lastRun?.rowsSkipped).toBeGreaterThan(0);
  });

  it('is restored on reopen, carried through the draft, and shown in the UI language', async () => {
    const host = new JsonHost();
    const r = await run(host);
    const loaded = restoreSettings(await host.loadSettings(), 'en');
    expect(loaded.kind).toBe('restored');
    const last = loaded.settings.lastRun as LastRun;
    expect(last).toEqual(r.ok && r.lastRun);
    const again = settingsFromDraft(draftFromSettings(loaded.settings));
    expect(again.ok && again.settings.lastRun).toEqual(last);

    const local = new Date(AT);
    const p = (n: number) => String(n).padStart(2, '0');
    const when = `${local.getFullYear()}-${p(local.getMonth() + 1)}-${p(local.getDate())} ${p(local.getHours())}:${p(local.getMinutes())}`;
    const used = last.rowsUsed;
    const skipped = last.rowsSkipped;
    expect(lastRunLines(last, 'en', translator('en'))).toEqual({
      when: `Last run: ${when}`,
      headline: last.headline,
      quality: `Data quality: ${used} rows used, ${skipped} skipped.`,
    });
    expect(lastRunLines(last, 'zh-CN', translator('zh-CN'))).toEqual({
      when: `上次运行：${when}`,
      headline: last.headline,
      quality: `数据质量：使用 ${used} 行，跳过 ${skipped} 行。`,
    });
    expect(lastRunLines(last, 'zh-TW', translator('zh-TW'))).toEqual({
      when: `上次執行：${when}`,
      headline: last.headline,
      quality: `資料品質：使用 ${used} 列，略過 ${skipped} 列。`,
    });
  });

  it('groups large row counts and keeps a long headline small enough to save', () => {
    const headline = clipHeadline('长'.repeat(2000));
    expect(headline!.length).toBeLessThanOrEqual(400);
    expect(headline).toMatch(/…$/);
    expect(clipHeadline('短')).toBe('短');
    expect(clipHeadline(null)).toBeNull();
    const last: LastRun = {
      at: '2025-03-01T06:05:00.000Z',
      headline,
      rowsUsed: 120000,
      rowsSkipped: 1234,
      tabs: [],
      lang: 'zh-CN',
    };
    expect(lastRunLines(last, 'en', translator('en')).quality).toBe(
      'Data quality: 120,000 rows used, 1,234 skipped.',
    );
  });
});
