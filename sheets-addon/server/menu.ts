/** The add-on menu and its commands: one-click review, the wizard sidebar, help. */
import type { Lang } from '../../core/i18n';
import type { GasEnv } from './env';
import { loadSettings } from './settings';
import { sheetsText, uiLang } from './messages';
import { runOneClick } from './generate';

/** Language for menu text: saved settings when the add-on may read them, else the user's locale. */
function menuLang(env: GasEnv, e?: GoogleAppsScript.Events.AppsScriptEvent): Lang {
  const locale = env.session.getActiveUserLocale();
  try {
    if (e && String(e.authMode) === 'NONE') return uiLang(null, locale);
    const loaded = loadSettings(env.properties.getDocumentProperties());
    return uiLang(loaded.source === 'saved' ? loaded.settings.language : null, locale);
  } catch {
    // AuthMode.NONE (add-on not yet used in this file): properties are off limits.
    return uiLang(null, locale);
  }
}

/**
 * Adds the add-on menu (onOpen / onInstall).
 * @example onOpen(env, e)
 */
export function onOpen(env: GasEnv, e?: GoogleAppsScript.Events.AppsScriptEvent): void {
  const lang = menuLang(env, e);
  env.app
    .getUi()
    .createAddonMenu()
    .addItem(sheetsText('menuGenerate', lang), 'generateReview')
    .addItem(sheetsText('menuWizard', lang), 'openWizard')
    .addSeparator()
    .addItem(sheetsText('menuHelp', lang), 'showHelp')
    .addToUi();
}

/**
 * Menu "Generate review": runs, then a toast on success or an alert saying what to do on failure.
 * Async like the core run it drives: every service call underneath is synchronous, so the
 * execution completes it before it ends (Apps Script's V8 runs Promise jobs within the execution).
 * @example await generateReview(env, Date.now())
 */
export async function generateReview(env: GasEnv, startedAt: number): Promise<void> {
  const ss = env.app.getActiveSpreadsheet();
  const title = sheetsText('toastTitle', menuLang(env));
  // Shown while the run works (it can take minutes); the outcome's toast or alert replaces it.
  const outcome = await runOneClick(env, startedAt, (message, seconds) =>
    ss.toast(message, title, seconds + 10),
  );
  if (outcome.ok) ss.toast(outcome.message, title, 8);
  else {
    const ui = env.app.getUi();
    ui.alert(title, outcome.message, ui.ButtonSet.OK);
  }
}

/**
 * Menu "Open wizard": the sidebar (the shared wizard, inlined in sidebar.html).
 * @example openWizard(env)
 */
export function openWizard(env: GasEnv): void {
  const html = env.html
    .createHtmlOutputFromFile('sidebar')
    .setTitle(sheetsText('sidebarTitle', menuLang(env)));
  env.app.getUi().showSidebar(html);
}

/**
 * Menu "Help": what each command does, in the user's language.
 * @example showHelp(env)
 */
export function showHelp(env: GasEnv): void {
  const lang = menuLang(env);
  const ui = env.app.getUi();
  ui.alert(sheetsText('sidebarTitle', lang), sheetsText('help', lang), ui.ButtonSet.OK);
}
