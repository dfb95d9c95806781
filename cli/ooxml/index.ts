/** The index parts of an OOXML package, each parsed into a small typed model and rendered back. */
export { parseXml, renderXml, childNamed, childrenNamed, localName, ns, textContent } from './xml-tree';
export type { XmlDocument, XmlElement, XmlNode } from './xml-tree';
export { parseRels, renderRels, relsPathOf, resolveTarget, freeRelId } from './rels-part';
export type { Relationship, RelsPart } from './rels-part';
export { parseWorkbook, renderWorkbook, NS_MAIN, NS_REL } from './workbook-part';
export type { WorkbookPart, SheetRef, SheetState, DefinedName } from './workbook-part';
export { dateStyles, isDateFormat } from './date-formats';
export { parseContentTypes, renderContentTypes, setOverride, removeOverride } from './content-types-part';
export type { ContentTypesPart } from './content-types-part';
export { parseApp, renderApp, withWorksheetTitles } from './app-part';
export type { AppPart } from './app-part';
export { mergeStyles } from './styles-part';
export type { StyleMaps } from './styles-part';
