/**
 * The task pane waits until it is shown before the wizard reads the workbook: a runtime started by
 * the ribbon button or a formula (shared runtime, pane hidden) reads nothing.
 */
import type { Host } from '../../core/host/port';
import { whenPaneShown, type PaneSignals } from '../../excel-addin/pane-visibility';
import { startTaskpane } from '../../excel-addin/taskpane-start';
import { officeFake } from './office-fake';

function signals(visible: boolean) {
  let handler: ((a: { visibilityMode: string }) => void) | null = null;
  const s: PaneSignals & { show(): void; hide(): void } = {
    onVisibilityModeChanged: (h) => {
      handler = h;
      return Promise.resolve(() => Promise.resolve());
    },
    visibleNow: () => visible,
    show: () => handler?.({ visibilityMode: 'Taskpane' }),
    hide: () => handler?.({ visibilityMode: 'Hidden' }),
  };
  return s;
}

const el = () => ({ textContent: '', dataset: {} as Record<string, string> }) as unknown as HTMLElement;
const tick = () => new Promise((r) => setTimeout(r, 0));

function parts(sig: PaneSignals, opts: { unsupported?: string[]; tooOld?: boolean } = {}) {
  const mounted: Host[] = [];
  const status = el();
  const started = startTaskpane({
    office: officeFake({ lang: 'zh-CN', unsupported: opts.unsupported }).office,
    root: el(),
    status,
    signals: sig,
    host: {} as Host,
    mount: (_root, host) => void mounted.push(host),
    tooOld: opts.tooOld,
  });
  return { mounted, status, started };
}

describe('startTaskpane', () => {
  it('a hidden pane (runtime started by the ribbon or a formula) mounts nothing until it is shown', async () => {
    const sig = signals(false);
    const p = parts(sig);
    await tick();
    sig.hide();
    await tick();
    expect(p.mounted).toHaveLength(0);
    sig.show();
    await p.started;
    expect(p.mounted).toHaveLength(1);
  });

  it('a pane already showing (Open wizard started the runtime) mounts at once', async () => {
    const p = parts(signals(true));
    await p.started;
    expect(p.mounted).toHaveLength(1);
  });

  it('an Excel without the requirement sets gets the message and no wizard', async () => {
    const p = parts(signals(true), { unsupported: ['SharedRuntime 1.1'] });
    await p.started;
    expect(p.mounted).toHaveLength(0);
    expect(p.status.textContent).toContain('SharedRuntime 1.1');
  });

  it('the ES5 page having said "too old" leaves the pane to its message', async () => {
    const p = parts(signals(true), { tooOld: true });
    await p.started;
    expect(p.mounted).toHaveLength(0);
    expect(p.status.textContent).toBe('');
  });
});

describe('whenPaneShown', () => {
  it('resolves when the visibility events are unavailable (the page is then the pane)', async () => {
    await expect(
      whenPaneShown({
        onVisibilityModeChanged: () => Promise.reject(new Error('no api')),
        visibleNow: () => false,
      }),
    ).resolves.toBeUndefined();
  });
});
