/**
 * Moves rendered review sheets into another package: style indices re-pointed to the merged
 * styles (see ooxml/styles-part), shared strings made inline. These edit the review's own sheet
 * XML (written by the renderer), never a part of the user's.
 */
import type { StyleMaps } from './ooxml/styles-part';

/**
 * Rewrites a review sheet's style references (cell s=, row s=, col style=, dxfId=) to merged indices.
 * @example remapSheetStyles('<c r="A1" s="1"/>', maps)
 */
export function remapSheetStyles(sheetXml: string, maps: StyleMaps): string {
  return sheetXml
    .replace(
      /<(c|row)(\s[^>]*?)\ss="(\d+)"/g,
      (_m, tag: string, pre: string, n: string) => `<${tag}${pre} s="${maps.xf(Number(n))}"`,
    )
    .replace(
      /<col(\s[^>]*?)\sstyle="(\d+)"/g,
      (_m, pre: string, n: string) => `<col${pre} style="${maps.xf(Number(n))}"`,
    )
    .replace(/\sdxfId="(\d+)"/g, (_m, n: string) => ` dxfId="${maps.dxf(Number(n))}"`);
}

/**
 * Replaces shared-string cells (t="s") with inline strings, so a sheet can move to another
 * package without its shared-string table.
 * @example inlineSharedStrings('<c r="A1" t="s"><v>0</v></c>', ['<t>x</t>'])
 */
export function inlineSharedStrings(sheetXml: string, items: readonly string[]): string {
  return sheetXml.replace(
    /<c(\s[^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_m, a: string, b: string, n: string) => {
      return `<c${a} t="inlineStr"${b}><is>${items[Number(n)] ?? '<t></t>'}</is></c>`;
    },
  );
}

/**
 * The <si> contents of a sharedStrings.xml, in order.
 * @example sharedStringItems('<sst><si><t>a</t></si></sst>') // ['<t>a</t>']
 */
export function sharedStringItems(sstXml: string): string[] {
  return (sstXml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).map((si) =>
    si.replace(/^<si>|<\/si>$|^<si\/>$/g, ''),
  );
}
