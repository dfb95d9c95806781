/**
 * What the task pane page does once Office is ready: stop with the ES5 page's message when this
 * Excel is too old to run the bundle, check the requirement sets, then mount the wizard — only once
 * the pane is shown (pane-visibility.ts), so a runtime started by the ribbon or a formula reads
 * nothing.
 */
import { langFromLocale } from '../core/i18n';
import type { Host } from '../core/host';
import type { OfficeApi } from './office-env';
import { whenPaneShown, type PaneSignals } from './pane-visibility';
import { checkRequirements } from './requirements';

export interface TaskpaneParts {
  office: OfficeApi;
  root: HTMLElement;
  status: HTMLElement;
  signals: PaneSignals;
  host: Host;
  mount: (root: HTMLElement, host: Host) => void;
  /** Set by the ES5 check in taskpane.html when this Excel's browser cannot run the bundle. */
  tooOld?: boolean;
}

/**
 * Starts the pane; resolves once the wizard is mounted (or will never be: too old).
 * @example await startTaskpane({ office: Office, root, status, signals: officeSignals(), host, mount: mountWizard });
 */
export async function startTaskpane(p: TaskpaneParts): Promise<void> {
  if (p.tooOld) return;
  const check = checkRequirements(p.office, langFromLocale(p.office.context.displayLanguage));
  if (!check.ok) {
    p.status.textContent = check.message;
    p.status.dataset.state = 'error';
    return;
  }
  await whenPaneShown(p.signals);
  p.mount(p.root, p.host);
}
