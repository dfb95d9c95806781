/** The Excel implementation of the Host port: thin, batched, owned tabs only. */
import type { GridRead, Host, ProgressEvent, ReadOptions, SheetInfo, WriteResult } from '../core/host';
import type { SheetDoc } from '../core/sheetdoc';
import { listSheets } from './list-sheets';
import type { OfficeApi, RunFn } from './office-env';
import { readGrid } from './read-grid';
import { loadSettingsFrom, saveSettingsTo } from './settings-store';
import { documentLock, LOCK_WAIT_MS, type DocumentLock } from './document-lock';
import { writeDoc } from './write-doc';

/**
 * Excel host over injected globals (real ones via `realEnv()`; fakes in tests).
 * @example const host = new ExcelHost(realEnv()); await host.writeSheetDoc(doc);
 */
export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  private readonly run: RunFn;
  private readonly office: OfficeApi;
  private readonly lock: DocumentLock;

  /** `lock`: the runtime's document lock (tests pass their own). */
  constructor(env: { run: RunFn; office: OfficeApi; lock?: DocumentLock }) {
    this.run = env.run;
    this.office = env.office;
    this.lock = env.lock ?? documentLock;
  }

  displayLanguage(): string {
    return this.office.context.displayLanguage || 'en-US';
  }

  listSheets(): Promise<SheetInfo[]> {
    return listSheets(this.run, this.office.context.document.settings, this.markers());
  }

  readGrid(sheet: string, options?: ReadOptions): Promise<GridRead> {
    return readGrid(this.run, sheet, options);
  }

  /** One write at a time (the ribbon and the wizard share this runtime): a second one waits, then BUSY. */
  async writeSheetDoc(
    doc: SheetDoc,
    options?: { onProgress?: (e: ProgressEvent) => void },
  ): Promise<WriteResult> {
    const release = await this.lock.acquire(LOCK_WAIT_MS);
    if (!release)
      return { ok: false, code: 'BUSY', message: 'Another review is being written in this workbook.' };
    try {
      return await writeDoc(
        {
          run: this.run,
          settings: this.office.context.document.settings,
          markers: this.markers(),
        },
        doc,
        options?.onProgress,
      );
    } finally {
      release();
    }
  }

  /** Owned tabs carry a marker (worksheet custom property, ExcelApi 1.12) where Excel has them. */
  private markers(): boolean {
    return this.office.context.requirements.isSetSupported('ExcelApi', '1.12');
  }

  async loadSettings(): Promise<unknown> {
    return loadSettingsFrom(this.office.context.document.settings);
  }

  saveSettings(settings: unknown): Promise<void> {
    return saveSettingsTo(this.office.context.document.settings, settings);
  }

  activateSheet(name: string): Promise<void> {
    return this.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).activate();
      await ctx.sync();
    });
  }
}
