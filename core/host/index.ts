/** Public surface of core/host: the Host port, its error, and the one run every entry point drives. */
export type * from './port';
export { HostError, HOST_ERROR_CODES, asHostError, errorText } from './errors';
export { generateReview } from './generate';
export type { ReviewRunner, GenerateOptions, GenerateProgress, GenerateResult, Stage } from './generate';
export { oneClickReview, settingsForRun } from './one-click';
export type { OneClick } from './one-click';
export { withPreviousNotes, previousTab, previousTabNames } from './previous-notes';
