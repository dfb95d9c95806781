/**
 * A local stand-in for Excel on the web's request endpoint: it executes the request bodies that
 * Microsoft's client library builds (object paths + actions) against a FakeExcel workbook, with
 * the rules of excel-rules.ts, and records each request's true size and action count. Only what
 * the add-in uses is modelled; formatting, chart and layout calls are recorded in the sheet's log.
 *
 * Wire vocabulary (from the library): object path types 1 global, 3 method, 4 property,
 * 5 indexer, 6 reference id, 7 null object; action types 1 instantiate, 2 query, 3 method,
 * 4 set property. A query answers PascalCase properties; a collection answers `_Items`.
 */
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
} from '../excel-rules';
import type { FakeChart, FakeExcel, FakeSheet } from '../fake-excel';
import type { RequestMessage, ResponseMessage, WireAction, WirePath } from './load-office-js';

/** One request as Excel would receive it. */
export interface WireRequest {
  /** UTF-8 bytes of the JSON body. */
  bytes: number;
  actions: number;
  responseBytes: number;
}

interface Box {
  sheet: FakeSheet;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** A server-side object an object path resolves to. */
type Obj =
  | { t: 'workbook' }
  | { t: 'worksheets' }
  | { t: 'application' }
  | { t: 'functions' }
  | { t: 'fnResult'; value: number }
  | { t: 'worksheet'; sheet: FakeSheet }
  | { t: 'range'; box: Box }
  | { t: 'props'; sheet: FakeSheet }
  | { t: 'prop'; sheet: FakeSheet; key: string }
  | { t: 'charts'; sheet: FakeSheet }
  | { t: 'chart'; sheet: FakeSheet; type: string; chart?: FakeChart }
  | { t: 'log'; sheet: FakeSheet; path: string }
  | null;

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function a1(b: Box): string {
  return `${colName(b.c0)}${b.r0 + 1}:${colName(b.c0 + b.cols - 1)}${b.r0 + b.rows}`;
}

function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** "A1", "A1:C3", "1:1000", "A:C" on `sheet`. */
function parseAddress(sheet: FakeSheet, address: string): Box {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { sheet, r0: +rows[1] - 1, c0: 0, rows: +rows[2] - +rows[1] + 1, cols: MAX_COLS };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (cols) {
    const c0 = colIndex(cols[1]);
    return { sheet, r0: 0, c0, rows: MAX_ROWS, cols: colIndex(cols[2]) - c0 + 1 };
  }
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address.replace(/\$/g, ''));
  if (!m) throw new OfficeError('InvalidArgument', `Address ${address}`);
  const r0 = +m[2] - 1;
  const c0 = colIndex(m[1]);
  return {
    sheet,
    r0,
    c0,
    rows: (m[4] ? +m[4] - 1 : r0) - r0 + 1,
    cols: (m[3] ? colIndex(m[3]) : c0) - c0 + 1,
  };
}

/** Excel's serial of a date, in the workbook's date system. */
function dateSerial(y: number, m: number, d: number, date1904: boolean): number {
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date1904 ? days - 1462 : days;
}

export class WireServer {
  readonly requests: WireRequest[] = [];
  private refs = new Map<string, Obj>();
  private refOf = new WeakMap<object, string>();
  private nextRef = 1;

  constructor(readonly xl: FakeExcel) {}

  /** Largest request so far, in bytes. */
  maxRequestBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }

  /** Handles one request message; errors come back as Excel's response error, never thrown. */
  handle = (message: RequestMessage): ResponseMessage => {
    const body = message.Body;
    const bytes = Buffer.byteLength(JSON.stringify(body));
    const results: { ActionId: number; Value: unknown }[] = [];
    const record: WireRequest = { bytes, actions: body.Actions.length, responseBytes: 0 };
    this.requests.push(record);
    const reply = (error?: ResponseMessage['Body']['Error']): ResponseMessage => {
      const out: ResponseMessage = {
        ErrorCode: '',
        HttpStatusCode: 200,
        Headers: {},
        Body: { Results: results },
      };
      if (error) out.Body.Error = error;
      record.responseBytes = Buffer.byteLength(JSON.stringify(out.Body));
      return out;
    };
    this.xl.syncCount++;
    let index = -1;
    try {
      checkPayload('Request', bytes);
      const memo = new Map<number, Obj>();
      const objOf = (id: number): Obj => {
        if (memo.has(id)) return memo.get(id) ?? null;
        const obj = this.resolve(body.ObjectPaths[String(id)], objOf);
        memo.set(id, obj);
        return obj;
      };
      body.Actions.forEach((action, i) => {
        index = i;
        const value = this.act(action, body.ObjectPaths, objOf);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      });
      checkPayload('Response', Buffer.byteLength(JSON.stringify(results)));
      return reply();
    } catch (e) {
      const err = e instanceof OfficeError ? e : new OfficeError('GeneralException', String(e));
      return reply({
        Code: err.code,
        Message: err.message,
        HttpStatusCode: 400,
        ActionIndex: index,
        Location: '',
      });
    }
  };

  private args(info: WirePath['ArgumentInfo'], objOf: (id: number) => Obj): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((a, i) => (refs[i] ? objOf(refs[i]) : a));
  }

  private resolve(path: WirePath | undefined, objOf: (id: number) => Obj): Obj {
    if (!path) throw new OfficeError('InvalidObjectPath', 'Unknown object path');
    const parent = () => objOf(path.ParentObjectPathId ?? 0);
    switch (path.ObjectPathType) {
      case 1:
        return { t: 'workbook' };
      case 4:
        return this.property(parent(), path.Name);
      case 3:
        return this.call(parent(), path.Name, this.args(path.ArgumentInfo, objOf));
      case 5:
        return this.call(parent(), 'GetItem', this.args(path.ArgumentInfo, objOf));
      case 6: {
        if (!this.refs.has(path.Name)) throw new OfficeError('InvalidObjectPath', `Reference ${path.Name}`);
        return this.refs.get(path.Name) ?? null;
      }
      case 7:
        return null;
      default:
        throw new OfficeError('InvalidObjectPath', `Object path type ${path.ObjectPathType}`);
    }
  }

  private act(a: WireAction, paths: Record<string, WirePath>, objOf: (id: number) => Obj): unknown {
    switch (a.ActionType) {
      case 1: {
        const obj = objOf(a.ObjectPathId);
        if (obj === null) return null;
        const ref = this.refOf.get(obj);
        return ref ? { _ReferenceId: ref } : {};
      }
      case 2:
        return this.query(objOf(a.ObjectPathId), a.QueryInfo?.Select ?? []);
      case 3: {
        const obj = objOf(a.ObjectPathId);
        if (a.Name === '_KeepReference') {
          if (obj !== null && !this.refOf.has(obj)) {
            const ref = `ref${this.nextRef++}`;
            this.refs.set(ref, obj);
            this.refOf.set(obj, ref);
          }
          return undefined;
        }
        if (a.Name === '_RemoveReference') return undefined;
        const out = this.call(obj, a.Name, this.args(a.ArgumentInfo, objOf));
        return out === null || out === undefined || typeof out === 'object' ? undefined : out;
      }
      case 4:
        this.set(objOf(a.ObjectPathId), a.Name, (a.ArgumentInfo?.Arguments ?? [])[0]);
        return undefined;
      default:
        void paths;
        return undefined;
    }
  }

  private sheetOf(key: unknown): FakeSheet | undefined {
    const k = String(key).toLowerCase();
    return this.xl.sheets.find((s) => s.id.toLowerCase() === k || s.name.toLowerCase() === k);
  }

  private property(obj: Obj, name: string): Obj {
    if (obj === null) throw new OfficeError('InvalidObjectPath', `${name} of a null object`);
    switch (obj.t) {
      case 'workbook':
        if (name === 'Worksheets') return { t: 'worksheets' };
        if (name === 'Application') return { t: 'application' };
        if (name === 'Functions') return { t: 'functions' };
        break;
      case 'worksheet':
        if (name === 'CustomProperties') {
          if (!this.xl.customPropertiesSupported)
            throw new OfficeError('ApiNotFound', 'WorksheetCustomPropertyCollection needs ExcelApi 1.12');
          return { t: 'props', sheet: obj.sheet };
        }
        if (name === 'Charts') return { t: 'charts', sheet: obj.sheet };
        return { t: 'log', sheet: obj.sheet, path: camel(name) };
      case 'range':
        return { t: 'log', sheet: obj.box.sheet, path: `${a1(obj.box)}.${camel(name)}` };
      case 'chart':
        checkChartMember(obj.type, camel(name), this.xl.oldChartBuild);
        return { t: 'log', sheet: obj.sheet, path: `charts.add().${camel(name)}` };
      case 'log':
        return { t: 'log', sheet: obj.sheet, path: `${obj.path}.${camel(name)}` };
    }
    throw new OfficeError('InvalidArgument', `No property ${name} on ${obj.t}`);
  }

  private call(obj: Obj, name: string, args: unknown[]): Obj {
    if (obj === null) throw new OfficeError('InvalidObjectPath', `${name}() of a null object`);
    const xl = this.xl;
    switch (obj.t) {
      case 'application':
        if (name === 'SuspendApiCalculationUntilNextSync') {
          xl.calcSuspendedSyncs++;
          return null;
        }
        break;
      case 'functions':
        if (name === 'Date')
          return { t: 'fnResult', value: dateSerial(+args[0]!, +args[1]!, +args[2]!, xl.date1904) };
        break;
      case 'worksheets': {
        if (name === 'GetItem' || name === 'GetItemOrNullObject') {
          const sheet = this.sheetOf(args[0]);
          if (sheet) return { t: 'worksheet', sheet };
          if (name === 'GetItem') throw new OfficeError('ItemNotFound', `No sheet ${String(args[0])}`);
          return null;
        }
        if (name === 'Add') return { t: 'worksheet', sheet: xl.addSheet(String(args[0])) };
        if (name === 'GetActiveWorksheet') return { t: 'worksheet', sheet: xl.resolveSheet(xl.activeId) };
        break;
      }
      case 'worksheet':
        return this.worksheetCall(obj.sheet, name, args);
      case 'range':
        return this.rangeCall(obj.box, name, args);
      case 'props': {
        const existing = obj.sheet.customProperties.get(String(args[0]).toLowerCase());
        if (name === 'Add') {
          const key = String(args[0]);
          if (key.length === 0 || key.length > 255)
            throw new OfficeError('InvalidArgument', `custom property key of ${key.length} characters`);
          obj.sheet.customProperties.set(key.toLowerCase(), { key, value: String(args[1]) });
          return { t: 'prop', sheet: obj.sheet, key };
        }
        if (name === 'GetItemOrNullObject')
          return existing ? { t: 'prop', sheet: obj.sheet, key: existing.key } : null;
        if (name === 'GetItem') {
          if (!existing) throw new OfficeError('ItemNotFound', `No custom property ${String(args[0])}`);
          return { t: 'prop', sheet: obj.sheet, key: existing.key };
        }
        break;
      }
      case 'prop':
        if (name === 'Delete') {
          obj.sheet.customProperties.delete(obj.key.toLowerCase());
          return null;
        }
        break;
      case 'charts':
        if (name === 'Add') {
          const [type, source, seriesBy] = args as [string, Obj, string];
          if (!CHART_TYPES.has(type)) throw new OfficeError('InvalidArgument', `Chart type ${type}`);
          if (this.xl.chartsRefused) throw new OfficeError('UnsupportedOperation', 'charts.add');
          if (source === null || source.t !== 'range')
            throw new OfficeError('InvalidArgument', 'Chart source');
          const chart = { id: `{chart-${++this.nextRef}}`, type };
          obj.sheet.charts.push(chart);
          obj.sheet.log.push(`charts.add("${type}", ${a1(source.box)}, "${seriesBy}")`);
          return { t: 'chart', sheet: obj.sheet, type, chart };
        }
        if (name === 'GetItem' || name === 'GetItemAt') {
          const chart =
            name === 'GetItemAt'
              ? obj.sheet.charts[Number(args[0])]
              : obj.sheet.charts.find((c) => c.id === args[0]);
          if (!chart) throw new OfficeError('ItemNotFound', `No chart ${String(args[0])}`);
          return { t: 'chart', sheet: obj.sheet, type: chart.type, chart };
        }
        break;
      case 'chart':
      case 'log': {
        if (obj.t === 'chart' && name === 'Delete' && obj.chart) {
          const gone = obj.chart;
          obj.sheet.charts = obj.sheet.charts.filter((c) => c !== gone);
          return null;
        }
        const base = obj.t === 'chart' ? 'charts.add()' : obj.path;
        const call = `${base}.${camel(name)}(${args.map(describe).join(', ')})`;
        obj.sheet.log.push(call);
        return { t: 'log', sheet: obj.sheet, path: call };
      }
    }
    throw new OfficeError('InvalidArgument', `No method ${name} on ${obj.t}`);
  }

  private worksheetCall(sheet: FakeSheet, name: string, args: unknown[]): Obj {
    const xl = this.xl;
    switch (name) {
      case 'GetRangeByIndexes': {
        const [r0, c0, rows, cols] = args as number[];
        if (rows < 1 || cols < 1 || r0 + rows > MAX_ROWS || c0 + cols > MAX_COLS)
          throw new OfficeError('InvalidArgument', `Range ${r0},${c0} ${rows}×${cols}`);
        return { t: 'range', box: { sheet, r0, c0, rows, cols } };
      }
      case 'GetRange':
        return { t: 'range', box: parseAddress(sheet, String(args[0])) };
      case 'GetUsedRange':
      case 'GetUsedRangeOrNullObject': {
        const b = sheet.usedBox();
        if (!b && name === 'GetUsedRangeOrNullObject') return null;
        const u = b ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
        return {
          t: 'range',
          box: { sheet, r0: u.r0, c0: u.c0, rows: u.r1 - u.r0 + 1, cols: u.c1 - u.c0 + 1 },
        };
      }
      case 'Delete':
        if (xl.sheets.length === 1) throw new OfficeError('InvalidOperation', 'Cannot delete the last sheet');
        xl.sheets = xl.sheets.filter((o) => o !== sheet);
        if (xl.activeId === sheet.id) xl.activeId = xl.sheets[0].id;
        return null;
      case 'Activate':
        xl.activeId = sheet.id;
        return null;
    }
    throw new OfficeError('InvalidArgument', `No method ${name} on worksheet`);
  }

  private rangeCall(box: Box, name: string, args: unknown[]): Obj {
    if (name === 'Merge') {
      const cell: CellBox = { r0: box.r0, c0: box.c0, r1: box.r0 + box.rows - 1, c1: box.c0 + box.cols - 1 };
      checkMerge(box.sheet.merges, cell);
      box.sheet.merges.push(cell);
      box.sheet.log.push(`merge ${a1(box)} ${String(args[0] ?? false)}`);
      return null;
    }
    // the client library itself writes values of more than 1,500 cells in row chunks:
    // range.getRow(i).getBoundingRect(range.getRow(j)) (setRangePropertiesInBulk)
    const sub = (r0: number, c0: number, rows: number, cols: number): Obj => {
      if (r0 < 0 || c0 < 0 || rows < 1 || cols < 1 || r0 + rows > MAX_ROWS || c0 + cols > MAX_COLS)
        throw new OfficeError('InvalidArgument', `${name}(${args.join(', ')})`);
      return { t: 'range', box: { sheet: box.sheet, r0, c0, rows, cols } };
    };
    const [a, b] = args as number[];
    if (name === 'GetRow') return sub(box.r0 + a, box.c0, 1, box.cols);
    if (name === 'GetColumn') return sub(box.r0, box.c0 + a, box.rows, 1);
    if (name === 'GetCell') return sub(box.r0 + a, box.c0 + b, 1, 1);
    if (name === 'GetOffsetRange') return sub(box.r0 + a, box.c0 + b, box.rows, box.cols);
    if (name === 'GetResizedRange') return sub(box.r0, box.c0, box.rows + a, box.cols + b);
    if (name === 'GetBoundingRect') {
      const other = args[0] as Obj;
      if (other === null || other.t !== 'range') throw new OfficeError('InvalidArgument', 'GetBoundingRect');
      const o = other.box;
      const r0 = Math.min(box.r0, o.r0);
      const c0 = Math.min(box.c0, o.c0);
      return sub(
        r0,
        c0,
        Math.max(box.r0 + box.rows, o.r0 + o.rows) - r0,
        Math.max(box.c0 + box.cols, o.c0 + o.cols) - c0,
      );
    }
    if (name === 'GetIntersectionOrNullObject') {
      const other = args[0] as Obj;
      if (other === null || other.t !== 'range') throw new OfficeError('InvalidArgument', 'Intersection');
      const b = other.box;
      const r0 = Math.max(box.r0, b.r0);
      const c0 = Math.max(box.c0, b.c0);
      const r1 = Math.min(box.r0 + box.rows, b.r0 + b.rows);
      const c1 = Math.min(box.c0 + box.cols, b.c0 + b.cols);
      return r1 > r0 && c1 > c0
        ? { t: 'range', box: { sheet: box.sheet, r0, c0, rows: r1 - r0, cols: c1 - c0 } }
        : null;
    }
    // everything else a range does here is formatting: recorded
    box.sheet.log.push(`${a1(box)}.${camel(name)}(${args.map(describe).join(', ')})`);
    return null;
  }

  private set(obj: Obj, name: string, value: unknown): void {
    if (obj === null) throw new OfficeError('InvalidObjectPath', `${name} of a null object`);
    if (obj.t === 'worksheet' && name === 'Name') {
      checkSheetName(
        String(value),
        this.xl.sheets.filter((o) => o !== obj.sheet).map((o) => o.name),
      );
      obj.sheet.name = String(value);
      return;
    }
    if (obj.t === 'worksheet' && name === 'TabColor') {
      obj.sheet.tabColor = String(value);
      return;
    }
    if (obj.t === 'range' && (name === 'Values' || name === 'NumberFormat')) {
      const { box } = obj;
      checkCells(box.rows, box.cols);
      checkShape(camel(name), value, box.rows, box.cols);
      (value as unknown[][]).forEach((row, r) =>
        row.forEach((v, c) => {
          const key = `${box.r0 + r},${box.c0 + c}`;
          const cell = box.sheet.cells.get(key) ?? { value: '' };
          if (name === 'NumberFormat') cell.numberFormat = String(v);
          else if (typeof v === 'string' && v.startsWith('=') && cell.numberFormat !== '@') {
            cell.formula = v;
            cell.value = '';
          } else {
            delete cell.formula;
            cell.value = v as string | number | boolean;
          }
          box.sheet.cells.set(key, cell);
        }),
      );
      return;
    }
    if (obj.t === 'chart') checkChartMember(obj.type, camel(name), this.xl.oldChartBuild);
    const sheet = obj.t === 'range' ? obj.box.sheet : 'sheet' in obj ? obj.sheet : null;
    if (!sheet) throw new OfficeError('InvalidArgument', `Cannot set ${name} on ${obj.t}`);
    const base =
      obj.t === 'range'
        ? a1(obj.box)
        : obj.t === 'log'
          ? obj.path
          : obj.t === 'chart'
            ? 'charts.add()'
            : obj.t;
    sheet.log.push(`${base}.${camel(name)} = ${JSON.stringify(value)}`);
  }

  private query(obj: Obj, select: readonly string[]): unknown {
    if (obj === null) return null;
    const pick = (fields: Record<string, unknown>) => {
      const out: Record<string, unknown> = {};
      for (const s of select.length > 0 ? select : Object.keys(fields).map(camel)) {
        const key = pascal(s.replace(/^items\//, ''));
        if (!(key in fields)) throw new OfficeError('InvalidArgument', `Cannot load ${s}`);
        out[key] = fields[key];
      }
      return out;
    };
    switch (obj.t) {
      case 'worksheets':
        return { _Items: this.xl.sheets.map((s) => pick(sheetFields(s))) };
      case 'worksheet':
        return pick(sheetFields(obj.sheet));
      case 'charts':
        return { _Items: obj.sheet.charts.map((c) => pick({ Id: c.id, Name: c.id })) };
      case 'fnResult':
        return pick({ Value: obj.value, Error: null });
      case 'prop': {
        const p = obj.sheet.customProperties.get(obj.key.toLowerCase());
        return pick({ Key: p?.key ?? obj.key, Value: p?.value ?? '' });
      }
      case 'range': {
        const b = obj.box;
        const fields: Record<string, unknown> = {
          RowIndex: b.r0,
          ColumnIndex: b.c0,
          RowCount: b.rows,
          ColumnCount: b.cols,
          Address: `${b.sheet.name}!${a1(b)}`,
        };
        if (select.includes('values')) {
          checkCells(b.rows, b.cols);
          const values: unknown[][] = [];
          for (let r = 0; r < b.rows; r++) {
            const row: unknown[] = [];
            for (let c = 0; c < b.cols; c++) row.push(b.sheet.cell(b.r0 + r, b.c0 + c)?.value ?? '');
            values.push(row);
          }
          fields.Values = values;
        }
        return pick(fields);
      }
    }
    throw new OfficeError('InvalidArgument', `Cannot load ${obj.t}`);
  }
}

function sheetFields(s: FakeSheet): Record<string, unknown> {
  return { Name: s.name, Id: s.id, Visibility: s.visibility, TabColor: s.tabColor };
}

function describe(v: unknown): string {
  if (v && typeof v === 'object' && 't' in v && (v as { t: string }).t === 'range')
    return a1((v as unknown as { box: Box }).box);
  return JSON.stringify(v);
}
