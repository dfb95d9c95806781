/**
 * The one-click command end to end over the fake workbook. The review pipeline (core/review, tested
 * in test/core) is replaced by a recorder returning a fixed SheetDoc, so these tests pin down what
 * the command does around it: settings, sheet choice, errors, persistence, event completion.
 */
import { sampleDoc } from './doc-fixture';
import { sampleModel } from '../core/sheetdoc/sample-model';

const sample = sampleModel('en');

const reviewCalls: { grid: unknown; settings: { language: string; sheet: string | null }; opts: unknown }[] =
  [];
jest.mock(
  '../../core/pipeline',
  () => ({
    runReview: (grid: unknown[][], settings: { language: string; sheet: string | null }, opts: unknown) => {
      reviewCalls.push({ grid, settings, opts });
      if (grid.length < 2)
        return { ok: false, code: 'NO_DATA_ROWS', message: 'No data rows under the header.' };
      return {
        ok: true,
        model: {
          ...sample,
          dataQuality: { ...sample.dataQuality, rowsUsed: grid.length - 1, rowsSkipped: 0 },
        },
        doc: sampleDoc(),
      };
    },
    lastRunOf: (jest.requireActual('../../core/pipeline') as typeof import('../../core/pipeline')).lastRunOf,
  }),
  { virtual: true },
);

import { generateReview } from '../../excel-addin/commands';
import { SETTINGS_KEY } from '../../excel-addin/settings-store';
import { FakeExcel } from './fake-excel';
import { officeFake } from './office-fake';

function workbook() {
  const xl = new FakeExcel(['Sales', 'Data']);
  xl.sheets[0].setGrid([
    ['Date', 'Customer', 'Amount'],
    [45658, 'Acme', 100],
  ]);
  xl.sheets[1].setGrid([['Only a header']]);
  return xl;
}

async function click(xl: FakeExcel, of = officeFake()) {
  const notes: [string, boolean][] = [];
  const event = { completed: jest.fn() };
  await generateReview(event, { run: xl.run, office: of.office }, (m, ok) => void notes.push([m, ok]));
  return { notes, event, of };
}

beforeEach(() => {
  reviewCalls.length = 0;
});

describe('generateReview (ribbon)', () => {
  test('without saved settings: reviews the active sheet in the UI language and writes the tabs', async () => {
    const xl = workbook();
    const { notes, event, of } = await click(xl, officeFake({ lang: 'en-US' }));
    expect(reviewCalls).toHaveLength(1);
    expect(reviewCalls[0].settings.language).toBe('en');
    expect(reviewCalls[0].grid).toEqual([
      ['Date', 'Customer', 'Amount'],
      [45658, 'Acme', 100],
    ]);
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Data', 'Review - Overview', 'Review - Bridges']);
    expect(notes).toEqual([['Sales review written: 2 tabs (Review - Overview first).', true]]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(JSON.parse(of.saved.get(SETTINGS_KEY) as string)).toMatchObject({
      sheet: 'Sales',
      language: 'en',
      // The wizard shows this run on reopening, not an older wizard run.
      lastRun: { rowsUsed: 1, tabs: ['Review - Overview', 'Review - Bridges'], lang: 'en' },
    });
  });

  test('with saved settings: reviews the saved sheet in the saved language', async () => {
    const xl = workbook();
    xl.activeId = xl.sheets[1].id;
    const of = officeFake({ lang: 'en-US' });
    of.store.set(SETTINGS_KEY, JSON.stringify({ sheet: 'Sales', language: 'zh-CN' }));
    const { notes } = await click(xl, of);
    expect(reviewCalls[0].settings).toMatchObject({ sheet: 'Sales', language: 'zh-CN' });
    expect(notes[0]).toEqual(['销售复盘已生成：共 2 个工作表（首个：Review - Overview）。', true]);
  });

  test('a whole one-click review with saved settings takes 7 round trips (1 read + 2 sheet list + 4 write)', async () => {
    const xl = workbook();
    const of = officeFake();
    of.store.set(SETTINGS_KEY, JSON.stringify({ sheet: 'Sales' }));
    await click(xl, of);
    // The sheet list (2) finds sheets that go on with Sales' header (issue 14); 'Data', narrower
    // than that header, is not read at all.
    expect(xl.syncCount).toBe(7);
  });

  test('with one sheet saved as the data set, no other sheet is looked at: 5 round trips', async () => {
    const xl = workbook();
    const of = officeFake();
    of.store.set(SETTINGS_KEY, JSON.stringify({ sheet: 'Sales', sheets: ['Sales'] }));
    await click(xl, of);
    expect(xl.syncCount).toBe(5);
  });

  test('a sheet that goes on with the header is read and reviewed with it', async () => {
    const xl = workbook();
    xl.sheets[1].setGrid([
      ['Date', 'Customer', 'Amount'],
      [45659, 'Acme', 50],
    ]);
    const of = officeFake();
    of.store.set(SETTINGS_KEY, JSON.stringify({ sheet: 'Sales' }));
    await click(xl, of);
    expect(reviewCalls.at(-1)?.grid).toEqual([
      ['Date', 'Customer', 'Amount'],
      [45658, 'Acme', 100],
      [45659, 'Acme', 50],
    ]);
  });

  test('a core error is shown, nothing is written, the event completes', async () => {
    const xl = workbook();
    xl.activeId = xl.sheets[1].id;
    const { notes, event } = await click(xl, officeFake({ lang: 'en-US' }));
    expect(notes).toEqual([['Sales review failed: No data rows under the header.', false]]);
    expect(xl.sheets).toHaveLength(2);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('a saved sheet that no longer exists says what to do', async () => {
    const xl = workbook();
    const of = officeFake({ lang: 'en-US' });
    of.store.set(SETTINGS_KEY, JSON.stringify({ sheet: 'Gone', language: 'en' }));
    const { notes } = await click(xl, of);
    expect(notes[0][1]).toBe(false);
    expect(notes[0][0]).toContain('"Gone"');
    expect(reviewCalls).toHaveLength(0);
  });

  test('an Excel too old for the add-in gets the requirement message, in its language', async () => {
    const xl = workbook();
    const { notes } = await click(xl, officeFake({ lang: 'zh-TW', unsupported: ['SharedRuntime 1.1'] }));
    expect(notes[0][1]).toBe(false);
    expect(notes[0][0]).toContain('SharedRuntime 1.1');
    expect(notes[0][0]).toContain('Excel');
    expect(reviewCalls).toHaveLength(0);
  });

  test('invalid saved settings are shown and kept: nothing is run, nothing changed', async () => {
    const xl = workbook();
    const of = officeFake({ lang: 'en-US' });
    const saved = JSON.stringify({ version: 1, fiscalStartMonth: 13 });
    of.store.set(SETTINGS_KEY, saved);
    const { notes } = await click(xl, of);
    expect(notes).toEqual([
      [
        expect.stringMatching(/^The settings saved in this workbook could not be read \(fiscalStartMonth: /),
        false,
      ],
    ]);
    expect(reviewCalls).toHaveLength(0);
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Data']);
    expect(of.store.get(SETTINGS_KEY)).toBe(saved);
  });

  test('with nothing saved and a review tab active, asks for the data sheet and writes nothing', async () => {
    const xl = workbook();
    const of = officeFake({ lang: 'en-US' });
    await click(xl, of); // the first run writes the review tabs and activates the first of them
    of.store.delete(SETTINGS_KEY);
    reviewCalls.length = 0;
    const names = xl.sheets.map((s) => s.name);
    const { notes } = await click(xl, of);
    expect(notes).toEqual([[expect.stringMatching(/^Select the sheet with your sales rows first/), false]]);
    expect(reviewCalls).toHaveLength(0);
    expect(xl.sheets.map((s) => s.name)).toEqual(names);
  });

  test('passes the workbook’s 1904 date system on to the review', async () => {
    const xl = workbook();
    xl.date1904 = true;
    await click(xl);
    expect(reviewCalls[0].opts).toMatchObject({ sheet: 'Sales', date1904: true });
  });

  test('a sheet with a stray value far right gets TOO_LARGE with what to do, nothing written', async () => {
    const xl = workbook();
    xl.sheets[0].setGrid([['stray']], 700, 16383);
    const { notes } = await click(xl, officeFake({ lang: 'zh-CN' }));
    expect(notes).toEqual([[expect.stringContaining('A1:XFD701（11,485,184 个单元格）'), false]]);
    expect(notes[0][0]).toContain('Ctrl+End');
    expect(reviewCalls).toHaveLength(0);
    expect(xl.sheets).toHaveLength(2);
  });

  test('the ribbon and the wizard never write at once: the second write waits, one set of tabs results', async () => {
    const xl = workbook();
    const of = officeFake({ lang: 'en-US' });
    of.store.set(SETTINGS_KEY, JSON.stringify({ sheet: 'Sales', language: 'en' }));
    // two clicks in one runtime (the ribbon's and the wizard's Generate share it)
    const [a, b] = await Promise.all([click(xl, of), click(xl, of)]);
    expect(a.notes[0][1]).toBe(true);
    expect(b.notes[0][1]).toBe(true);
    // without the lock the second write gave "Review - Overview (2)" and orphaned the first's tabs
    expect(xl.sheets.map((s) => s.name)).toEqual(['Sales', 'Data', 'Review - Overview', 'Review - Bridges']);
  });

  test('an unexpected exception is reported and the event still completes', async () => {
    const xl = workbook();
    const notes: [string, boolean][] = [];
    const event = { completed: jest.fn() };
    const run = () => Promise.reject(new Error('Excel is busy'));
    await generateReview(event, { run, office: officeFake().office }, (m, ok) => void notes.push([m, ok]));
    expect(notes).toEqual([['Excel is busy', false]]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(xl.syncCount).toBe(0);
  });
});
