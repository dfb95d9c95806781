/**
 * Chinese text uses full-width punctuation (，：；（）！？). Half-width stays where it is not prose:
 * inside quoted examples a user types ("12.5万", “amount=销售额(万元)”, 「…」), in {placeholders},
 * in a sheet reference ('销售明细'!A:I), between ASCII words or digits (1,234; 3:3:2:2;
 * region,product), in a URL, and around a formula's brackets (= (实际 − 参照值) / |参照值|,
 * ^(1 / 年数), SUM(...)).
 */
const PROSE_MARKS = new Set([',', ':', ';', '!', '?']);
/** Before a formula's opening bracket: a space, an operator, another bracket, or a function name ({fn}(data)). */
const FORMULA_BEFORE = /[\s=+\-−*/×^|(A-Za-z_}]/;

/**
 * The half-width marks in Chinese prose, each with a little context; [] when there are none.
 * @example halfWidthMarks('实际值(数字或区域)。') // ['值(数']
 */
export function halfWidthMarks(text: string): string[] {
  const out: string[] = [];
  const parts = text.split(/("[^"]*"|“[^”]*”|「[^」]*」|\{[^}]*\}|<[^>]*>)/);
  parts.forEach((p, i) => {
    if (i % 2 === 1) return; // an example, a placeholder or markup
    for (let k = 0; k < p.length; k++) {
      const c = p[k];
      const before = k > 0 ? p[k - 1] : (parts[i - 1]?.slice(-1) ?? ' ');
      // Between ASCII words or digits (1,234; 3 : 3; Q1:Q4; region,product) it is not prose.
      const between =
        /[A-Za-z0-9]/.test(p.slice(0, k).trimEnd().slice(-1)) &&
        /[A-Za-z0-9]/.test(p.slice(k + 1).trimStart()[0] ?? '');
      const url = c === ':' && p.startsWith('//', k + 1);
      const sheetRef = c === '!' && /[A-Za-z$]/.test(p[k + 1] ?? ''); // 'Sales'!A:I
      const bad =
        (PROSE_MARKS.has(c) && !between && !url && !sheetRef) || (c === '(' && !FORMULA_BEFORE.test(before));
      if (bad) out.push(p.slice(Math.max(0, k - 2), k + 3));
    }
  });
  return out;
}
