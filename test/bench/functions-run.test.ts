import { runFunctions, twentyFormulas } from '../../bench/functions-run';
import { makeGrid } from '../../bench/grid';
import { evaluate, isFnError } from '../../core/functions';

describe('bench functions run', () => {
  const grid = makeGrid({ rows: 3000, seed: 11 });

  it('holds twenty different formulas, each of which evaluates on the bench grid', () => {
    const calls = twentyFormulas(grid);
    expect(calls).toHaveLength(20);
    expect(new Set(calls.map(([n, a]) => `${n}|${a.slice(1).join('|')}`)).size).toBe(20);
    for (const [name, args] of calls) expect(isFnError(evaluate(name, args))).toBe(false);
  });

  it('reports the twenty as one ingest, and every time as a number', () => {
    const t = runFunctions(grid, 20_000);
    expect(t.twentyIngests).toBe(1);
    for (const v of Object.values(t)) expect(Number.isFinite(v)).toBe(true);
  });
});
