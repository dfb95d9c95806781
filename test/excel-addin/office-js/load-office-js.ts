/**
 * Microsoft's own Excel client library (`@microsoft/office-js`, excel-web-16.00.debug.js) loaded
 * into a Node vm, so the host's code runs against the real `Excel.run`, the real proxy objects
 * (with their "property not loaded" and argument checks) and the real request builder. Requests go
 * to a session whose executor hands each body to a local server instead of Excel on the web.
 */
import { readFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';

/** The request executor message the library builds for each `context.sync()`. */
export interface RequestMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: { Actions: WireAction[]; ObjectPaths: Record<string, WirePath>; AutoKeepReference?: boolean };
}

export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface WirePath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

/** What the executor answers (the shape `processRequestExecutorResponseMessage` reads). */
export interface ResponseMessage {
  ErrorCode: string;
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: {
    Results: { ActionId: number; Value: unknown }[];
    Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number; Location: string };
  };
}

export type Executor = (message: RequestMessage) => ResponseMessage;

interface OfficeJs {
  Excel: { run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T> };
  OfficeExtension: {
    SessionBase: (new () => object) & { _overrideSession: object | null };
  };
}

let loaded: OfficeJs | null = null;

/** The library, loaded once per test worker (~100 ms). */
function officeJs(): OfficeJs {
  if (loaded) return loaded;
  const file = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
  // The slice of a browser the library touches while loading (no Office host: no OSF start-up).
  const win: Record<string, unknown> = {
    location: {
      protocol: 'https:',
      hash: '',
      search: '',
      href: 'https://localhost/',
      origin: 'https://localhost',
    },
    name: '',
    navigator: { userAgent: 'Node' },
    console,
    setTimeout,
    clearTimeout,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    document: {
      readyState: 'complete',
      getElementsByTagName: () => [],
      createElement: () => ({ style: {}, setAttribute: () => undefined, appendChild: () => undefined }),
      addEventListener: () => undefined,
      querySelector: () => null,
      head: { appendChild: () => undefined },
      body: { appendChild: () => undefined },
    },
  };
  win.window = win;
  win.self = win;
  win.top = win;
  win.parent = win;
  const context = createContext(win);
  new Script(readFileSync(file, 'utf8'), { filename: 'excel-web-16.00.debug.js' }).runInContext(context);
  loaded = win as unknown as OfficeJs;
  return loaded;
}

/**
 * An `Excel.run` of the real client library whose requests go to `execute`.
 * @example const run = realExcelRun((m) => server.handle(m)); await new ExcelHost({ run, office }).listSheets();
 */
export function realExcelRun(execute: Executor) {
  const { Excel, OfficeExtension } = officeJs();
  class LocalSession extends OfficeExtension.SessionBase {
    _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }> {
      return Promise.resolve({ url: 'https://excel.test/', headers: {} });
    }
    _createRequestExecutorOrNull() {
      return {
        executeAsync: (_customData: unknown, _flags: number, message: RequestMessage) =>
          Promise.resolve(execute(message)),
      };
    }
  }
  const session = new LocalSession();
  return <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    // read synchronously by Excel.run and by the context it makes
    OfficeExtension.SessionBase._overrideSession = session;
    return Excel.run(batch);
  };
}
