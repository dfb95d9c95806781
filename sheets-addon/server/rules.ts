/** SheetDoc conditional formats → Sheets conditional-format rules (set in one call per tab). */
import type { ConditionalFormat } from '../../core/sheetdoc';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

function when(b: Builder, cf: ConditionalFormat): Builder {
  const [a, z] = cf.values;
  switch (cf.op) {
    case 'lessThan':
      return b.whenNumberLessThan(a);
    case 'greaterThan':
      return b.whenNumberGreaterThan(a);
    case 'lessThanOrEqual':
      return b.whenNumberLessThanOrEqualTo(a);
    case 'greaterThanOrEqual':
      return b.whenNumberGreaterThanOrEqualTo(a);
    case 'between':
      return b.whenNumberBetween(a, z ?? a);
  }
}

/**
 * Builds the rules for a tab's conditional formats.
 * @example conditionalRules(app, sheet, tab.conditionalFormats).length // 3
 */
export function conditionalRules(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  sheet: Sheet,
  formats: readonly ConditionalFormat[],
): Rule[] {
  return formats.map((cf) => {
    const { r0, c0, r1, c1 } = cf.range;
    let b = when(app.newConditionalFormatRule(), cf);
    if (cf.style.fontColor) b = b.setFontColor(cf.style.fontColor);
    if (cf.style.fill) b = b.setBackground(cf.style.fill);
    if (cf.style.bold !== undefined) b = b.setBold(cf.style.bold);
    return b.setRanges([sheet.getRange(r0 + 1, c0 + 1, r1 - r0 + 1, c1 - c0 + 1)]).build();
  });
}
