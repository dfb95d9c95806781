/**
 * A faithful in-memory fake of the Apps Script subset the add-on uses — SpreadsheetApp (one
 * spreadsheet with sheets, ranges, developer metadata, rule and chart builders, Ui, toast),
 * Charts, PropertiesService, Utilities.formatDate, Session and HtmlService — with every call
 * counted, so tests can assert how many Spreadsheet service calls a write makes.
 */
import type { GasEnv } from '../../sheets-addon/server/env';
import { CallLog } from './fake-calls';
import { FakeRuleBuilder } from './fake-builders';
import { checkSheetName, FakeSheet, SHEETS_LIMITS, type FakeMetadata } from './fake-sheet';

export { CallLog } from './fake-calls';
export { FakeSheet } from './fake-sheet';

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  active: FakeSheet;
  toasts: { message: string; title: string }[] = [];
  /** The spreadsheet's locale (File → Settings), as Sheets spells it: "zh_CN". */
  locale = 'en_US';
  private nextId = 1000;

  constructor(
    readonly log: CallLog,
    readonly timeZone = 'Asia/Shanghai',
    firstSheet = 'Sheet1',
  ) {
    this.active = this.addSheet(firstSheet);
  }

  private taken = (name: string, self: FakeSheet) =>
    this.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());

  /** Grid cells of every sheet (what the 10M-cell limit counts). */
  gridCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  private ensureRoom = (cells: number): void => {
    if (this.gridCells() + cells > SHEETS_LIMITS.cells)
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${SHEETS_LIMITS.cells} cells.`,
      );
  };

  /** Test helper: adds a sheet without counting a call. */
  addSheet(name: string, index = this.sheets.length): FakeSheet {
    checkSheetName(name);
    if (this.taken(name, null as unknown as FakeSheet))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    // a new sheet is 1000 × 26, as Sheets makes it
    this.ensureRoom(1000 * 26);
    const sheet = new FakeSheet(this.log, name, this.nextId++, this.taken, this.ensureRoom);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** Test helper. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getSheets(): FakeSheet[] {
    this.log.hit('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.log.hit('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.log.hit('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getActiveSheet(): FakeSheet {
    this.log.hit('Spreadsheet.getActiveSheet');
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.log.hit('Spreadsheet.setActiveSheet');
    this.active = sheet;
    return sheet;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    this.log.hit('Spreadsheet.insertSheet');
    const sheet = this.addSheet(name, index ?? this.sheets.length);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.log.hit('Spreadsheet.deleteSheet');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error('Sheet not found');
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[0];
  }
  getSpreadsheetTimeZone(): string {
    this.log.hit('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getSpreadsheetLocale(): string {
    this.log.hit('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
  createDeveloperMetadataFinder() {
    this.log.hit('Spreadsheet.createDeveloperMetadataFinder');
    let key: string | null = null;
    const finder = {
      withKey: (k: string) => {
        this.log.hit('DeveloperMetadataFinder.withKey');
        key = k;
        return finder;
      },
      find: (): FakeMetadata[] => {
        this.log.hit('DeveloperMetadataFinder.find');
        return this.sheets.flatMap((s) => s.metadata).filter((m) => key === null || m.key === key);
      },
    };
    return finder;
  }
  toast(message: string, title = '', _seconds?: number): void {
    this.log.hit('Spreadsheet.toast');
    this.toasts.push({ message, title });
  }
}

/** The Ui: menus, alerts and sidebars, recorded. */
export class FakeUi {
  menus: { items: { caption: string; fn: string }[] }[] = [];
  alerts: { title: string; message: string }[] = [];
  sidebars: { title: string; file: string }[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL' };
  constructor(private log: CallLog) {}
  createAddonMenu() {
    this.log.hit('Ui.createAddonMenu');
    const items: { caption: string; fn: string }[] = [];
    const menu = {
      addItem: (caption: string, fn: string) => (items.push({ caption, fn }), menu),
      addSeparator: () => menu,
      addToUi: () => {
        this.menus.push({ items });
      },
    };
    return menu;
  }
  alert(title: string, message?: string): string {
    this.log.hit('Ui.alert');
    this.alerts.push({ title, message: message ?? '' });
    return 'OK';
  }
  showSidebar(html: { title: string; file: string }): void {
    this.log.hit('Ui.showSidebar');
    this.sidebars.push(html);
  }
}

/**
 * Formats a date in a time zone with the Java-style pattern subset Apps Script code uses
 * (yyyy MM dd HH mm ss SSS and 'quoted' literals).
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const ms = String(((date.getTime() % 1000) + 1000) % 1000).padStart(3, '0');
  const tokens: Record<string, string> = {
    yyyy: parts.year,
    MM: parts.month,
    dd: parts.day,
    HH: parts.hour,
    mm: parts.minute,
    ss: parts.second,
    SSS: ms,
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|SSS/g, (m, lit: string | undefined) =>
    lit !== undefined ? lit : tokens[m],
  );
}

/**
 * LockService's document lock, shared by every execution on the spreadsheet: each
 * `getDocumentLock()` is a new handle on the one lock; `tryLock` waits (the fake clock advances by
 * the timeout) and gives false while another handle holds it. Locks are not re-entrant across
 * handles. https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
 */
export class FakeDocumentLock {
  holder: object | null = null;
  /** Milliseconds executions spent waiting in tryLock. */
  waitedMs = 0;
  constructor(private readonly clock: { now: number }) {}
  handle() {
    const self = {
      tryLock: (ms: number): boolean => {
        if (this.holder === null || this.holder === self) {
          this.holder = self;
          return true;
        }
        this.waitedMs += ms;
        this.clock.now += ms;
        return false;
      },
      waitLock: (ms: number): void => {
        if (!self.tryLock(ms))
          throw new Error('Lock timeout: another process was holding the lock for too long.');
      },
      hasLock: (): boolean => this.holder === self,
      releaseLock: (): void => {
        if (this.holder === self) this.holder = null;
      },
    };
    return self;
  }
}

/** Everything a test needs: the spreadsheet, the call log, the GasEnv and the globals for a vm. */
export interface FakeGas {
  log: CallLog;
  ss: FakeSpreadsheet;
  ui: FakeUi;
  properties: Map<string, string>;
  html: Map<string, string>;
  locale: { value: string };
  clock: { now: number };
  /** The spreadsheet's document lock (a test holds it to play another execution). */
  lock: FakeDocumentLock;
  env: GasEnv;
  globals: Record<string, unknown>;
  /** The globals a custom-function execution gets (no service that needs authorization). */
  customFunctionGlobals: Record<string, unknown>;
}

/** Spreadsheet methods that change something (custom functions may not call them). */
const WRITES =
  /^(set|insert|delete|add|append|clear|merge|toast|copy|move|hide|show|sort|activate|create|new)/;

/**
 * The services as a custom function sees them. Custom functions never ask for authorization, so
 * only services that need none work: Spreadsheet read-only ("most get*() methods, but not set*()"),
 * Utilities, Properties, Cache, Lock; others throw "You do not have permission to call …".
 * Session is not in that list, so the fake refuses it too (the add-on falls back without it).
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
 */
function customFunctionServices(services: Record<string, unknown>): Record<string, unknown> {
  const denied = (what: string) => () => {
    throw new Error(`Exception: You do not have permission to call ${what}.`);
  };
  const readOnly = (target: object, name: string): object =>
    new Proxy(target, {
      get(t, prop, receiver) {
        const v = Reflect.get(t, prop, receiver) as unknown;
        if (typeof prop !== 'string' || typeof v !== 'function') return v;
        if (WRITES.test(prop) || prop === 'getUi') return denied(`${name}.${prop}`);
        return (...args: unknown[]) => {
          const out = (v as (...a: unknown[]) => unknown).apply(t, args);
          return typeof out === 'object' && out !== null && !Array.isArray(out) && !(out instanceof Date)
            ? readOnly(out, out.constructor?.name?.replace(/^Fake/, '') ?? name)
            : out;
        };
      },
    });
  return {
    ...services,
    SpreadsheetApp: readOnly(services.SpreadsheetApp as object, 'SpreadsheetApp'),
    Session: { getActiveUserLocale: denied('Session.getActiveUserLocale') },
  };
}

/**
 * A fresh fake Apps Script world.
 * @example const gas = createFakeGas(); renderTab(gas.env, gas.ss.insertSheet('x') as never, tab)
 */
export function createFakeGas(
  options: { timeZone?: string; locale?: string; firstSheet?: string; spreadsheetLocale?: string } = {},
): FakeGas {
  const log = new CallLog();
  const ss = new FakeSpreadsheet(log, options.timeZone, options.firstSheet);
  ss.locale = options.spreadsheetLocale ?? options.locale ?? ss.locale;
  const ui = new FakeUi(log);
  const properties = new Map<string, string>();
  const html = new Map<string, string>([['sidebar', '<!DOCTYPE html><div id="app"></div>']]);
  const locale = { value: options.locale ?? 'zh_CN' };
  const clock = { now: 1_700_000_000_000 };
  const lock = new FakeDocumentLock(clock);
  const docProps = {
    getProperty: (k: string) => (log.hit('Properties.getProperty'), properties.get(k) ?? null),
    // Quotas: a property value is at most 9 KB, one property store at most 500 KB in total:
    // https://developers.google.com/apps-script/guides/services/quotas
    setProperty: (k: string, v: string) => {
      log.hit('Properties.setProperty');
      if (typeof v !== 'string') throw new Error('Property values must be strings.');
      if (Buffer.byteLength(v) > 9 * 1024) throw new Error('Argument too large: value');
      let total = Buffer.byteLength(k) + Buffer.byteLength(v);
      for (const [key, value] of properties)
        if (key !== k) total += Buffer.byteLength(key) + Buffer.byteLength(value);
      if (total > 500 * 1024) throw new Error('You have exceeded the property storage quota.');
      properties.set(k, v);
      return docProps;
    },
    deleteProperty: (k: string) => (properties.delete(k), docProps),
  };
  const app = {
    getActiveSpreadsheet: () => (log.hit('SpreadsheetApp.getActiveSpreadsheet'), ss),
    getUi: () => (log.hit('SpreadsheetApp.getUi'), ui),
    newConditionalFormatRule: () => (
      log.hit('SpreadsheetApp.newConditionalFormatRule'),
      new FakeRuleBuilder(log)
    ),
    BorderStyle: { SOLID: 'SOLID', DOTTED: 'DOTTED', DASHED: 'DASHED' },
  };
  const charts = {
    ChartType: Object.fromEntries(
      ['AREA', 'BAR', 'COLUMN', 'COMBO', 'LINE', 'PIE', 'SCATTER', 'TABLE', 'WATERFALL'].map((k) => [k, k]),
    ),
  };
  const services = {
    SpreadsheetApp: app,
    Charts: charts,
    PropertiesService: {
      getDocumentProperties: () => (log.hit('PropertiesService.getDocumentProperties'), docProps),
    },
    Utilities: {
      formatDate: (d: Date, tz: string, p: string) => (log.hit('Utilities.formatDate'), formatDate(d, tz, p)),
    },
    Session: { getActiveUserLocale: () => locale.value },
    LockService: { getDocumentLock: () => lock.handle() },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => {
        if (!html.has(file)) throw new Error(`No HTML file named ${file} was found.`);
        const out = {
          title: '',
          file,
          setTitle: (t: string) => ((out.title = t), out),
          getContent: () => html.get(file) ?? '',
        };
        return out;
      },
    },
  };
  const env = {
    app: services.SpreadsheetApp,
    charts: services.Charts,
    properties: services.PropertiesService,
    utilities: services.Utilities,
    session: services.Session,
    html: services.HtmlService,
    lock: services.LockService,
    now: () => clock.now,
  } as unknown as GasEnv;
  return {
    log,
    ss,
    ui,
    properties,
    html,
    locale,
    clock,
    lock,
    env,
    globals: { ...services },
    customFunctionGlobals: customFunctionServices(services),
  };
}
