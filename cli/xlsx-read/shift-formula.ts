/**
 * A formula's relative references moved by a row and column offset, as Excel fills a formula down
 * or across — the rule of shared formulas (ECMA-376 Part 1 §18.3.1.40 f: a follower's formula is
 * the master's "with relative references adjusted" by the follower's offset from the master cell).
 *
 * A small tokenizer, not a pattern over the whole text: strings ("A1"), quoted and plain sheet
 * names ('Q1 2025'!, Sheet1!, Q1:Q4! of a 3-D reference), function names (LOG10(…)), structured
 * and external references ([…]), error literals (#REF!) and defined names are copied as they are.
 * Cell references move, on either side of a range and after a sheet name (Sheet2!B3 → Sheet2!B4),
 * whole columns (A:C) only across, whole rows (2:5) only down; a `$` part stays. A reference
 * moved off the sheet becomes #REF!, as in Excel.
 */

/** Excel's last column (XFD) and row. */
const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

/** 1-based column number of letters (A = 1), or 0 past XFD. */
function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COL ? n : 0;
}

/** Letters of a 1-based column number. */
function colLetters(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

/** A character that continues a name, a reference or a number (letters of any script too). */
function isWordChar(ch: string): boolean {
  return /[A-Za-z0-9_.$\\?]/.test(ch) || ch.charCodeAt(0) > 0x7f;
}

/** A moved column part, or null when it leaves the sheet. */
function moveCol(dollar: string, letters: string, d: number): string | null {
  if (dollar || d === 0) return dollar + letters;
  const n = colNumber(letters) + d;
  return n >= 1 && n <= MAX_COL ? colLetters(n) : null;
}

/** A moved row part, or null when it leaves the sheet. */
function moveRow(dollar: string, digits: string, d: number): string | null {
  if (dollar || d === 0) return dollar + digits;
  const n = Number(digits) + d;
  return n >= 1 && n <= MAX_ROW ? String(n) : null;
}

/** One cell reference moved; null when the word is no cell reference (a name such as TAX). */
function moveCell(word: string, dRow: number, dCol: number): string | null | undefined {
  const m = CELL.exec(word);
  if (!m || colNumber(m[2]) === 0 || Number(m[4]) < 1 || Number(m[4]) > MAX_ROW) return undefined;
  const col = moveCol(m[1], m[2], dCol);
  const row = moveRow(m[3], m[4], dRow);
  return col === null || row === null ? null : col + row;
}

/** The end of a run of word characters from i. */
function wordEnd(f: string, i: number): number {
  let j = i;
  while (j < f.length && isWordChar(f[j])) j++;
  return j;
}

/** The end of a quoted run ("…" or '…', the quote doubled inside) starting at i. */
function quotedEnd(f: string, i: number): number {
  const q = f[i];
  let j = i + 1;
  while (j < f.length) {
    if (f[j] === q) {
      if (f[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** The end of a bracketed run ([…], nested as in Table1[[#This Row],[Amount]]) starting at i. */
function bracketEnd(f: string, i: number): number {
  let depth = 0;
  let j = i;
  for (; j < f.length; j++) {
    if (f[j] === '[') depth++;
    else if (f[j] === ']' && --depth === 0) return j + 1;
  }
  return j;
}

/**
 * The two ends of `a:b` moved together: whole columns, whole rows, or two cells; undefined when
 * they are neither (the words are then taken one by one).
 */
function moveRange(a: string, b: string, dRow: number, dCol: number): string | null | undefined {
  const ca = COLUMN.exec(a);
  const cb = COLUMN.exec(b);
  if (ca && cb && colNumber(ca[2]) > 0 && colNumber(cb[2]) > 0) {
    const x = moveCol(ca[1], ca[2], dCol);
    const y = moveCol(cb[1], cb[2], dCol);
    return x === null || y === null ? null : `${x}:${y}`;
  }
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    const x = moveRow(ra[1], ra[2], dRow);
    const y = moveRow(rb[1], rb[2], dRow);
    return x === null || y === null ? null : `${x}:${y}`;
  }
  const x = moveCell(a, dRow, dCol);
  const y = moveCell(b, dRow, dCol);
  if (x === undefined || y === undefined) return undefined;
  return x === null || y === null ? null : `${x}:${y}`;
}

/**
 * The formula (text of an <f> element, no leading "=") with its relative references moved by
 * dRow rows and dCol columns.
 * @example shiftFormula('SUM(B3:M3)*$A$1+Sheet2!C3', 1, 0) // 'SUM(B4:M4)*$A$1+Sheet2!C4'
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  const f = formula;
  let out = '';
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      const j = quotedEnd(f, i);
      out += f.slice(i, j);
      i = j;
      continue;
    }
    if (ch === '[') {
      const j = bracketEnd(f, i);
      out += f.slice(i, j);
      i = j;
      continue;
    }
    if (ch === '#') {
      // an error literal (#REF!, #N/A, #DIV/0!) or the spill operator after a reference
      let j = i + 1;
      while (j < f.length && /[A-Za-z0-9/_!?]/.test(f[j])) j++;
      out += f.slice(i, j);
      i = j;
      continue;
    }
    if (!isWordChar(ch)) {
      out += ch;
      i++;
      continue;
    }
    const j = wordEnd(f, i);
    const word = f.slice(i, j);
    const next = f[j];
    if (next === '!' || next === '(' || next === '[') {
      // a sheet name, a function name, a table name: never a reference
      out += word;
      i = j;
      continue;
    }
    if (next === ':' && j + 1 < f.length && isWordChar(f[j + 1])) {
      const k = wordEnd(f, j + 1);
      const other = f.slice(j + 1, k);
      if (f[k] === '!') {
        // Q1:Q4!A1 — a 3-D reference's sheets
        out += f.slice(i, k);
        i = k;
        continue;
      }
      const range = moveRange(word, other, dRow, dCol);
      if (range !== undefined) {
        out += range ?? '#REF!';
        i = k;
        continue;
      }
    }
    const cell = moveCell(word, dRow, dCol);
    out += cell === undefined ? word : (cell ?? '#REF!');
    i = j;
  }
  return out;
}
