/**
 * serverHost's reads for a split workbook's data set (issue 14): a header read takes only its first
 * rows, and the 6-minute guard's cell cap (MAX_CELLS, the execution's memory) holds for the cells
 * of every sheet of the data set read in this execution, not only for one sheet.
 */
import { HostError } from '../../../core/host';
import { serverHost } from '../../../sheets-addon/server/host';
import { MAX_CELLS } from '../../../sheets-addon/server/guard';
import { createFakeGas } from '../fake-spreadsheet-app';
import { salesGrid } from '../sales-data';

function gasWithSales() {
  const gas = createFakeGas({ firstSheet: '销售明细', locale: 'en_US' });
  gas.ss.sheets[0].seed(salesGrid());
  return gas;
}

describe('serverHost.readGrid', () => {
  it('a header read takes only the rows asked for', async () => {
    const gas = gasWithSales();
    const read = await serverHost(gas.env, gas.clock.now).readGrid('销售明细', { maxRows: 30 });
    expect(read.grid).toHaveLength(30);
    expect(read.grid[0][0]).toBe('订单日期');
  });

  it('refuses, before reading a cell, a sheet that the cells already read take over the cap', async () => {
    const gas = gasWithSales();
    gas.log.reset();
    const cells = 241 * 6;
    const host = serverHost(gas.env, gas.clock.now);
    // alone it is read …
    await expect(host.readGrid('销售明细', { priorCells: MAX_CELLS - cells })).resolves.toMatchObject({
      sheet: '销售明细',
    });
    gas.log.reset();
    // … after the other sheets of its data set it is not
    const err = await host
      .readGrid('销售明细', { priorCells: MAX_CELLS - cells + 6 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: 'TOO_LARGE' });
    expect(gas.log.count('Range.getValues')).toBe(0);
  });
});
