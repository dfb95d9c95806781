/**
 * Ribbon commands (ExecuteFunction). Every FunctionName in manifest.xml is associated here;
 * the manifest test checks that. Commands share the task pane's runtime (shared runtime), so the
 * outcome is shown in the task pane's status line, and the pane is opened when something failed.
 */
import { ExcelHost } from './host';
import { oneClickReview } from './one-click';
import { realEnv } from './office-env';
import type { OfficeApi, RunFn } from './office-env';

/** Where a command reports its outcome (the task pane status line by default). */
export type Notify = (message: string, ok: boolean) => void | Promise<void>;

function notifyInTaskpane(message: string, ok: boolean): Promise<void> {
  const status = typeof document === 'undefined' ? null : document.getElementById('sr-status');
  if (status) {
    status.textContent = message;
    status.dataset.state = ok ? 'ok' : 'error';
  }
  return ok ? Promise.resolve() : Office.addin.showAsTaskpane();
}

/**
 * "Generate review": one click, saved settings or detected defaults; always completes the event.
 * @example Office.actions.associate('generateReview', generateReview);
 */
export async function generateReview(
  event: { completed: () => void },
  env: { run: RunFn; office: OfficeApi } = realEnv(),
  notify: Notify = notifyInTaskpane,
): Promise<void> {
  try {
    const outcome = await oneClickReview(new ExcelHost(env), env.office);
    await notify(outcome.message, outcome.ok);
  } catch (e) {
    await notify(e instanceof Error ? e.message : String(e), false);
  } finally {
    event.completed();
  }
}

/**
 * Registers the ribbon functions with Office (call once, after Office.onReady).
 * @example Office.onReady(registerCommands);
 */
export function registerCommands(): void {
  Office.actions.associate('generateReview', (event: Office.AddinCommands.Event) => generateReview(event));
}
