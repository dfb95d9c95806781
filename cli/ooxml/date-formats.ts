/**
 * Which cell styles of a workbook show a date: a number in such a cell is a date serial. Read
 * from styles.xml (cellXfs → numFmtId → built-in id or custom format code).
 */
import { isDateFormat } from '../../core/table';
import { childNamed, childrenNamed, parseXml } from './xml-tree';

export { isDateFormat };

/**
 * Built-in number formats that show dates or times: 14–22 everywhere, 27–36 and 50–58 in the
 * East Asian locales (yyyy"年"m"月"d"日" and the like, used by Chinese Excel without being
 * written into styles.xml), 45–47 times, 71–81 the Thai calendar ones.
 */
function builtinIsDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58) ||
    (id >= 71 && id <= 81)
  );
}

/**
 * One flag per cellXfs entry (the cell's s= index): 1 when the style shows a date.
 * @example dateStyles('<styleSheet><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>') // Uint8Array [1]
 */
export function dateStyles(stylesXml: string): Uint8Array {
  const root = parseXml(stylesXml).root;
  const custom = new Map<number, string>();
  for (const f of childrenNamed(childNamed(root, 'numFmts') ?? root, 'numFmt')) {
    custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  }
  const xfs = childrenNamed(childNamed(root, 'cellXfs') ?? root, 'xf');
  const out = new Uint8Array(xfs.length);
  xfs.forEach((xf, i) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id);
    out[i] = (code !== undefined ? isDateFormat(code) : builtinIsDate(id)) ? 1 : 0;
  });
  return out;
}
