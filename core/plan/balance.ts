/**
 * Controlled rounding of a non-negative real matrix (in units) to integers: every cell goes to the
 * floor or the ceiling of its value, row sums hit `rowTargets` and column sums hit `colTargets`.
 * It is a bipartite flow problem (rows → cells → columns, one extra unit per fractional cell);
 * a greedy pass places most units and augmenting paths place the rest. Returns the matrix and
 * whether column targets were all met (row targets always are).
 */

const NEAR = 1e-9;

export function balance(
  x: readonly (readonly number[])[],
  rowTargets: readonly number[],
  colTargets: readonly number[],
): { cells: number[][]; columnsExact: boolean } {
  const rows = x.length;
  const cols = rows > 0 ? x[0].length : 0;
  const cells: number[][] = [];
  const frac: number[][] = [];
  const rowNeed: number[] = new Array<number>(rows).fill(0);
  const colNeed: number[] = [...colTargets];
  for (let i = 0; i < rows; i++) {
    const c: number[] = [];
    const f: number[] = [];
    let s = 0;
    for (let j = 0; j < cols; j++) {
      let fl = Math.floor(x[i][j]);
      let fr = x[i][j] - fl;
      // cells that are whole numbers up to float noise (relative to their size) take no extra unit
      const near = Math.max(NEAR, x[i][j] * 16 * Number.EPSILON);
      if (fr > 1 - near) {
        fl += 1;
        fr = 0;
      }
      if (fr < near) fr = 0;
      c.push(fl);
      f.push(fr);
      s += fl;
      colNeed[j] -= fl;
    }
    cells.push(c);
    frac.push(f);
    rowNeed[i] = rowTargets[i] - s;
  }
  // bumped[i][j]: the cell already took its extra unit
  const bumped = frac.map((f) => f.map(() => false));
  // greedy: each row takes its largest fractions in columns that still need units
  for (let i = 0; i < rows; i++) {
    const byFrac = frac[i]
      .map((fr, j) => ({ fr, j }))
      .filter((e) => e.fr > 0)
      .sort((a, b) => b.fr - a.fr || a.j - b.j);
    for (const { j } of byFrac) {
      if (rowNeed[i] <= 0) break;
      if (colNeed[j] > 0) {
        bumped[i][j] = true;
        cells[i][j] += 1;
        rowNeed[i] -= 1;
        colNeed[j] -= 1;
      }
    }
  }
  // augmenting paths for rows still short: row → free cell → column (possibly via re-routing a bumped cell)
  for (let i = 0; i < rows; i++) {
    while (rowNeed[i] > 0 && augment(i, frac, bumped, colNeed, cells)) rowNeed[i] -= 1;
  }
  let columnsExact = true;
  for (let i = 0; i < rows; i++) {
    // fallback: keep the row exact even when no column can take the unit
    while (rowNeed[i] > 0) {
      columnsExact = false;
      const j = pickFallback(frac[i], bumped[i], x[i]);
      if (j < 0) break;
      bumped[i][j] = true;
      cells[i][j] += 1;
      colNeed[j] -= 1;
      rowNeed[i] -= 1;
    }
  }
  for (const n of colNeed) if (n !== 0) columnsExact = false;
  return { cells, columnsExact };
}

function pickFallback(frac: readonly number[], bumped: readonly boolean[], x: readonly number[]): number {
  let best = -1;
  for (let j = 0; j < frac.length; j++) {
    if (x[j] <= 0) continue;
    if (best < 0 || (!bumped[j] && (bumped[best] || frac[j] > frac[best]))) best = j;
  }
  return best;
}

/** BFS over rows and columns: finds row0 → … → column with spare need, then flips the path. */
function augment(
  row0: number,
  frac: readonly (readonly number[])[],
  bumped: boolean[][],
  colNeed: number[],
  cells: number[][],
): boolean {
  const rows = frac.length;
  const cols = frac[0].length;
  const prevRowOfCol = new Array<number>(cols).fill(-1);
  const prevColOfRow = new Array<number>(rows).fill(-2);
  prevColOfRow[row0] = -1;
  const queue = [row0];
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    for (let j = 0; j < cols; j++) {
      if (prevRowOfCol[j] !== -1 || frac[i][j] <= 0 || bumped[i][j]) continue;
      prevRowOfCol[j] = i;
      if (colNeed[j] > 0) {
        flip(j, prevRowOfCol, prevColOfRow, bumped, cells);
        colNeed[j] -= 1;
        return true;
      }
      // column j is full: some row k holding a unit in j could move it elsewhere
      for (let k = 0; k < rows; k++) {
        if (bumped[k][j] && prevColOfRow[k] === -2) {
          prevColOfRow[k] = j;
          queue.push(k);
        }
      }
    }
  }
  return false;
}

function flip(
  endCol: number,
  prevRowOfCol: readonly number[],
  prevColOfRow: readonly number[],
  bumped: boolean[][],
  cells: number[][],
): void {
  let j = endCol;
  for (;;) {
    const i = prevRowOfCol[j];
    bumped[i][j] = true;
    cells[i][j] += 1;
    const back = prevColOfRow[i];
    if (back === -1) return;
    bumped[i][back] = false;
    cells[i][back] -= 1;
    j = back;
  }
}
