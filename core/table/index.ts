/** Public surface of core/table: ingest and the pieces a wizard or host may call on their own. */
export * from './types';
export { ingest } from './ingest';
export { detectHeaderRow } from './header';
export { detectRoles } from './roles';
export type { RoleDetectionResult, BadOverride } from './roles';
export { parseAmount, parseAmountText, hasOwnUnit } from './amount';
export type { ParseFailure, AmountFailureCode } from './amount';
export { parseDate, parseDateText, parseDateNumber, parseDateObject } from './date';
export type { ParsedDate } from './date';
export { serialToDate, civilFromDays } from './serial';
export type { Ymd } from './serial';
export { unitFromHeader } from './unit';
export { currencyCode } from './currency';
export { isSubtotalLabel } from './subtotal';
export { headerKey, cleanText } from './normalize';
export { looksLikeSales } from './looks-like-sales';
export { ROLE_LABEL, roleLabel, isRole } from './role-labels';
