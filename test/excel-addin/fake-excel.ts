import {
  CHART_TYPES,
  checkCells,
  checkChartMember,
  checkMerge,
  checkPayload,
  checkShape,
  checkSheetName,
  OfficeError,
  type CellBox,
} from './excel-rules';

/**
 * A small, faithful fake of the Excel object-model subset the host uses, because office-addin-mock
 * cannot express deferred batches, null objects, sheet creation or failing round trips. (The real
 * client library runs against office-js/wire-server.ts; this fake is the quick one.)
 *
 * Faithful where it matters for the tests — the rules Excel states are in excel-rules.ts:
 * - every write and load is QUEUED on its own request context and runs only at that context's
 *   `sync()`, in order; a failing operation rejects the sync and the operations queued after it
 *   never run (as in Office.js); `Excel.run` syncs once more when its batch resolves; an object
 *   used after its `Excel.run` finished, or passed into another context, fails (one queue per run);
 * - reading a property that was not loaded and synced throws;
 * - sheet names follow Excel's rules (31 characters, no / \ ? * : [ ], no leading or trailing
 *   apostrophe, not "History", unique without case), the last sheet cannot be deleted, getItem of
 *   a missing sheet fails with ItemNotFound;
 * - `values` and `numberFormat` must match the range's shape; writing `values` turns a string
 *   starting with "=" into a formula unless the cell's number format is "@" (text), exactly
 *   Excel's rule; reads and writes over 5M cells, and requests over 5 MB, fail; a merge may not
 *   overlap part of another; a waterfall chart has no series (nor title on an old build);
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

/** A chart as the sheet holds it. */
export interface FakeChart {
  id: string;
  type: string;
}

let chartIds = 0;

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  log: string[] = [];
  tabColor = '';
  /** Worksheet custom properties by lower-cased key. */
  customProperties = new Map<string, { key: string; value: string }>();
  /** Merged areas. */
  merges: CellBox[] = [];
  /** The charts on the sheet, in order. */
  charts: FakeChart[] = [];
  constructor(
    public name: string,
    /** Changes only when the workbook is reopened (`FakeExcel.reopen`). */
    public id: string,
    /**
     * Excel.SheetVisibility: 'Visible', 'Hidden' (unhidden from the UI) or 'VeryHidden' (only from
     * code). https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility
     */
    public visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible',
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
  /** Plays an Excel build that refuses a waterfall chart's title (Excel 2016, office-js#2041). */
  oldChartBuild = false;
  /** Cells whose values were read (loaded) so far. */
  cellsRead = 0;
  /** Plays a host that refuses every chart (charts.add fails): the review must still be written. */
  chartsRefused = false;
  /** The workbook uses the 1904 date system (File → Options → Advanced). */
  date1904 = false;
  private nextId = 1;
  private fail: { sync: number; afterOps: number } | null = null;

  constructor(names: string[] = ['Sheet1']) {
    for (const n of names) this.addSheet(n);
    this.activeId = this.sheets[0]?.id ?? '';
  }

  /** Test setup: adds a sheet (Excel's name rules apply). */
  addSheet(name: string): FakeSheet {
    checkSheetName(
      name,
      this.sheets.map((o) => o.name),
    );
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

  /**
   * `Excel.run` over this workbook: a new request context with its own queue; what the batch left
   * queued is sent when it resolves, as Excel.run does; afterwards the context is finished.
   */
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      await ctx.sync();
      return result;
    } finally {
      ctx.finished = true;
    }
  };

  /** One round trip: the whole request is refused over 5 MB; else its operations run in order. */
  async send(ops: (() => void)[], requestBytes: number, response: { bytes: number }): Promise<void> {
    if (ops.length === 0) return;
    this.syncCount++;
    const failing = this.fail && this.fail.sync === this.syncCount ? this.fail : null;
    if (failing) this.fail = null;
    this.maxSyncBytes = Math.max(this.maxSyncBytes, requestBytes);
    checkPayload('Request', requestBytes);
    ops.forEach((op, i) => {
      if (failing && i === failing.afterOps) throw new OfficeError('GeneralException', 'Injected failure');
      op();
    });
    if (failing && ops.length <= failing.afterOps)
      throw new OfficeError('GeneralException', 'Injected failure');
    this.maxSyncBytes = Math.max(this.maxSyncBytes, response.bytes);
    checkPayload('Response', response.bytes);
  }

  resolveSheet(key: string): FakeSheet {
    const s = this.sheets.find((x) => x.id === key || x.name.toLowerCase() === key.toLowerCase());
    if (!s) throw new OfficeError('ItemNotFound', `No sheet ${key}`);
    return s;
  }
}

/**
 * One request context: its own queue, sent by its own sync. Objects belong to the context they
 * were made from; using one after its run finished, or inside another context, is an error (the
 * real client throws InvalidObjectPath / InvalidRequestContext): "If you are using an object across
 * .sync calls and outside the sequential execution of a .run batch, and get an InvalidObjectPath
 * error…", and a batch shares a context only when given the earlier objects (RunOptions.previousObjects).
 * https://learn.microsoft.com/javascript/api/office/officeextension.trackedobjects
 * https://learn.microsoft.com/javascript/api/office/officeextension.runoptions
 */
class FakeContext {
  workbook: {
    worksheets: WorksheetCollection;
    functions: { date(y: number, m: number, d: number): unknown };
  };
  application: { suspendApiCalculationUntilNextSync: () => void };
  finished = false;
  private queue: (() => void)[] = [];
  private requestBytes = 0;
  private response = { bytes: 0 };
  constructor(readonly x: FakeExcel) {
    this.workbook = {
      worksheets: new WorksheetCollection(this),
      // Excel.Functions (ExcelApi 1.2): DATE evaluated in the workbook's date system
      functions: {
        date: (y: number, m: number, d: number) => {
          const loaded = new Loaded<number>();
          return {
            load: () =>
              this.enqueue(() => {
                const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
                loaded.set(x.date1904 ? days - 1462 : days);
              }, 64),
            get value() {
              return loaded.get('value');
            },
          };
        },
      },
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue(() => x.calcSuspendedSyncs++),
    };
  }
  enqueue(op: () => void, bytes = 0): void {
    if (this.finished)
      throw new OfficeError('InvalidObjectPath', 'The object was made in an Excel.run that has finished.');
    this.queue.push(op);
    this.requestBytes += bytes;
  }
  /** Response bytes of a load (counted when its operation runs). */
  addBytes(n: number): void {
    this.response.bytes += n;
  }
  /** An object passed as an argument must belong to this context. */
  own(other: { c: FakeContext }): void {
    if (other.c !== this)
      throw new OfficeError(
        'InvalidRequestContext',
        'Cannot use the object across different request contexts.',
      );
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    const bytes = this.requestBytes;
    const response = this.response;
    this.queue = [];
    this.requestBytes = 0;
    this.response = { bytes: 0 };
    await this.x.send(ops, bytes, response);
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
  constructor(readonly c: FakeContext) {}
  get items(): Worksheet[] {
    return this.loadedItems.get('items');
  }
  load(_props?: string): void {
    this.c.enqueue(() => {
      const list = this.c.x.sheets.map((s) => {
        const ws = new Worksheet(this.c, () => s);
        ws.snapshot(s);
        return ws;
      });
      this.loadedItems.set(list);
    });
  }
  add(name: string): Worksheet {
    let created: FakeSheet | null = null;
    this.c.enqueue(() => {
      created = this.c.x.addSheet(name);
    }, 64);
    return new Worksheet(this.c, () => {
      if (!created) throw new OfficeError('ItemNotFound', 'sheet not created');
      return created;
    });
  }
  getItem(key: string): Worksheet {
    return new Worksheet(this.c, () => this.c.x.resolveSheet(key));
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.c, () => this.c.x.resolveSheet(this.c.x.activeId));
  }
}

class Worksheet {
  private loaded = new Loaded<{ name: string; id: string; visibility: string }>();
  private newName: string | null = null;
  constructor(
    readonly c: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {}
  snapshot(s: FakeSheet): void {
    this.loaded.set({ name: s.name, id: s.id, visibility: s.visibility });
  }
  load(_props?: string): void {
    this.c.enqueue(() => this.snapshot(this.resolve()));
  }
  get name(): string {
    return this.newName ?? this.loaded.get('name').name;
  }
  set name(v: string) {
    this.newName = v;
    this.c.enqueue(() => {
      const s = this.resolve();
      checkSheetName(
        v,
        this.c.x.sheets.filter((o) => o !== s).map((o) => o.name),
      );
      s.name = v;
    }, 64);
  }
  get id(): string {
    return this.loaded.get('id').id;
  }
  get visibility(): string {
    return this.loaded.get('visibility').visibility;
  }
  set tabColor(v: string) {
    this.c.enqueue(() => (this.resolve().tabColor = v));
  }
  delete(): void {
    this.c.enqueue(() => {
      const s = this.resolve();
      if (this.c.x.sheets.length === 1)
        throw new OfficeError('InvalidOperation', 'Cannot delete the last sheet');
      this.c.x.sheets = this.c.x.sheets.filter((o) => o !== s);
      if (this.c.x.activeId === s.id) this.c.x.activeId = this.c.x.sheets[0].id;
    });
  }
  activate(): void {
    this.c.enqueue(() => (this.c.x.activeId = this.resolve().id));
  }
  getRangeByIndexes(r0: number, c0: number, rows: number, cols: number): Range {
    return new Range(this.c, () => ({ sheet: this.resolve(), r0, c0, rows, cols }));
  }
  /** Supports whole-row addresses "1:1000" (what the host uses). */
  getRange(address: string): Range {
    const m = /^(\d+):(\d+)$/.exec(address);
    if (!m) throw new Error(`fake getRange supports "r1:r2" only, got ${address}`);
    const r0 = Number(m[1]) - 1;
    return new Range(this.c, () => ({
      sheet: this.resolve(),
      r0,
      c0: 0,
      rows: Number(m[2]) - r0,
      cols: MAX_COLS,
    }));
  }
  getUsedRange(_valuesOnly?: boolean): Range {
    return new Range(this.c, () => {
      const s = this.resolve();
      const b = s.usedBox() ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
      return { sheet: s, r0: b.r0, c0: b.c0, rows: b.r1 - b.r0 + 1, cols: b.c1 - b.c0 + 1 };
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): Range {
    return new Range(
      this.c,
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
      this.c,
      () => this.resolve(),
      () => 'freezePanes',
    );
  }
  get pageLayout(): unknown {
    return recorder(
      this.c,
      () => this.resolve(),
      () => 'pageLayout',
    );
  }
  get customProperties(): WorksheetCustomPropertyCollection {
    return new WorksheetCustomPropertyCollection(this.c, () => this.resolve());
  }
  get charts(): unknown {
    const loaded = new Loaded<{ delete(): void }[]>();
    return {
      add: (type: string, source: Range, seriesBy?: string): unknown => {
        this.c.own(source);
        this.c.enqueue(() => {
          const sheet = this.resolve();
          if (!CHART_TYPES.has(type)) throw new OfficeError('InvalidArgument', `Chart type ${type}`);
          if (this.c.x.chartsRefused) throw new OfficeError('UnsupportedOperation', 'charts.add');
          sheet.charts.push({ id: `{chart-${++chartIds}}`, type });
          sheet.log.push(`charts.add(${[type, source, seriesBy].map(describe).join(', ')})`);
        }, 64);
        return chartRecorder(this.c, () => this.resolve(), type);
      },
      load: (_props?: string): void =>
        this.c.enqueue(() => {
          const sheet = this.resolve();
          loaded.set(
            sheet.charts.map((chart) => ({
              delete: () =>
                this.c.enqueue(() => {
                  sheet.charts = sheet.charts.filter((x) => x !== chart);
                }),
            })),
          );
        }),
      get items() {
        return loaded.get('items');
      },
    };
  }
}

const MAX_PROPERTY_KEY = 255;

class WorksheetCustomPropertyCollection {
  constructor(
    readonly c: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  /** The sheet, when ExcelApi 1.12 exists (checked at sync, as the real request fails there). */
  private target(): FakeSheet {
    if (!this.c.x.customPropertiesSupported)
      throw new OfficeError('ApiNotFound', 'WorksheetCustomPropertyCollection needs ExcelApi 1.12');
    return this.sheet();
  }
  add(key: string, value: string): WorksheetCustomProperty {
    this.c.enqueue(() => {
      const s = this.target();
      if (key.length === 0 || key.length > MAX_PROPERTY_KEY)
        throw new OfficeError('InvalidArgument', `custom property key of ${key.length} characters`);
      if (typeof value !== 'string') throw new OfficeError('InvalidArgument', 'value must be a string');
      s.customProperties.set(key.toLowerCase(), { key, value });
    }, key.length + value.length);
    return new WorksheetCustomProperty(this.c, () => this.target(), key, false);
  }
  getItem(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.c, () => this.target(), key, false);
  }
  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.c, () => this.target(), key, true);
  }
}

class WorksheetCustomProperty {
  private loaded = new Loaded<{ key: string; value: string } | null>();
  private nullLoaded = new Loaded<boolean>();
  constructor(
    readonly c: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly lookup: string,
    private readonly orNull: boolean,
  ) {
    if (orNull) c.enqueue(() => this.nullLoaded.set(!this.find()));
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
    this.c.enqueue(() => {
      const p = this.orNull ? (this.find() ?? null) : this.existing();
      this.loaded.set(p ? { ...p } : null);
      this.c.addBytes(p ? p.key.length + p.value.length : 0);
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
    this.c.enqueue(() => {
      this.existing();
      this.sheet().customProperties.delete(this.lookup.toLowerCase());
    });
  }
}

class Range {
  private loaded = new Loaded<{
    values: unknown[][];
    formulas: unknown[][];
    numberFormat: unknown[][];
    box: Box;
  }>();
  private nullLoaded = new Loaded<boolean>();
  constructor(
    readonly c: FakeContext,
    readonly resolveBox: () => Box | null,
    private readonly orNull = false,
  ) {
    if (orNull) c.enqueue(() => this.nullLoaded.set(this.resolveBox() === null));
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
    this.c.enqueue(() => {
      const b = this.resolveBox();
      if (!b) return;
      if (wantsValues) checkCells(b.rows, b.cols);
      if (wantsValues) this.c.x.cellsRead += b.rows * b.cols;
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      const numberFormat: unknown[][] = [];
      // `formulas` holds a formula cell's formula and any other cell's constant; `numberFormat`
      // is "General" where none was set (Excel.Range.formulas / numberFormat):
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member
      const wants = (p: string): boolean => (props ?? '').split(',').includes(p);
      const grid = (pick: (cell: FakeCell | undefined) => unknown): unknown[][] => {
        const out: unknown[][] = [];
        for (let r = 0; r < b.rows; r++) {
          const row: unknown[] = [];
          for (let c = 0; c < b.cols; c++) row.push(pick(b.sheet.cell(b.r0 + r, b.c0 + c)));
          out.push(row);
        }
        this.c.addBytes(Buffer.byteLength(JSON.stringify(out)));
        return out;
      };
      if (wantsValues) values.push(...grid((cell) => cell?.value ?? ''));
      if (wants('formulas')) formulas.push(...grid((cell) => cell?.formula ?? cell?.value ?? ''));
      if (wants('numberFormat')) numberFormat.push(...grid((cell) => cell?.numberFormat ?? 'General'));
      this.loaded.set({ values, formulas, numberFormat, box: b });
    });
  }
  get values(): unknown[][] {
    return this.loaded.get('values').values;
  }
  get formulas(): unknown[][] {
    return this.loaded.get('formulas').formulas;
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get('numberFormat').numberFormat;
  }
  set values(v: unknown[][]) {
    this.c.enqueue(
      () => {
        const b = this.box();
        checkCells(b.rows, b.cols);
        checkShape('values', v, b.rows, b.cols);
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
      },
      Buffer.byteLength(JSON.stringify(v)),
    );
  }
  set numberFormat(v: string[][]) {
    this.c.enqueue(
      () => {
        const b = this.box();
        checkShape('numberFormat', v, b.rows, b.cols);
        v.forEach((row, r) =>
          row.forEach((f, c) => {
            const key = `${b.r0 + r},${b.c0 + c}`;
            const cell = b.sheet.cells.get(key) ?? { value: '' };
            cell.numberFormat = f;
            b.sheet.cells.set(key, cell);
          }),
        );
      },
      Buffer.byteLength(JSON.stringify(v)),
    );
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
  get address(): string {
    const b = this.loaded.get('address').box;
    return `${b.sheet.name}!${addressOf(b)}`;
  }
  getIntersectionOrNullObject(other: Range): Range {
    this.c.own(other);
    return new Range(
      this.c,
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
    this.c.enqueue(() => {
      const b = this.box();
      const cell = { r0: b.r0, c0: b.c0, r1: b.r0 + b.rows - 1, c1: b.c0 + b.cols - 1 };
      checkMerge(b.sheet.merges, cell);
      b.sheet.merges.push(cell);
      b.sheet.log.push(`merge ${addressOf(b)} ${across}`);
    });
  }
  get format(): unknown {
    return recorder(
      this.c,
      () => this.box().sheet,
      () => `${addressOf(this.box())}.format`,
    );
  }
  get conditionalFormats(): unknown {
    return recorder(
      this.c,
      () => this.box().sheet,
      () => `${addressOf(this.box())}.conditionalFormats`,
    );
  }
}

/** A chart's members, recorded like any format call, refused where excel-rules says a build does. */
function chartRecorder(c: FakeContext, sheet: () => FakeSheet, type: string): unknown {
  return new Proxy(() => undefined, {
    get(_t, prop) {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      c.enqueue(() => checkChartMember(type, prop, c.x.oldChartBuild));
      return recorder(c, sheet, () => `charts.add().${prop}`);
    },
    set(_t, prop, value) {
      c.enqueue(() => {
        checkChartMember(type, String(prop), c.x.oldChartBuild);
        sheet().log.push(`charts.add().${String(prop)} = ${describe(value)}`);
      }, 64);
      return true;
    },
  });
}

/** Records "path = value" and "path(args)" into the sheet's log at sync time. */
function recorder(x: FakeContext, sheet: () => FakeSheet, path: () => string): unknown {
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
      for (const a of args) if (a instanceof Range) x.own(a);
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
