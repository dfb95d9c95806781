/**
 * The demo page's script (bundled by serve.ts): fetches the workbook, creates the BrowserHost and
 * mounts the shared wizard. Query: ?sheet-set=no-amount, no-customer, split, shop, wide or currency, ?lang=zh-CN, ?pane=300, ?slow=300 (ms per block).
 */
import { mountWizard } from '../../core/taskpane';
import { BrowserHost, type JsonBook } from './browser-host';

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const set = params.get('sheet-set') ?? 'sample';
  const pane = document.getElementById('pane')!;
  const width = Number(params.get('pane'));
  if (width >= 240 && width <= 600) document.documentElement.style.setProperty('--pane', `${width}px`);
  const res = await fetch(`/api/workbook?set=${encodeURIComponent(set)}`);
  if (!res.ok) {
    pane.textContent = `Could not load the workbook (${res.status}).`;
    return;
  }
  const book = (await res.json()) as JsonBook;
  const host = new BrowserHost(
    book,
    { strip: document.getElementById('strip')!, sheet: document.getElementById('sheet')! },
    localStorage,
    `sales-review:settings:${set}`,
    params.get('lang') ?? navigator.language,
    Math.max(0, Number(params.get('slow')) || 0),
  );
  const handle = mountWizard(pane, host);
  await handle.ready;
  document.body.dataset.ready = 'true';
}

void main();
