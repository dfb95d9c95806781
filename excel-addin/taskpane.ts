/**
 * webpack entry "taskpane": checks the requirement sets, then mounts the shared wizard
 * (core/taskpane) on the Excel host. The page also carries the functions and commands bundles:
 * with the shared runtime they all live in this one page.
 */
import { langFromLocale } from '../core/i18n';
import { mountWizard } from '../core/taskpane';
import { ExcelHost } from './host';
import { realEnv } from './office-env';
import { checkRequirements } from './requirements';

Office.onReady(() => {
  const env = realEnv();
  const root = document.getElementById('app');
  const status = document.getElementById('sr-status');
  if (!root || !status) return;
  const check = checkRequirements(env.office, langFromLocale(env.office.context.displayLanguage));
  if (!check.ok) {
    status.textContent = check.message;
    status.dataset.state = 'error';
    return;
  }
  mountWizard(root, new ExcelHost(env));
});
