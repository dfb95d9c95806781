/**
 * The server functions the sidebar may call through google.script.run, shared by the build (which
 * emits one top-level wrapper per name) and the client bridge. No imports: the sidebar bundles it.
 */

/** Top-level Apps Script name of a server function: `salesReviewApi_listSheets`. */
export const API_PREFIX = 'salesReviewApi_';

export const API_NAMES = [
  'displayLanguage',
  'listSheets',
  'listWithHeads',
  'readFirst',
  'readBlock',
  'readTyped',
  'writeSheetDoc',
  'loadSettings',
  'saveSettings',
  'activateSheet',
] as const;

export type ApiName = (typeof API_NAMES)[number];
