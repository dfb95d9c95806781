import { assertPlain, createBridge, ServerError, type ScriptRun } from '../../../sheets-addon/client/bridge';
import { createFakeGas } from '../fake-spreadsheet-app';
import { stubScriptRun } from '../stub-script-run';

describe('createBridge', () => {
  it('resolves with the server function result', async () => {
    const gas = createFakeGas({ firstSheet: 'Sales' });
    const calls: string[] = [];
    const call = createBridge(stubScriptRun(gas, calls));
    await expect(call('listSheets')).resolves.toEqual([
      { name: 'Sales', rows: 0, cols: 0, isActive: true, owned: false, hidden: false },
    ]);
    expect(calls).toEqual(['listSheets']);
  });

  it('rejects with a ServerError when the server throws', async () => {
    const gas = createFakeGas();
    const call = createBridge(stubScriptRun(gas));
    await expect(call('saveSettings', { fiscalStartMonth: 99 })).rejects.toThrow(ServerError);
  });

  it('refuses to send a Date (it cannot cross google.script.run)', async () => {
    const gas = createFakeGas();
    const call = createBridge(stubScriptRun(gas));
    await expect(call('saveSettings', { when: new Date() })).rejects.toThrow(/cannot cross/);
  });

  it('rejects when a server function is not deployed', async () => {
    const bare: ScriptRun = { withSuccessHandler: () => bare, withFailureHandler: () => bare };
    await expect(createBridge(() => bare)('listSheets')).rejects.toThrow(/not deployed/);
  });

  it('rejects outside a sidebar, where google.script.run does not exist', async () => {
    await expect(createBridge()('listSheets')).rejects.toThrow(/google.script.run/);
  });
});

describe('assertPlain', () => {
  it('accepts nested plain data', () => {
    expect(() => assertPlain({ a: [1, 'x', null, { b: true }], c: undefined })).not.toThrow();
  });
  it('rejects Dates, functions, NaN and class instances', () => {
    expect(() => assertPlain([new Date()])).toThrow(/value\[0\]/);
    expect(() => assertPlain({ f: () => 1 })).toThrow();
    expect(() => assertPlain(NaN)).toThrow();
    expect(() => assertPlain(new Map())).toThrow();
  });
});
