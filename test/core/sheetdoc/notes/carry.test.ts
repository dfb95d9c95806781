import fc from 'fast-check';
import { carryNotes, dateSerial, keyColumnOf, type PreviousTab } from '../../../../core/sheetdoc/notes/carry';
import { findingsTab } from '../../../../core/sheetdoc/tabs/findings';
import { planTab } from '../../../../core/sheetdoc/tabs/plan';
import { makeContext } from '../../../../core/sheetdoc/context';
import { narrate } from '../../../../core/narrative';
import type { Finding, ReviewModel } from '../../../../core/review/model';
import { money, rate, role, text } from '../../../../core/review/evidence';
import type { Cell, TabDoc } from '../../../../core/sheetdoc/types';
import type { CellValue } from '../../../../core/table/types';
import { sampleModel } from '../sample-model';

const declining = (segment: string): Finding => ({
  code: 'DECLINING_SEGMENT',
  severity: 'medium',
  evidence: [role('dimension', 'region'), text('segment', segment), money('revenue', 1), rate('yoy', -0.2)],
});

function model(findings: Finding[], lang: 'en' | 'zh-CN' = 'en'): ReviewModel {
  const m = sampleModel(lang);
  m.findings = findings;
  return m;
}
const findings = (m: ReviewModel): TabDoc => findingsTab(makeContext(m, narrate(m)));
const plan = (m: ReviewModel): TabDoc => planTab(makeContext(m, narrate(m)));

/** What a host reads back from a written tab: values, formulas' cached values. */
function asGrid(tab: TabDoc): CellValue[][] {
  return tab.cells.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.value : c)));
}
const previous = (grid: CellValue[][]): PreviousTab => ({ grid });

/** The row of the tab whose ID cell is `key`. */
function rowOf(tab: TabDoc, key: string, from = 0): number {
  const col = tab.notes!.keyCol;
  return tab.cells.findIndex((r, i) => i >= from && r[col] === key);
}
const OWNER = 8;
const DEADLINE = 9;
const ACTION = 7;

describe('carryNotes (findings tab)', () => {
  const A = declining('Central');
  const B = declining('East');
  const keyA = 'DECLINING_SEGMENT / region / Central';
  const keyB = 'DECLINING_SEGMENT / region / East';

  it('shows each finding key in the ID column right of the table', () => {
    const tab = findings(model([A, B]));
    expect(tab.notes?.keyCol).toBe(11);
    expect(rowOf(tab, keyA)).toBeGreaterThan(0);
    expect(keyColumnOf(asGrid(tab))).toBe(11);
  });

  it('puts notes back by key after the user sorted the rows and the findings changed order', () => {
    const old = asGrid(findings(model([A, B])));
    const rA = old.findIndex((r) => r[11] === keyA);
    const rB = old.findIndex((r) => r[11] === keyB);
    old[rA][ACTION] = 'Visit Central accounts';
    old[rA][OWNER] = 'Li';
    old[rB][ACTION] = 'Hire in East';
    // The user sorted the table: rows swapped.
    [old[rA], old[rB]] = [old[rB], old[rA]];
    const next = carryNotes(previous(old), findings(model([B, A])));
    expect(next.cells[rowOf(next, keyA)][ACTION]).toBe('Visit Central accounts');
    expect(next.cells[rowOf(next, keyA)][OWNER]).toBe('Li');
    expect(next.cells[rowOf(next, keyB)][ACTION]).toBe('Hire in East');
  });

  it('keeps the notes of a finding no longer found in the closed block, and gives them back when it returns', () => {
    const old = asGrid(findings(model([A, B])));
    old[old.findIndex((r) => r[11] === keyA)][ACTION] = 'Visit Central accounts';
    const next = carryNotes(previous(old), findings(model([B])));
    const closedTitle = next.cells.findIndex((r) => r[0] === 'Closed: no longer found (your notes are kept)');
    expect(closedTitle).toBeGreaterThan(rowOf(next, keyB));
    const closedRow = rowOf(next, keyA);
    expect(closedRow).toBeGreaterThan(closedTitle);
    expect(next.cells[closedRow][ACTION]).toBe('Visit Central accounts');
    expect(String(next.cells[closedRow][3])).toContain('Central');
    expect(
      next.inputRanges.some(
        (r) => r.r0 <= closedRow && r.r1 >= closedRow && r.c0 <= ACTION && r.c1 >= ACTION,
      ),
    ).toBe(true);
    // The finding comes back: its notes go to its live row, the closed block is gone.
    const back = carryNotes(previous(asGrid(next)), findings(model([A, B])));
    expect(back.cells[rowOf(back, keyA)][ACTION]).toBe('Visit Central accounts');
    expect(back.cells.some((r) => r[0] === 'Closed: no longer found (your notes are kept)')).toBe(false);
  });

  it('drops a closed row with no notes (nothing to keep)', () => {
    const next = carryNotes(previous(asGrid(findings(model([A, B])))), findings(model([B])));
    expect(rowOf(next, keyA)).toBe(-1);
  });

  it('writes a date back as a dated serial, and a formula as a formula', () => {
    const old: CellValue[][] = asGrid(findings(model([A])));
    const r = old.findIndex((x) => x[11] === keyA);
    old[r][DEADLINE] = new Date(Date.UTC(2027, 2, 31));
    const formulas: CellValue[][] = old.map(() => []);
    formulas[r][OWNER] = '=Team!B2';
    old[r][OWNER] = 'Wang';
    const next = carryNotes({ grid: old, formulas }, findings(model([A])));
    const row = rowOf(next, keyA);
    expect(next.cells[row][DEADLINE]).toBe(dateSerial(new Date(Date.UTC(2027, 2, 31))));
    expect(next.cells[row][DEADLINE]).toBe(46477);
    expect(
      next.formats.some(
        (f) =>
          f.numFmt === 'yyyy-mm-dd' &&
          f.range.r0 <= row &&
          f.range.r1 >= row &&
          f.range.c0 <= DEADLINE &&
          f.range.c1 >= DEADLINE,
      ),
    ).toBe(true);
    expect(next.cells[row][OWNER]).toEqual({ formula: '=Team!B2', value: 'Wang' });
  });

  it('carries across a language switch (keys are language-free)', () => {
    const old = asGrid(findings(model([A], 'en')));
    old[old.findIndex((r) => r[11] === keyA)][ACTION] = 'note';
    const next = carryNotes(previous(old), findings(model([A], 'zh-CN')));
    expect(next.cells[rowOf(next, keyA)][ACTION]).toBe('note');
  });

  const note = fc.oneof(
    fc.constant(null),
    fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '' && !s.startsWith('in:')),
    fc.integer({ min: 1, max: 99999 }),
  );
  const segments = ['Central', 'East', 'West', 'North', 'South'];

  it('is idempotent and loses no non-empty user cell (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(segments),
        fc.subarray(segments),
        fc.array(fc.array(note, { minLength: 6, maxLength: 6 }), { minLength: 5, maxLength: 5 }),
        (before, after, notes) => {
          const old = asGrid(findings(model(before.map(declining))));
          before.forEach((s, i) => {
            const r = old.findIndex((x) => x[11] === `DECLINING_SEGMENT / region / ${s}`);
            notes[i].forEach((v, k) => (old[r][5 + k] = v));
          });
          const fresh = findings(model(after.map(declining)));
          const once = carryNotes(previous(old), fresh);
          const twice = carryNotes(previous(asGrid(once)), fresh);
          expect(asGrid(twice)).toEqual(asGrid(once));
          before.forEach((s, i) => {
            const r = rowOf(once, `DECLINING_SEGMENT / region / ${s}`);
            notes[i].forEach((v, k) => {
              if (v !== null) expect(once.cells[r][5 + k] as Cell).toBe(v);
            });
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('carryNotes (plan tab)', () => {
  const A = declining('Central');
  const key = 'DECLINING_SEGMENT / region / Central';
  const inputRow = (tab: TabDoc, k: string): number => rowOf(tab, k);

  it('keys every input and every action row, with the suggested value beside each input', () => {
    const tab = plan(model([A]));
    const kc = tab.notes!.keyCol;
    const r = inputRow(tab, 'in:growth');
    expect(r).toBeGreaterThan(0);
    expect(tab.cells[r][kc + 1]).toBe(tab.cells[r][1]);
    for (const q of ['Q1', 'Q2', 'Q3', 'Q4']) expect(inputRow(tab, `in:weight / ${q}`)).toBeGreaterThan(r);
    expect(inputRow(tab, 'in:mix / region / 华东')).toBeGreaterThan(0);
    expect(rowOf(tab, key)).toBeGreaterThan(inputRow(tab, 'in:weight / Q4'));
  });

  it("keeps an input the user changed, takes this run's value for one they did not", () => {
    const old = asGrid(plan(model([A])));
    const kc = plan(model([A])).notes!.keyCol;
    const q1 = old.findIndex((r) => r[kc] === 'in:weight / Q1');
    old[q1][1] = 5;
    const m = model([A]);
    m.plan.growth = 0.2; // the settings changed growth; the user never typed it
    const next = carryNotes(previous(old), plan(m));
    expect(next.cells[inputRow(next, 'in:weight / Q1')][1]).toBe(5);
    expect(next.cells[inputRow(next, 'in:growth')][1]).toBe(0.2);
    // Refreshing again keeps the typed weight (its suggestion is still 3).
    const again = carryNotes(previous(asGrid(next)), plan(m));
    expect(again.cells[inputRow(again, 'in:weight / Q1')][1]).toBe(5);
    expect(again.cells[inputRow(again, 'in:weight / Q1')][kc + 1]).toBe(3);
  });

  it('hands an input back to the settings when the user clears it', () => {
    const tab = plan(model([A]));
    const old = asGrid(tab);
    old[inputRow(tab, 'in:growth')][1] = null;
    const next = carryNotes(previous(old), plan(model([A])));
    expect(next.cells[inputRow(next, 'in:growth')][1]).toBe(0.15);
  });

  it('carries the action table by key: owner, deadline, milestone, resources', () => {
    const tab = plan(model([A]));
    const old = asGrid(tab);
    const r = rowOf(tab, key);
    const header = old[tab.notes!.tables[0].headerRow];
    const col = (label: string): number => header.indexOf(label);
    old[r][col('Owner')] = 'Zhang';
    old[r][col('Milestone')] = 'Q2 pilot';
    old[r][col('Resources and budget')] = '2 reps';
    old[r][col('Deadline')] = new Date(Date.UTC(2027, 5, 30));
    const next = carryNotes(previous(old), plan(model([declining('East'), A])));
    const n = rowOf(next, key);
    expect(next.cells[n][col('Owner')]).toBe('Zhang');
    expect(next.cells[n][col('Milestone')]).toBe('Q2 pilot');
    expect(next.cells[n][col('Resources and budget')]).toBe('2 reps');
    expect(next.cells[n][col('Deadline')]).toBe(dateSerial(new Date(Date.UTC(2027, 5, 30))));
    // The problem is solved: its action moves to the closed block with the notes.
    const closed = carryNotes(previous(asGrid(next)), plan(model([])));
    const c = rowOf(closed, key);
    expect(closed.cells[c][col('Owner')]).toBe('Zhang');
    expect(
      closed.cells.some(
        (x) => x[0] === 'Closed actions: their problem is no longer found (your notes are kept)',
      ),
    ).toBe(true);
  });
});
