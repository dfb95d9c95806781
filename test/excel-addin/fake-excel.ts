/**
 * A small, faithful fake of the Excel object-model subset the host uses, because office-addin-mock
 * cannot express deferred batches, null objects, sheet creation or failing round trips.
 *
 * Faithful where it matters for the tests:
 * - every write and load is QUEUED and runs only at `context.sync()`, in order; a failing
 *   operation rejects the sync and the operations queued after it never run (as in Office.js);
 * - reading a property that was not loaded and synced throws;
 * - sheet names are unique case-insensitively (add/rename clashes fail), the last sheet cannot
 *   be deleted, getItem of a missing sheet fails with ItemNotFound;
 * - writing `values` turns a string starting with "=" into a formula unless the cell's number
 *   format is "@" (text), exactly Excel's rule; reads over 5M cells or 5 MB fail;
 * - worksheet custom properties (ExcelApi 1.12): keys case-insensitive and at most 255 characters,
 *   `add` overwrites, `getItemOrNullObject` gives a null object for a missing key; they belong to
 *   the sheet, so `copySheet` (the user's Move or Copy) copies them, and `reopen` keeps them while
 *   Excel desktop renumbers every worksheet id by position; with `customPropertiesSupported`
 *   false (an Excel without ExcelApi 1.12) every custom-property operation fails at sync.
 * Decorative calls (fonts, fills, charts, conditional formats, freeze panes, page layout) are
 * recorded per sheet as a log of "path = value" / "path(args)" lines.
 */

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  log: string[] = [];
  tabColor = '';
  /** Worksheet custom properties by lower-cased key. */
  customProperties = new Map<string, { key: string; value: string }>();
  constructor(
    public name: string,
    /** Changes only when the workbook is reopened (`FakeExcel.reopen`). */
    public id: string,
    public visibility: 'Visible' | 'Hidden' = 'Visible',
  ) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  /** Sets raw values (test setup), bypassing the API. */
  setGrid(grid: (string | number | boolean | null)[][], row0 = 0, col0 = 0): void {
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') this.cells.set(`${r + row0},${c + col0}`, { value: v });
      }),
    );
  }

  usedBox(): { r0: number; c0: number; r1: number; c1: number } | null {
    let box: { r0: number; c0: number; r1: number; c1: number } | null = null;
    for (const [k, cell] of this.cells) {
      if (cell.value === '' && !cell.formula) continue;
      const [r, c] = k.split(',').map(Number);
      if (!box) box = { r0: r, c0: c, r1: r, c1: c };
      else
        box = {
          r0: Math.min(box.r0, r),
          c0: Math.min(box.c0, c),
          r1: Math.max(box.r1, r),
          c1: Math.max(box.c1, c),
        };
    }
    return box;
  }
}

interface Box {
  sheet: FakeSheet;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

class OfficeError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function colName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Address without the sheet (logs are per sheet, and tabs are renamed after they are written). */
function addressOf(b: Box): string {
  return `${colName(b.c0)}${b.r0 + 1}:${colName(b.c0 + b.cols - 1)}${b.r0 + b.rows}`;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  activeId = '';
  syncCount = 0;
  /** Largest single round trip, in bytes (JSON of values written + read). */
  maxSyncBytes = 0;
  calcSuspendedSyncs = 0;
  /** ExcelApi 1.12 worksheet custom properties available. */
  customPropertiesSupported = true;
  private queue: (() => void)[] = [];
  private pendingBytes = 0;
  private nextId = 1;
  private fail: { sync: number; afterOps: number } | null = null;

  constructor(names: string[] = ['Sheet1']) {
    for (const n of names) this.addSheet(n);
    this.activeId = this.sheets[0]?.id ?? '';
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, `{${String(this.nextId++).padStart(8, '0')}}`);
    this.sheets.push(s);
    return s;
  }

  /**
   * The user copies a sheet (Move or Copy…): the copy lands right after it under Excel's name for
   * it ("Name (2)", "(3)"…), with a new id, the cells, the tab colour and the custom properties.
   */
  copySheet(name: string): FakeSheet {
    const src = this.resolveSheet(name);
    let copyName = '';
    for (let k = 2; !copyName || this.sheet(copyName); k++) copyName = `${src.name} (${k})`;
    const copy = new FakeSheet(copyName, `{${String(this.nextId++).padStart(8, '0')}}`, src.visibility);
    for (const [k, c] of src.cells) copy.cells.set(k, { ...c });
    copy.log = [...src.log];
    copy.tabColor = src.tabColor;
    for (const [k, p] of src.customProperties) copy.customProperties.set(k, { ...p });
    this.sheets.splice(this.sheets.indexOf(src) + 1, 0, copy);
    return copy;
  }

  /**
   * The file is closed and opened again in Excel desktop: sheets, cells and custom properties stay,
   * but worksheet ids are handed out afresh by position, so a recorded id may now be another sheet's.
   */
  reopen(): void {
    const activeIndex = this.sheets.findIndex((s) => s.id === this.activeId);
    this.sheets.forEach((s, i) => (s.id = `{${String(i + 1).padStart(8, '0')}}`));
    this.nextId = this.sheets.length + 1;
    this.activeId = this.sheets[Math.max(0, activeIndex)]?.id ?? '';
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Makes round trip `sync` (1-based, counted from now on) fail after `afterOps` of its operations ran. */
  failOnSync(sync: number, afterOps = 0): void {
    this.fail = { sync: this.syncCount + sync, afterOps };
  }

  /** `Excel.run` over this workbook. */
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    return batch(ctx as unknown as Excel.RequestContext);
  };

  enqueue(op: () => void, bytes = 0): void {
    this.queue.push(op);
    this.pendingBytes += bytes;
  }

  addBytes(n: number): void {
    this.pendingBytes += n;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    const failing = this.fail && this.fail.sync === this.syncCount ? this.fail : null;
    try {
      ops.forEach((op, i) => {
        if (failing && i === failing.afterOps) throw new OfficeError('GeneralException', 'Injected failure');
        op();
      });
      if (failing && ops.length <= failing.afterOps)
        throw new OfficeError('GeneralException', 'Injected failure');
    } finally {
      if (failing) this.fail = null;
      this.maxSyncBytes = Math.max(this.maxSyncBytes, this.pendingBytes);
      if (this.pendingBytes > 5 * 1024 * 1024) {
        this.pendingBytes = 0;
        // eslint-disable-next-line no-unsafe-finally
        throw new OfficeError('RequestPayloadSizeLimitExceeded', 'Payload over 5 MB');
      }
      this.pendingBytes = 0;
    }
  }

  resolveSheet(key: string): FakeSheet {
    const s = this.sheets.find((x) => x.id === key || x.name.toLowerCase() === key.toLowerCase());
    if (!s) throw new OfficeError('ItemNotFound', `No sheet ${key}`);
    return s;
  }
}

class FakeContext {
  workbook: { worksheets: WorksheetCollection };
  application: { suspendApiCalculationUntilNextSync: () => void };
  constructor(private readonly x: FakeExcel) {
    this.workbook = { worksheets: new WorksheetCollection(x) };
    this.application = { suspendApiCalculationUntilNextSync: () => x.enqueue(() => x.calcSuspendedSyncs++) };
  }
  sync(): Promise<void> {
    return this.x.sync();
  }
}

/** A value that becomes readable after a sync that ran its load. */
class Loaded<T> {
  private v: T | undefined;
  private ok = false;
  set(v: T): void {
    this.v = v;
    this.ok = true;
  }
  get(what: string): T {
    if (!this.ok) throw new OfficeError('PropertyNotLoaded', `${what} not loaded`);
    return this.v as T;
  }
}

class WorksheetCollection {
  private loadedItems = new Loaded<Worksheet[]>();
  constructor(private readonly x: FakeExcel) {}
  get items(): Worksheet[] {
    return this.loadedItems.get('items');
  }
  load(_props?: string): void {
    this.x.enqueue(() => {
      const list = this.x.sheets.map((s) => {
        const ws = new Worksheet(this.x, () => s);
        ws.snapshot(s);
        return ws;
      });
      this.loadedItems.set(list);
    });
  }
  add(name: string): Worksheet {
    let created: FakeSheet | null = null;
    this.x.enqueue(() => {
      if (this.x.sheet(name)) throw new OfficeError('ItemAlreadyExists', `Sheet ${name} exists`);
      created = this.x.addSheet(name);
    });
    return new Worksheet(this.x, () => {
      if (!created) throw new OfficeError('ItemNotFound', 'sheet not created');
      return created;
    });
  }
  getItem(key: string): Worksheet {
    return new Worksheet(this.x, () => this.x.resolveSheet(key));
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.x, () => this.x.resolveSheet(this.x.activeId));
  }
}

class Worksheet {
  private loaded = new Loaded<{ name: string; id: string; visibility: string }>();
  private newName: string | null = null;
  constructor(
    private readonly x: FakeExcel,
    readonly resolve: () => FakeSheet,
  ) {}
  snapshot(s: FakeSheet): void {
    this.loaded.set({ name: s.name, id: s.id, visibility: s.visibility });
  }
  load(_props?: string): void {
    this.x.enqueue(() => this.snapshot(this.resolve()));
  }
  get name(): string {
    return this.newName ?? this.loaded.get('name').name;
  }
  set name(v: string) {
    this.newName = v;
    this.x.enqueue(() => {
      const s = this.resolve();
      const other = this.x.sheet(v);
      if (other && other !== s) throw new OfficeError('ItemAlreadyExists', `Sheet ${v} exists`);
      s.name = v;
    });
  }
  get id(): string {
    return this.loaded.get('id').id;
  }
  get visibility(): string {
    return this.loaded.get('visibility').visibility;
  }
  set tabColor(v: string) {
    this.x.enqueue(() => (this.resolve().tabColor = v));
  }
  delete(): void {
    this.x.enqueue(() => {
      const s = this.resolve();
      if (this.x.sheets.length === 1)
        throw new OfficeError('InvalidOperation', 'Cannot delete the last sheet');
      this.x.sheets = this.x.sheets.filter((o) => o !== s);
      if (this.x.activeId === s.id) this.x.activeId = this.x.sheets[0].id;
    });
  }
  activate(): void {
    this.x.enqueue(() => (this.x.activeId = this.resolve().id));
  }
  getRangeByIndexes(r0: number, c0: number, rows: number, cols: number): Range {
    return new Range(this.x, () => ({ sheet: this.resolve(), r0, c0, rows, cols }));
  }
  /** Supports whole-row addresses "1:1000" (what the host uses). */
  getRange(address: string): Range {
    const m = /^(\d+):(\d+)$/.exec(address);
    if (!m) throw new Error(`fake getRange supports "r1:r2" only, got ${address}`);
    const r0 = Number(m[1]) - 1;
    return new Range(this.x, () => ({
      sheet: this.resolve(),
      r0,
      c0: 0,
      rows: Number(m[2]) - r0,
      cols: MAX_COLS,
    }));
  }
  getUsedRange(_valuesOnly?: boolean): Range {
    return new Range(this.x, () => {
      const s = this.resolve();
      const b = s.usedBox() ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
      return { sheet: s, r0: b.r0, c0: b.c0, rows: b.r1 - b.r0 + 1, cols: b.c1 - b.c0 + 1 };
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): Range {
    return new Range(
      this.x,
      () => {
        const s = this.resolve();
        const b = s.usedBox();
        return b ? { sheet: s, r0: b.r0, c0: b.c0, rows: b.r1 - b.r0 + 1, cols: b.c1 - b.c0 + 1 } : null;
      },
      true,
    );
  }
  get freezePanes(): unknown {
    return recorder(
      this.x,
      () => this.resolve(),
      () => 'freezePanes',
    );
  }
  get pageLayout(): unknown {
    return recorder(
      this.x,
      () => this.resolve(),
      () => 'pageLayout',
    );
  }
  get customProperties(): WorksheetCustomPropertyCollection {
    return new WorksheetCustomPropertyCollection(this.x, () => this.resolve());
  }
  get charts(): unknown {
    return recorder(
      this.x,
      () => this.resolve(),
      () => 'charts',
    );
  }
}

const MAX_PROPERTY_KEY = 255;

class WorksheetCustomPropertyCollection {
  constructor(
    private readonly x: FakeExcel,
    private readonly sheet: () => FakeSheet,
  ) {}
  /** The sheet, when ExcelApi 1.12 exists (checked at sync, as the real request fails there). */
  private target(): FakeSheet {
    if (!this.x.customPropertiesSupported)
      throw new OfficeError('ApiNotFound', 'WorksheetCustomPropertyCollection needs ExcelApi 1.12');
    return this.sheet();
  }
  add(key: string, value: string): WorksheetCustomProperty {
    this.x.enqueue(() => {
      const s = this.target();
      if (key.length === 0 || key.length > MAX_PROPERTY_KEY)
        throw new OfficeError('InvalidArgument', `custom property key of ${key.length} characters`);
      if (typeof value !== 'string') throw new OfficeError('InvalidArgument', 'value must be a string');
      s.customProperties.set(key.toLowerCase(), { key, value });
    }, key.length + value.length);
    return new WorksheetCustomProperty(this.x, () => this.target(), key, false);
  }
  getItem(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.x, () => this.target(), key, false);
  }
  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.x, () => this.target(), key, true);
  }
}

class WorksheetCustomProperty {
  private loaded = new Loaded<{ key: string; value: string } | null>();
  private nullLoaded = new Loaded<boolean>();
  constructor(
    private readonly x: FakeExcel,
    private readonly sheet: () => FakeSheet,
    private readonly lookup: string,
    private readonly orNull: boolean,
  ) {
    if (orNull) x.enqueue(() => this.nullLoaded.set(!this.find()));
  }
  private find(): { key: string; value: string } | undefined {
    return this.sheet().customProperties.get(this.lookup.toLowerCase());
  }
  private existing(): { key: string; value: string } {
    const p = this.find();
    if (!p) throw new OfficeError('ItemNotFound', `No custom property ${this.lookup}`);
    return p;
  }
  get isNullObject(): boolean {
    return this.orNull ? this.nullLoaded.get('isNullObject') : false;
  }
  load(_props?: string): void {
    this.x.enqueue(() => {
      const p = this.orNull ? (this.find() ?? null) : this.existing();
      this.loaded.set(p ? { ...p } : null);
      this.x.addBytes(p ? p.key.length + p.value.length : 0);
    });
  }
  private read(what: 'key' | 'value'): string {
    const p = this.loaded.get(what);
    if (!p) throw new OfficeError('InvalidOperation', `${what} of a null object`);
    return p[what];
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
  delete(): void {
    this.x.enqueue(() => {
      this.existing();
      this.sheet().customProperties.delete(this.lookup.toLowerCase());
    });
  }
}

class Range {
  private loaded = new Loaded<{ values: unknown[][]; box: Box }>();
  private nullLoaded = new Loaded<boolean>();
  constructor(
    private readonly x: FakeExcel,
    readonly resolveBox: () => Box | null,
    private readonly orNull = false,
  ) {
    if (orNull) x.enqueue(() => this.nullLoaded.set(this.resolveBox() === null));
  }
  box(): Box {
    const b = this.resolveBox();
    if (!b) throw new OfficeError('InvalidOperation', 'null object');
    return b;
  }
  get isNullObject(): boolean {
    return this.orNull ? this.nullLoaded.get('isNullObject') : false;
  }
  load(props?: string): void {
    const wantsValues = (props ?? '').includes('values');
    this.x.enqueue(() => {
      const b = this.resolveBox();
      if (!b) return;
      if (wantsValues && b.rows * b.cols > 5_000_000)
        throw new OfficeError('ResponsePayloadSizeLimitExceeded', '5M cells');
      const values: unknown[][] = [];
      if (wantsValues) {
        for (let r = 0; r < b.rows; r++) {
          const row: unknown[] = [];
          for (let c = 0; c < b.cols; c++) row.push(b.sheet.cell(b.r0 + r, b.c0 + c)?.value ?? '');
          values.push(row);
        }
        this.x.addBytes(JSON.stringify(values).length);
      }
      this.loaded.set({ values, box: b });
    });
  }
  get values(): unknown[][] {
    return this.loaded.get('values').values;
  }
  set values(v: unknown[][]) {
    this.x.enqueue(() => {
      const b = this.box();
      v.forEach((row, r) =>
        row.forEach((val, c) => {
          const key = `${b.r0 + r},${b.c0 + c}`;
          const cell: FakeCell = b.sheet.cells.get(key) ?? { value: '' };
          const isText = cell.numberFormat === '@';
          if (typeof val === 'string' && val.startsWith('=') && !isText) {
            cell.formula = val;
            cell.value = '';
          } else {
            delete cell.formula;
            cell.value = val as FakeCell['value'];
          }
          b.sheet.cells.set(key, cell);
        }),
      );
    }, JSON.stringify(v).length);
  }
  set numberFormat(v: string[][]) {
    this.x.enqueue(() => {
      const b = this.box();
      v.forEach((row, r) =>
        row.forEach((f, c) => {
          const key = `${b.r0 + r},${b.c0 + c}`;
          const cell = b.sheet.cells.get(key) ?? { value: '' };
          cell.numberFormat = f;
          b.sheet.cells.set(key, cell);
        }),
      );
    }, JSON.stringify(v).length);
  }
  get rowIndex(): number {
    return this.loaded.get('rowIndex').box.r0;
  }
  get columnIndex(): number {
    return this.loaded.get('columnIndex').box.c0;
  }
  get rowCount(): number {
    return this.loaded.get('rowCount').box.rows;
  }
  get columnCount(): number {
    return this.loaded.get('columnCount').box.cols;
  }
  getIntersectionOrNullObject(other: Range): Range {
    return new Range(
      this.x,
      () => {
        const a = this.box();
        const b = other.box();
        const r0 = Math.max(a.r0, b.r0);
        const c0 = Math.max(a.c0, b.c0);
        const r1 = Math.min(a.r0 + a.rows, b.r0 + b.rows, MAX_ROWS);
        const c1 = Math.min(a.c0 + a.cols, b.c0 + b.cols);
        return r1 > r0 && c1 > c0 ? { sheet: a.sheet, r0, c0, rows: r1 - r0, cols: c1 - c0 } : null;
      },
      true,
    );
  }
  merge(across: boolean): void {
    this.x.enqueue(() => this.box().sheet.log.push(`merge ${addressOf(this.box())} ${across}`));
  }
  get format(): unknown {
    return recorder(
      this.x,
      () => this.box().sheet,
      () => `${addressOf(this.box())}.format`,
    );
  }
  get conditionalFormats(): unknown {
    return recorder(
      this.x,
      () => this.box().sheet,
      () => `${addressOf(this.box())}.conditionalFormats`,
    );
  }
}

/** Records "path = value" and "path(args)" into the sheet's log at sync time. */
function recorder(x: FakeExcel, sheet: () => FakeSheet, path: () => string): unknown {
  const handler: ProxyHandler<() => void> = {
    get(_t, prop) {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      return recorder(x, sheet, () => `${path()}.${prop}`);
    },
    set(_t, prop, value) {
      x.enqueue(() => sheet().log.push(`${path()}.${String(prop)} = ${describe(value)}`), 64);
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      x.enqueue(() => sheet().log.push(`${path()}(${args.map(describe).join(', ')})`), 64);
      return recorder(x, sheet, () => `${path()}()`);
    },
  };
  return new Proxy(() => undefined, handler);
}

function describe(v: unknown): string {
  if (v instanceof Range) {
    const b = v.resolveBox();
    return b ? addressOf(b) : 'null';
  }
  return JSON.stringify(v);
}
