import {
  parseContentTypes,
  parseRels,
  parseWorkbook,
  renderContentTypes,
  renderRels,
} from '../../../cli/ooxml';
import { OoxmlPackage } from '../../../cli/xlsx-write/package';
import { commitEdit, openEdit, REL } from '../../../cli/xlsx-write/workbook-edit';
import { removeOwnedTabs } from '../../../cli/xlsx-write/remove-owned';
import { recalcOnLoad, recordOwned } from '../../../cli/xlsx-write/finish-workbook';
import { OWNED_NAME, ownedTabs } from '../../../cli/xlsx-write/owned-tabs';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A package of three tabs — 数据, 复盘-总览 (owned, with a drawing and a chart), 备注 — and a calculation chain. */
function pkg(): OoxmlPackage {
  const p = new OoxmlPackage();
  p.set(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="2" firstSheet="1"/></bookViews><sheets>` +
      '<sheet name="数据" sheetId="1" r:id="rId1"/><sheet name="复盘-总览" sheetId="5" r:id="rId2"/><sheet name="备注" sheetId="3" r:id="rId3"/></sheets>' +
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'复盘-总览'!$1:$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="2">'备注'!$A$1:$B$2</definedName><definedName name="总额">'数据'!$C$2</definedName><definedName name="${OWNED_NAME}" hidden="1">"复盘-总览"</definedName></definedNames>` +
      '<calcPr calcId="191029"/></workbook>',
  );
  p.set(
    'xl/_rels/workbook.xml.rels',
    renderRels({
      rels: [
        { id: 'rId1', type: `${REL}/worksheet`, target: 'worksheets/sheet1.xml' },
        { id: 'rId2', type: `${REL}/worksheet`, target: 'worksheets/sheet2.xml' },
        { id: 'rId3', type: `${REL}/worksheet`, target: '/xl/worksheets/sheet3.xml' },
        { id: 'rId4', type: `${REL}/calcChain`, target: 'calcChain.xml' },
      ],
    }),
  );
  for (const n of [1, 2, 3]) p.set(`xl/worksheets/sheet${n}.xml`, `<worksheet xmlns="${MAIN}"/>`);
  p.set(
    'xl/worksheets/_rels/sheet2.xml.rels',
    renderRels({ rels: [{ id: 'rIdDr1', type: `${REL}/drawing`, target: '../drawings/drawing1.xml' }] }),
  );
  p.set('xl/drawings/drawing1.xml', '<xdr:wsDr xmlns:xdr="x"/>');
  p.set(
    'xl/drawings/_rels/drawing1.xml.rels',
    renderRels({ rels: [{ id: 'rIdC1', type: `${REL}/chart`, target: '../charts/chart1.xml' }] }),
  );
  p.set('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="c"/>');
  p.set('xl/calcChain.xml', `<calcChain xmlns="${MAIN}"/>`);
  p.set(
    '[Content_Types].xml',
    renderContentTypes({
      defaults: [{ extension: 'xml', contentType: 'application/xml' }],
      overrides: [
        'xl/worksheets/sheet2.xml',
        'xl/drawings/drawing1.xml',
        'xl/charts/chart1.xml',
        'xl/calcChain.xml',
      ].map((n) => ({ partName: `/${n}`, contentType: 'x' })),
    }),
  );
  return p;
}

describe('removeOwnedTabs', () => {
  it('removes the owned tab with its drawing and chart, and re-indexes what pointed past it', () => {
    const p = pkg();
    const edit = openEdit(p);
    expect(removeOwnedTabs(edit)).toEqual(['复盘-总览']);
    commitEdit(edit);
    expect(p.names().filter((n) => /sheet2|drawing|chart/.test(n))).toEqual([]);
    const wb = parseWorkbook(p.text('xl/workbook.xml') ?? '');
    expect(wb.sheets.map((s) => s.name)).toEqual(['数据', '备注']);
    expect(wb.definedNames.map((d) => [d.name, d.localSheetId])).toEqual([
      ['_xlnm.Print_Area', 1],
      ['总额', null],
      [OWNED_NAME, null],
    ]);
    expect([wb.activeTab, wb.firstSheet]).toEqual([1, 0]);
    expect(parseRels(p.text('xl/_rels/workbook.xml.rels') ?? '').rels.map((r) => r.id)).toEqual([
      'rId1',
      'rId3',
      'rId4',
    ]);
    expect(parseContentTypes(p.text('[Content_Types].xml') ?? '').overrides.map((o) => o.partName)).toEqual([
      '/xl/calcChain.xml',
    ]);
  });

  it('changes nothing in a workbook without owned tabs', () => {
    const p = pkg();
    const edit = openEdit(p);
    edit.workbook.definedNames = edit.workbook.definedNames.filter((d) => d.name !== OWNED_NAME);
    expect(removeOwnedTabs(edit)).toEqual([]);
    expect(edit.workbook.sheets).toHaveLength(3);
  });
});

describe('recordOwned and recalcOnLoad', () => {
  it('replaces the owned record, adds print titles, drops the calculation chain and recalculates on open', () => {
    const p = pkg();
    const edit = openEdit(p);
    recordOwned(edit, ['备注'], new Map([['备注', 2]]));
    recalcOnLoad(edit);
    commitEdit(edit);
    const wb = parseWorkbook(p.text('xl/workbook.xml') ?? '');
    expect(ownedTabs(wb)).toEqual(['备注']);
    expect(wb.definedNames.filter((d) => d.name === OWNED_NAME)).toHaveLength(1);
    expect(wb.definedNames).toContainEqual({
      name: '_xlnm.Print_Titles',
      value: "'备注'!$1:$2",
      localSheetId: 2,
      attrs: {},
    });
    expect(wb.fullCalcOnLoad).toBe(true);
    expect(p.has('xl/calcChain.xml')).toBe(false);
    expect(p.text('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(p.text('[Content_Types].xml')).not.toContain('calcChain');
  });
});
