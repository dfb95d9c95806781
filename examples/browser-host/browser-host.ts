/**
 * The in-page Host of the browser demo: sheets from the JSON workbook the server hands out,
 * review tabs rendered as HTML tables next to the wizard, settings in localStorage.
 */
import type {
  GridRead,
  Host,
  HostErrorCode,
  ProgressEvent,
  ReadOptions,
  SheetInfo,
  WriteResult,
} from '../../core/host/port';
import type { SheetDoc, TabDoc } from '../../core/sheetdoc/types';
import { EXCEL_NAMES, tabNames } from '../../core/sheetdoc';
import type { CellValue, Grid } from '../../core/table/types';
import { renderTab } from './render-doc';

/** The workbook as served: sheets of JSON cells (dates as ISO yyyy-mm-dd strings). */
export interface JsonBook {
  name: string;
  sheets: { name: string; grid: CellValue[][] }[];
}

/** A failed host operation with a code (what the wizard maps to a message). */
export class BrowserHostError extends Error {
  readonly code: HostErrorCode;

  constructor(code: HostErrorCode, message: string) {
    super(message);
    this.name = 'BrowserHostError';
    this.code = code;
  }
}

/** Rows per block of a read; the host yields between blocks like a real host's round trips. */
const BLOCK = 5000;
/** Rows of a user sheet drawn in the page. */
const SHOWN_ROWS = 200;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Storage as the host uses it (localStorage in the page, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface BookElements {
  strip: HTMLElement;
  sheet: HTMLElement;
}

function usedSize(grid: Grid): { rows: number; cols: number } {
  let rows = grid.length;
  while (rows > 0 && (grid[rows - 1] ?? []).every((v) => v === null || v === undefined || v === '')) rows--;
  let cols = 0;
  for (let r = 0; r < rows; r++) cols = Math.max(cols, grid[r]?.length ?? 0);
  return { rows, cols };
}

/** A1 column letters. */
function colName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s || 'A';
}

export class BrowserHost implements Host {
  readonly kind = 'browser' as const;
  private readonly user: { name: string; grid: CellValue[][] }[];
  private owned: TabDoc[] = [];
  private ownedLang: SheetDoc['lang'] = 'en';
  private ownedNames: string[] = [];
  private active: string;

  constructor(
    book: JsonBook,
    /** Where tabs are drawn; null draws nothing (tests). */
    private readonly els: BookElements | null,
    private readonly store: KeyValueStore,
    private readonly storeKey: string,
    private readonly locale: string,
    /** Milliseconds to wait per block read or tab written: simulates a slow host (demo ?slow=ms). */
    private readonly delayMs = 0,
  ) {
    this.user = book.sheets;
    this.active = this.user[0]?.name ?? '';
    this.restoreTabs();
    this.draw();
  }

  /** Where the written tabs are kept, so a reload finds them like a saved workbook would. */
  private get tabsKey(): string {
    return `${this.storeKey}:tabs`;
  }

  private restoreTabs(): void {
    const raw = this.store.getItem(this.tabsKey);
    if (raw === null) return;
    try {
      const saved = JSON.parse(raw) as { names: string[]; tabs: TabDoc[]; lang?: SheetDoc['lang'] };
      if (
        Array.isArray(saved.names) &&
        Array.isArray(saved.tabs) &&
        saved.names.length === saved.tabs.length
      ) {
        this.owned = saved.tabs;
        this.ownedNames = saved.names;
        this.ownedLang = saved.lang ?? 'en';
      }
    } catch {
      // A damaged entry is a workbook without review tabs.
    }
  }

  displayLanguage(): string {
    return this.locale;
  }

  async listSheets(): Promise<SheetInfo[]> {
    const users = this.user.map((s) => ({
      name: s.name,
      ...usedSize(s.grid),
      isActive: s.name === this.active,
      owned: false,
      hidden: false,
    }));
    const owned = this.owned.map((t, i) => ({
      name: this.ownedNames[i],
      rows: t.cells.length,
      cols: Math.max(0, ...t.cells.map((r) => r.length)),
      isActive: this.ownedNames[i] === this.active,
      owned: true,
      hidden: false,
    }));
    return [...users, ...owned];
  }

  async readGrid(sheet: string, options: ReadOptions = {}): Promise<GridRead> {
    const s = this.user.find((x) => x.name === sheet);
    if (!s) {
      const k = this.ownedNames.indexOf(sheet);
      if (k < 0) throw new BrowserHostError('SHEET_NOT_FOUND', `Sheet "${sheet}" not found`);
      const cells = this.owned[k].cells.map((r) =>
        r.map((c) => (c !== null && typeof c === 'object' ? c.value : c)),
      );
      return { sheet, address: 'A1', grid: cells };
    }
    const { rows, cols } = usedSize(s.grid);
    const n = options.maxRows !== undefined ? Math.min(rows, options.maxRows) : rows;
    const out: CellValue[][] = [];
    for (let r0 = 0; r0 < n; r0 += BLOCK) {
      if (options.signal?.aborted) throw new BrowserHostError('CANCELLED', `Read cancelled after ${r0} rows`);
      const end = Math.min(n, r0 + BLOCK);
      for (let r = r0; r < end; r++) out.push([...(s.grid[r] ?? [])]);
      options.onProgress?.({ stage: 'reading', done: end, total: n });
      if (end < n || this.delayMs > 0) await sleep(this.delayMs);
    }
    return { sheet, address: `A1:${colName(Math.max(1, cols))}${Math.max(1, n)}`, grid: out };
  }

  async writeSheetDoc(
    doc: SheetDoc,
    options: { onProgress?: (e: ProgressEvent) => void } = {},
  ): Promise<WriteResult> {
    const bad = doc.tabs.find((t) => t.name.length === 0 || t.name.length > 31 || /[[\]:*?/\\]/.test(t.name));
    if (bad) return { ok: false, code: 'WRITE_FAILED', message: `Invalid tab name "${bad.name}"` };
    const taken = new Set(this.user.map((s) => s.name.toLowerCase()));
    const names = tabNames(
      doc.tabs.map((t) => t.name),
      [...taken],
      EXCEL_NAMES,
    );
    // Atomic: the new set replaces the old owned tabs in one assignment, after every tab is ready.
    for (let i = 0; i < doc.tabs.length; i++) {
      options.onProgress?.({ stage: 'writing', done: i + 1, total: doc.tabs.length });
      await sleep(this.delayMs);
    }
    this.owned = doc.tabs;
    this.ownedLang = doc.lang;
    this.ownedNames = names;
    this.active = names[0] ?? this.active;
    try {
      this.store.setItem(this.tabsKey, JSON.stringify({ names, tabs: doc.tabs, lang: doc.lang }));
    } catch {
      // Storage full: the tabs stay in the page, they are just not kept across a reload.
    }
    this.draw();
    return { ok: true, tabs: doc.tabs.map((t, i) => ({ key: t.key, name: names[i] })) };
  }

  async loadSettings(): Promise<unknown> {
    const raw = this.store.getItem(this.storeKey);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw; // not JSON: the wizard's schema check reports it and falls back to defaults
    }
  }

  async saveSettings(settings: unknown): Promise<void> {
    this.store.setItem(this.storeKey, JSON.stringify(settings));
  }

  async activateSheet(name: string): Promise<void> {
    if (!this.user.some((s) => s.name === name) && !this.ownedNames.includes(name)) {
      throw new BrowserHostError('SHEET_NOT_FOUND', `Sheet "${name}" not found`);
    }
    this.active = name;
    this.draw();
  }

  /** Draws the tab strip and the active sheet. */
  private draw(): void {
    if (!this.els) return;
    const doc = this.els.strip.ownerDocument;
    const all = [
      ...this.user.map((s) => ({ name: s.name, owned: false })),
      ...this.ownedNames.map((n) => ({ name: n, owned: true })),
    ];
    this.els.strip.replaceChildren(
      ...all.map((s) => {
        const b = doc.createElement('button');
        b.type = 'button';
        b.textContent = s.name;
        b.className = s.owned ? 'tab owned' : 'tab';
        b.setAttribute('role', 'tab');
        b.setAttribute('aria-selected', String(s.name === this.active));
        b.dataset.tab = s.name;
        b.addEventListener('click', () => void this.activateSheet(s.name));
        return b;
      }),
    );
    const k = this.ownedNames.indexOf(this.active);
    if (k >= 0) {
      const tab = this.owned[k];
      const charts = tab.charts.map((c) => {
        const p = doc.createElement('p');
        p.className = 'chart-note';
        p.textContent = `▦ ${c.title}`;
        return p;
      });
      this.els.sheet.replaceChildren(renderTab(tab, this.ownedLang, doc), ...charts);
      this.els.sheet.dataset.sheet = this.active;
      return;
    }
    const s = this.user.find((x) => x.name === this.active);
    const table = doc.createElement('table');
    table.className = 'tab-table user';
    for (const row of (s?.grid ?? []).slice(0, SHOWN_ROWS)) {
      const tr = doc.createElement('tr');
      for (const v of row) {
        const td = doc.createElement('td');
        td.textContent = v === null || v === undefined ? '' : String(v);
        if (typeof v === 'number') td.style.textAlign = 'right';
        tr.append(td);
      }
      table.append(tr);
    }
    this.els.sheet.replaceChildren(table);
    this.els.sheet.dataset.sheet = this.active;
  }
}
