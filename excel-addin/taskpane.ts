/**
 * webpack entry "taskpane": once Office is ready, starts the pane (taskpane-start.ts) on the Excel
 * host. The page also carries the functions and commands bundles: with the shared runtime they all
 * live in this one page.
 */
import { mountWizard } from '../core/taskpane';
import { ExcelHost } from './host';
import { realEnv } from './office-env';
import { officeSignals } from './pane-visibility';
import { startTaskpane } from './taskpane-start';

Office.onReady(() => {
  const env = realEnv();
  const root = document.getElementById('app');
  const status = document.getElementById('sr-status');
  if (!root || !status) return;
  void startTaskpane({
    office: env.office,
    root,
    status,
    signals: officeSignals(),
    host: new ExcelHost(env),
    mount: (r, host) => void mountWizard(r, host),
    tooOld: (window as { __salesReviewTooOld?: boolean }).__salesReviewTooOld === true,
  });
});
