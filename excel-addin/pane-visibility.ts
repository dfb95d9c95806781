/**
 * When the wizard may read the workbook. With the shared runtime the task pane page also starts,
 * hidden, when only the ribbon button or a formula needs the runtime; mounting the wizard then read
 * the sheet list, up to 25 previews and the whole data sheet for nobody. The wizard now waits until
 * the pane is shown: `Office.addin.onVisibilityModeChanged` reports later showings; a pane that is
 * already showing when the page starts (the user chose "Open wizard") counts at once.
 * https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-onvisibilitymodechanged-member(1)
 */

/** What the gate reads from Office and the page (injected, so tests need neither). */
export interface PaneSignals {
  /** `Office.addin.onVisibilityModeChanged`. */
  onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void): Promise<unknown>;
  /** The page is showing now. */
  visibleNow(): boolean;
}

/**
 * Resolves the first time the task pane is shown.
 * @example await whenPaneShown(officeSignals()); mountWizard(root, host);
 */
export function whenPaneShown(signals: PaneSignals): Promise<void> {
  return new Promise((resolve) => {
    if (signals.visibleNow()) {
      resolve();
      return;
    }
    // VisibilityMode.taskpane = 'Taskpane'
    signals
      .onVisibilityModeChanged((args) => {
        if (args.visibilityMode === 'Taskpane') resolve();
      })
      .catch(() => resolve()); // no SharedRuntime 1.1 events here: the page is the pane itself
  });
}

/**
 * The real signals. A hidden shared runtime's page reports `document.visibilityState` 'hidden' or
 * has no layout size; a pane the user opened is visible with a size.
 * @example whenPaneShown(officeSignals())
 */
export function officeSignals(): PaneSignals {
  return {
    onVisibilityModeChanged: (handler) =>
      Office.addin.onVisibilityModeChanged((args) =>
        handler({ visibilityMode: String(args.visibilityMode) }),
      ),
    visibleNow: () =>
      document.visibilityState === 'visible' && window.innerWidth > 0 && window.innerHeight > 0,
  };
}
