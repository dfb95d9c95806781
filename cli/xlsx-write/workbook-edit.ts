/**
 * One edit of a package's workbook index: the workbook, its relationships, the content types and
 * app.xml parsed once into their models, changed by the steps of adding the review, rendered once.
 */
import {
  parseContentTypes,
  parseRels,
  parseWorkbook,
  relsPathOf,
  renderContentTypes,
  renderRels,
  renderWorkbook,
  resolveTarget,
  type ContentTypesPart,
  type RelsPart,
  type WorkbookPart,
} from '../ooxml';
import { parseApp, renderApp, withWorksheetTitles } from '../ooxml/app-part';
import type { OoxmlPackage } from './package';

export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
};

export interface WorkbookEdit {
  pkg: OoxmlPackage;
  workbookPath: string;
  workbook: WorkbookPart;
  rels: RelsPart;
  types: ContentTypesPart;
  /** The worksheet names before the edit (app.xml lists them). */
  sheetsBefore: string[];
}

const lastSegment = (type: string): string => type.slice(type.lastIndexOf('/') + 1);

/**
 * Opens the workbook index of a package for editing.
 * @example const edit = openEdit(pkg);
 */
export function openEdit(pkg: OoxmlPackage): WorkbookEdit {
  const pkgRels = pkg.text('_rels/.rels');
  const main =
    pkgRels === null
      ? undefined
      : parseRels(pkgRels).rels.find((r) => lastSegment(r.type) === 'officeDocument');
  const workbookPath = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
  const wb = pkg.text(workbookPath);
  const types = pkg.text('[Content_Types].xml');
  if (wb === null || types === null) throw new Error('not an .xlsx workbook (no workbook part)');
  const rels = pkg.text(relsPathOf(workbookPath));
  const workbook = parseWorkbook(wb);
  return {
    pkg,
    workbookPath,
    workbook,
    rels: rels === null ? { rels: [] } : parseRels(rels),
    types: parseContentTypes(types),
    sheetsBefore: workbook.sheets.map((s) => s.name),
  };
}

/**
 * The zip path of a workbook relationship's target.
 * @example targetOf(edit, 'rId1') // 'xl/worksheets/sheet1.xml'
 */
export function targetOf(edit: WorkbookEdit, relId: string): string | null {
  const rel = edit.rels.rels.find((r) => r.id === relId);
  return rel && rel.targetMode !== 'External' ? resolveTarget(edit.workbookPath, rel.target) : null;
}

/**
 * Renders the edited index parts back into the package (app.xml only when its worksheet titles
 * could be matched).
 * @example commitEdit(edit);
 */
export function commitEdit(edit: WorkbookEdit): void {
  const { pkg } = edit;
  pkg.set(edit.workbookPath, renderWorkbook(edit.workbook));
  pkg.set(relsPathOf(edit.workbookPath), renderRels(edit.rels));
  pkg.set('[Content_Types].xml', renderContentTypes(edit.types));
  const appXml = pkg.text('docProps/app.xml');
  if (appXml === null) return;
  const app = withWorksheetTitles(
    parseApp(appXml),
    edit.sheetsBefore,
    edit.workbook.sheets.map((s) => s.name),
  );
  if (app) pkg.set('docProps/app.xml', renderApp(app));
}
