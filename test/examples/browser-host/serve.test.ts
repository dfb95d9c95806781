import type { DemoServer } from '../../../examples/browser-host/serve';
import type { JsonBook } from '../../../examples/browser-host/browser-host';
import { startDemo } from './server';

describe('the demo server', () => {
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemo();
  });
  afterAll(async () => {
    await demo.close();
  });

  it('listens on 127.0.0.1 on the port it was given (a free one here)', () => {
    expect(demo.url).toBe(`http://127.0.0.1:${demo.port}`);
    expect(demo.port).toBeGreaterThan(0);
  });

  it('serves the page and the bundled script', async () => {
    const page = await fetch(`${demo.url}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<script src="/app.js">');
    const js = await fetch(`${demo.url}/app.js`);
    expect(js.status).toBe(200);
    expect((await js.text()).length).toBeGreaterThan(10000);
  });

  it('serves the sample workbook and the derived sets as JSON grids', async () => {
    const sample = (await (await fetch(`${demo.url}/api/workbook`)).json()) as JsonBook;
    expect(sample.sheets.map((s) => s.name)).toEqual(['销售明细', '目标']);
    expect(sample.sheets[0].grid[3][0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const broken = (await (await fetch(`${demo.url}/api/workbook?set=no-amount`)).json()) as JsonBook;
    expect(broken.sheets[0].grid.some((r) => r.includes('销售额(元)'))).toBe(false);
    const noCustomer = (await (await fetch(`${demo.url}/api/workbook?set=no-customer`)).json()) as JsonBook;
    expect(noCustomer.sheets[0].grid.some((r) => r.includes('客户名称'))).toBe(false);
    expect(noCustomer.sheets[0].grid.some((r) => r.includes('发货日期'))).toBe(true);
  });

  it('answers 404 for an unknown set or path and 405 for other methods', async () => {
    expect((await fetch(`${demo.url}/api/workbook?set=nope`)).status).toBe(404);
    expect((await fetch(`${demo.url}/nope`)).status).toBe(404);
    expect((await fetch(`${demo.url}/`, { method: 'POST' })).status).toBe(405);
  });
});
