/**
 * Requirement sets checked at start-up. ExcelApi 1.9 is the newest API the host needs (page layout;
 * 1.7 for series editing and tab colours, 1.8 for secondary axes); where ExcelApi
 * 1.12 exists, review tabs also carry a marker (worksheet custom property) so they are recognised
 * after the workbook is reopened, with a fallback to ids and names without it; SharedRuntime
 * 1.1 lets the ribbon, task pane and functions share one runtime; CustomFunctionsRuntime 1.2 gives
 * CustomFunctions.Error with a message.
 */
import { excelText } from './messages';
import type { Lang } from '../core/i18n';
import type { OfficeApi } from './office-env';

export const REQUIRED_SETS: readonly { name: string; version: string }[] = [
  { name: 'ExcelApi', version: '1.9' },
  { name: 'SharedRuntime', version: '1.1' },
  { name: 'CustomFunctionsRuntime', version: '1.2' },
];

export type RequirementCheck = { ok: true } | { ok: false; missing: string[]; message: string };

/**
 * Which required sets this Excel lacks, with a localized message saying what to do.
 * @example checkRequirements(Office, 'en') // { ok: true }
 */
export function checkRequirements(office: OfficeApi, lang: Lang): RequirementCheck {
  const missing = REQUIRED_SETS.filter(
    (s) => !office.context.requirements.isSetSupported(s.name, s.version),
  ).map((s) => `${s.name} ${s.version}`);
  if (missing.length === 0) return { ok: true };
  return { ok: false, missing, message: excelText('EXCEL_HOST_TOO_OLD', lang, { sets: missing.join(', ') }) };
}
