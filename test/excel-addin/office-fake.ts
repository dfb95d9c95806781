/** The `Office` slice the host uses, built on office-addin-mock's OfficeMockObject. */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose dependency
// chain is ESM-only and cannot load under Jest on Node 20: give it the enum (hoisted by ts-jest).
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));
import type { OfficeApi } from '../../excel-addin/office-env';

/** Re-exported: import it from here so the office-addin-manifest mock below is in place. */
export { OfficeMockObject };

export interface OfficeFake {
  office: OfficeApi;
  store: Map<string, unknown>;
  /** Values persisted by saveAsync (what a reopened document would see). */
  saved: Map<string, unknown>;
  saves: number;
  /** The document is closed and opened again: the settings are what was last saved. */
  reopen(): void;
}

export function officeFake(
  opts: { lang?: string; unsupported?: string[]; failSave?: boolean } = {},
): OfficeFake {
  const fake: OfficeFake = {
    office: undefined as unknown as OfficeApi,
    store: new Map(),
    saved: new Map(),
    saves: 0,
    reopen: () => void (fake.store = new Map(fake.saved)),
  };
  const data = {
    context: {
      displayLanguage: opts.lang ?? 'en-US',
      document: {
        settings: {
          get: (name: string) => (fake.store.has(name) ? fake.store.get(name) : null),
          set: (name: string, value: unknown) => void fake.store.set(name, value),
          remove: (name: string) => void fake.store.delete(name),
          saveAsync: (cb?: (r: { status: string; error?: { message: string } }) => void) => {
            fake.saves++;
            if (opts.failSave) return cb?.({ status: 'failed', error: { message: 'disk full' } });
            fake.saved = new Map(fake.store);
            cb?.({ status: 'succeeded' });
          },
        },
      },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          !(opts.unsupported ?? []).includes(`${name} ${version}`),
      },
    },
  };
  // The Common API (Office.context…) is synchronous, no load()/sync(): office-addin-mock models
  // that mode under its Outlook host value.
  fake.office = new OfficeMockObject(data, 'outlook' as never) as unknown as OfficeApi;
  return fake;
}
