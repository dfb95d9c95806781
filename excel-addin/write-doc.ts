/**
 * Writes a SheetDoc atomically, in four round trips plus one per additional 4 MB of payload:
 *   1. list the worksheets (names, ids);
 *   2. add every new tab under a temporary name, mark it and render it (calculation suspended);
 *      the existing sheets' markers are read in the same round trip (ExcelApi 1.12), and then
 *      which of them are ours is decided (owned-registry.ts), so the final names are known;
 *   3. swap: old owned tabs out of the way, temporaries to their final names, old tabs deleted;
 *   4. charts, on the tabs now in place: a chart an Excel build refuses is drawn as plain columns
 *      or left out (render-charts.ts), never a reason to lose the review.
 * Any failure before the swap completes removes the temporaries and restores the old tabs' names,
 * so the workbook is left as it was. User tabs are never touched: a clashing name gets a suffix.
 * (Office.js adds one small request of its own at the end of each Excel.run, releasing the
 * objects it tracked.)
 */
import type { ProgressEvent, WriteResult } from '../core/host';
import type { SheetDoc, TabPlan } from '../core/sheetdoc';
import { Batcher } from './batcher';
import { errorText } from '../core/host';
import type { RunFn, SettingsBag } from './office-env';
import type { ListedSheet } from './owned-registry';
import {
  markerOf,
  markerValue,
  ownedIds,
  queueMarker,
  readOwned,
  writeMarker,
  writeOwned,
} from './owned-registry';
import { drawCharts } from './render-charts';
import { renderTab } from './render-tab';
import { finalNames, newRunId, tempNames, tempPrefix } from './tab-names';

export interface WriteDeps {
  run: RunFn;
  settings: SettingsBag;
  /** Worksheet custom properties available (ExcelApi 1.12): tabs are marked, markers read. */
  markers: boolean;
  /** Fixed in tests; random otherwise. */
  runId?: string;
}

interface SheetRef {
  id: string;
  name: string;
}

/** What the swap needs to undo or finish itself. */
interface SwapPlan {
  runId: string;
  old: SheetRef[];
  /** New sheets; ids are known once their batch was sent, final names once markers were read. */
  added: { ws: Excel.Worksheet; temp: string; final: string; marker?: string }[];
}

/**
 * Renders `doc` into the workbook behind `deps.run`; see the file comment for the protocol.
 * @example const r = await writeDoc({ run: Excel.run, settings, markers: true }, doc);
 */
export async function writeDoc(
  deps: WriteDeps,
  doc: SheetDoc,
  onProgress?: (e: ProgressEvent) => void,
): Promise<WriteResult> {
  const runId = deps.runId ?? newRunId();
  try {
    return await deps.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/id');
      await ctx.sync();
      const listed = sheets.items;
      // enough temporaries for the new tabs and for every existing sheet that may step aside
      const temps = tempNames(
        runId,
        doc.tabs.length + listed.length,
        listed.map((s) => s.name),
      );
      // rides on the first render round trip
      const markers = deps.markers ? listed.map(queueMarker) : null;
      const plan: SwapPlan = { runId, old: [], added: [] };
      const plans: TabPlan[] = [];
      try {
        await render(ctx, deps, doc, plan, temps, plans, onProgress);
        const existing: ListedSheet[] = listed.map((s, i) => ({
          id: s.id,
          name: s.name,
          marker: markers ? markerOf(markers[i]) : undefined,
        }));
        const owned = ownedIds(readOwned(deps.settings), existing);
        plan.old = existing.filter((s) => owned.has(s.id));
        const finals = finalNames(
          doc.tabs.map((t) => t.name),
          existing.filter((s) => !owned.has(s.id)).map((s) => s.name),
        );
        plan.added.forEach((a, i) => (a.final = finals[i]));
        swap(ctx, plan, temps.slice(doc.tabs.length));
        await ctx.sync();
      } catch (e) {
        // rolled forward = the new review is complete: record it like a success
        if ((await recover(ctx, plan)) === 'rolledBack') {
          return { ok: false, code: 'WRITE_FAILED', message: errorText(e) } as const;
        }
      }
      const chartsDropped = await drawCharts(
        ctx,
        plan.added.map((a, i) => ({ ws: a.ws, charts: plans[i]?.charts ?? [] })),
      );
      try {
        await writeOwned(
          deps.settings,
          plan.added.map((a, i) => ({
            id: a.ws.id,
            key: doc.tabs[i].key,
            name: a.final,
            ...(a.marker === undefined ? {} : { marker: a.marker }),
          })),
        );
      } catch {
        // The tabs are written and the in-memory registry is set; the next successful save
        // (settings or another review) persists it. Failing the write here would misreport it.
      }
      onProgress?.({ stage: 'done', done: doc.tabs.length, total: doc.tabs.length });
      const tabs = plan.added.map((a, i) => ({ key: doc.tabs[i].key, name: a.final }));
      return { ok: true, tabs, ...(chartsDropped > 0 ? { chartsDropped } : {}) } as const;
    });
  } catch (e) {
    return { ok: false, code: 'WRITE_FAILED', message: errorText(e) };
  }
}

async function render(
  ctx: Excel.RequestContext,
  deps: WriteDeps,
  doc: SheetDoc,
  plan: SwapPlan,
  temps: string[],
  plans: TabPlan[],
  onProgress?: (e: ProgressEvent) => void,
): Promise<void> {
  const batch = new Batcher(ctx);
  const total = doc.tabs.length;
  for (let i = 0; i < total; i++) {
    await batch.reserve(256);
    const ws = ctx.workbook.worksheets.add(temps[i]);
    ws.load('id');
    const marker = deps.markers ? markerValue(plan.runId, doc.tabs[i].key) : undefined;
    if (marker !== undefined) writeMarker(ws, marker);
    // the final name is decided once the existing sheets' markers are read
    plan.added.push({ ws, temp: temps[i], final: temps[i], marker });
    plans.push(await renderTab(ws, doc.tabs[i], batch, doc.lang));
    onProgress?.({ stage: 'writing', done: i + 1, total });
  }
  await batch.flush();
}

/** Old owned tabs step aside (renamed), the new ones take the final names, then the old ones go. */
function swap(ctx: Excel.RequestContext, plan: SwapPlan, asideNames: string[]): void {
  const sheets = ctx.workbook.worksheets;
  plan.old.forEach((o, i) => (sheets.getItem(o.id).name = asideNames[i]));
  for (const a of plan.added) a.ws.name = a.final;
  plan.added[0]?.ws.activate();
  for (const o of plan.old) sheets.getItem(o.id).delete();
}

/**
 * After a failed round trip: if the old tabs are all still there, roll back (delete every
 * temporary of this run, give the old tabs their names back); if the swap had started deleting
 * them, roll forward (finish the deletes and the renames) so no review is left half-replaced.
 */
async function recover(ctx: Excel.RequestContext, plan: SwapPlan): Promise<'rolledBack' | 'rolledForward'> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  await ctx.sync();
  const present = new Map(sheets.items.map((s) => [s.id, s.name]));
  const oldMissing = plan.old.some((o) => !present.has(o.id));
  const prefix = tempPrefix(plan.runId).toLowerCase();
  const addedFinal = new Set(plan.added.map((a) => a.final.toLowerCase()));
  const oldIds = new Set(plan.old.map((o) => o.id));
  if (oldMissing) {
    for (const o of plan.old) if (present.has(o.id)) sheets.getItem(o.id).delete();
    for (const a of plan.added) {
      const current = sheets.items.find((s) => s.name.toLowerCase() === a.temp.toLowerCase());
      if (current) current.name = a.final;
    }
  } else {
    for (const s of sheets.items) {
      if (oldIds.has(s.id)) continue;
      const lower = s.name.toLowerCase();
      // a new tab is either still under its temporary name or already renamed by the swap
      const isNew = lower.startsWith(prefix) || (addedFinal.has(lower) && isAddedId(plan, s.id));
      if (isNew) s.delete();
    }
    for (const o of plan.old) if (present.get(o.id) !== o.name) sheets.getItem(o.id).name = o.name;
  }
  await ctx.sync();
  return oldMissing ? 'rolledForward' : 'rolledBack';
}

function isAddedId(plan: SwapPlan, id: string): boolean {
  return plan.added.some((a) => {
    try {
      return a.ws.id === id;
    } catch {
      return false; // id not loaded: its batch never reached the workbook
    }
  });
}
