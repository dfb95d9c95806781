/**
 * The host against Microsoft's office-addin-mock (OfficeMockObject): the mock returns "property
 * not loaded" for anything read without load()+sync(), so these tests prove the host loads
 * everything it reads. (Batch semantics and failures are covered with fake-excel.ts.)
 */
import { ExcelHost } from '../../excel-addin/host';
import type { RunFn } from '../../excel-addin/office-env';
import { OfficeMockObject, officeFake } from './office-fake';

const GRID = [
  ['Date', 'Customer', 'Amount'],
  [45658, '=HYPERLINK("x")', 100],
  [45689, 'Beta', 250],
];

function excelMock() {
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: 'Sales',
            used: {
              rowIndex: 0,
              columnIndex: 0,
              rowCount: 3,
              columnCount: 3,
              // a null-object-capable range: Office.js exposes isNullObject without load(), which
              // the mock cannot express, so this one is a plain object checked by value below
              getIntersectionOrNullObject: () => ({
                isNullObject: false,
                rowIndex: 0,
                rowCount: 3,
                values: GRID,
                load: () => undefined,
              }),
            },
            getUsedRange: function () {
              return (this as unknown as { used: unknown }).used;
            },
            getRange: function () {
              return {};
            },
          },
          getItem: function () {
            return (this as unknown as { sheet: unknown }).sheet;
          },
        },
      },
    },
    run: async function (batch: (ctx: unknown) => Promise<unknown>) {
      return batch((this as unknown as { context: unknown }).context);
    },
  };
  return new OfficeMockObject(data) as unknown as { run: RunFn; context: { sync: () => Promise<void> } };
}

describe('ExcelHost over office-addin-mock', () => {
  test('readGrid loads what it reads: size and first block in one sync', async () => {
    const mock = excelMock();
    let syncs = 0;
    const sync = mock.context.sync.bind(mock.context);
    mock.context.sync = () => {
      syncs++;
      return sync();
    };
    const host = new ExcelHost({ run: (b) => mock.run(b), office: officeFake().office });
    const r = await host.readGrid('Sales');
    expect(r).toEqual({ sheet: 'Sales', address: 'A1:C3', grid: GRID });
    expect(syncs).toBe(1);
  });

  test('text that looks like a formula is read back as the text it is', async () => {
    const mock = excelMock();
    const host = new ExcelHost({ run: (b) => mock.run(b), office: officeFake().office });
    const r = await host.readGrid('Sales');
    expect(r.grid[1][1]).toBe('=HYPERLINK("x")');
  });
});
