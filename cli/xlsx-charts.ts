/**
 * Native Excel charts for the SheetDoc's ChartSpecs, written as DrawingML parts (ExcelJS 4 has no
 * chart writer). Series reference the tab's cells, so charts follow the numbers when they change.
 * Column/bar/line/pareto map to classic chart types (combo with a secondary percent axis where a
 * series asks for it); a waterfall (a bridge) is stacked columns whose first series has no fill, so
 * each change floats at the running total (the classic format has no waterfall type, and the
 * chartex one cannot be read by LibreOffice, WPS or older Excel).
 */
import type { ChartSpec, RangeRef } from '../core/sheetdoc';
import { colLetter } from './render-xlsx';
import { xmlText } from './sheet-xml';

const EMU_PER_PX = 9525;
const PALETTE = ['1F4E79', 'A5A5A5', 'ED7D31', '70AD47', '5B9BD5', 'FFC000'];

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * An absolute reference to a range on a tab, quoted for any tab name.
 * @example absRef('复盘-季度', { r0: 1, c0: 0, r1: 4, c1: 0 }) // "'复盘-季度'!$A$2:$A$5"
 */
export function absRef(tab: string, r: RangeRef): string {
  return `'${tab.replace(/'/g, "''")}'!$${colLetter(r.c0)}$${r.r0 + 1}:$${colLetter(r.c1)}$${r.r1 + 1}`;
}

function title(text: string, lang: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="${lang}" sz="1200" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

const fill = (hex: string): string => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;

/** The series' fill: its own colour, none (a bridge's invisible base), or the palette's. */
function seriesFill(fillOf: string | null | undefined, i: number): string {
  if (fillOf === null) return '<a:noFill/><a:ln><a:noFill/></a:ln>';
  return fill(fillOf ? fillOf.replace('#', '').toUpperCase() : PALETTE[i % PALETTE.length]);
}

function series(spec: ChartSpec, tab: string, i: number, kind: 'bar' | 'line'): string {
  const s = spec.series[i];
  const colour = s.fill ? s.fill.replace('#', '').toUpperCase() : PALETTE[i % PALETTE.length];
  const cat = `<c:cat><c:strRef><c:f>${xmlText(absRef(tab, spec.categories))}</c:f></c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${xmlText(absRef(tab, s.values))}</c:f></c:numRef></c:val>`;
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>`;
  if (kind === 'line') {
    return `<c:ser>${head}<c:spPr><a:ln w="28575">${fill(colour)}</a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`;
  }
  return `<c:ser>${head}<c:spPr>${seriesFill(s.fill, i)}</c:spPr><c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
}

function axes(
  catId: number,
  valId: number,
  opts: { horizontal: boolean; secondary: boolean; percent: boolean; min?: number },
): string {
  const catPos = opts.horizontal ? 'l' : 'b';
  const valPos = opts.secondary ? (opts.horizontal ? 't' : 'r') : opts.horizontal ? 'b' : 'l';
  const fmt = opts.percent ? '0%' : '#,##0';
  const cat = `<c:catAx><c:axId val="${catId}"/><c:scaling><c:orientation val="${opts.horizontal && !opts.secondary ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="${opts.secondary ? 1 : 0}"/><c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="${valId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const grid = opts.secondary
    ? ''
    : '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  // CT_Scaling's order is orientation, max, min (ECMA-376 Part 1, 21.2.2.195)
  const bounds = opts.percent
    ? '<c:max val="1"/><c:min val="0"/>'
    : opts.min !== undefined
      ? `<c:min val="${opts.min}"/>`
      : '';
  const val = `<c:valAx><c:axId val="${valId}"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/>${grid}<c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${catId}"/><c:crosses val="${opts.secondary ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

/**
 * The chart part (c:chartSpace) for one ChartSpec on tab `tab`.
 * @example chartXml(spec, '复盘-季度', 'zh-CN').startsWith('<?xml') // true
 */
export function chartXml(spec: ChartSpec, tab: string, lang: string): string {
  const horizontal = spec.kind === 'bar';
  const stacked = spec.kind === 'waterfall' || spec.stacked === true;
  const asLine = (i: number): boolean => spec.kind === 'line' || spec.series[i].as === 'line';
  const primaryBars: number[] = [];
  const primaryLines: number[] = [];
  const secondaryBars: number[] = [];
  const secondaryLines: number[] = [];
  spec.series.forEach((s, i) => {
    const line = asLine(i);
    if (s.secondaryAxis) (line ? secondaryLines : secondaryBars).push(i);
    else (line ? primaryLines : primaryBars).push(i);
  });
  const barChart = (ids: number[], ax: [number, number]): string =>
    ids.length === 0
      ? ''
      : `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${ids.map((i) => series(spec, tab, i, 'bar')).join('')}<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="${ax[0]}"/><c:axId val="${ax[1]}"/></c:barChart>`;
  const lineChart = (ids: number[], ax: [number, number]): string =>
    ids.length === 0
      ? ''
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ids.map((i) => series(spec, tab, i, 'line')).join('')}<c:marker val="1"/><c:axId val="${ax[0]}"/><c:axId val="${ax[1]}"/></c:lineChart>`;
  const P: [number, number] = [50010, 50020];
  const S: [number, number] = [50030, 50040];
  const hasSecondary = secondaryBars.length + secondaryLines.length > 0;
  const percentSecondary = spec.kind === 'pareto';
  const plot =
    barChart(primaryBars, P) +
    lineChart(primaryLines, P) +
    barChart(secondaryBars, S) +
    lineChart(secondaryLines, S) +
    axes(P[0], P[1], { horizontal, secondary: false, percent: false, min: spec.valueAxisMin }) +
    (hasSecondary ? axes(S[0], S[1], { horizontal, secondary: true, percent: percentSecondary }) : '');
  // a bridge explains itself by its colours and the table beside it; its base would be a legend entry
  const legend =
    spec.series.length > 1 && spec.kind !== 'waterfall'
      ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
      : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>${title(spec.title, lang)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr></c:chartSpace>`;
}

/**
 * The drawing part placing charts (relationship ids rIdC1…) at their anchors.
 * @example drawingXml([spec]).includes('r:id="rIdC1"') // true
 */
export function drawingXml(specs: readonly ChartSpec[]): string {
  const anchors = specs
    .map(
      (s, i) =>
        `<xdr:oneCellAnchor><xdr:from><xdr:col>${s.anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${s.anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${Math.round(s.width * EMU_PER_PX)}" cy="${Math.round(s.height * EMU_PER_PX)}"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rIdC${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`;
}

/**
 * Inserts the <drawing> reference into a worksheet at its place in the schema order.
 * @example withDrawing('<worksheet>…</worksheet>', 'rIdDr1')
 */
export function withDrawing(sheetXml: string, rid: string): string {
  const el = `<drawing r:id="${rid}"/>`;
  const m =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      sheetXml,
    );
  if (m) return sheetXml.slice(0, m.index) + el + sheetXml.slice(m.index);
  const end = sheetXml.lastIndexOf('</worksheet>');
  return sheetXml.slice(0, end) + el + sheetXml.slice(end);
}
