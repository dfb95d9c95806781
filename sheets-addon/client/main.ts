/**
 * The sidebar page's script: asks the server for the user's locale, then mounts the shared wizard
 * on the Sheets client Host.
 */
import { mountWizard } from '../../core/taskpane';
import { createBridge } from './bridge';
import { createSheetsClientHost } from './host';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('sidebar.html has no #app element');
  const call = createBridge();
  let locale = navigator.language;
  try {
    locale = await call('displayLanguage');
  } catch {
    // Keep the browser's language: the wizard still works, only the default language may differ.
  }
  mountWizard(root, createSheetsClientHost(call, locale));
}

void start();
