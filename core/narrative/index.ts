/** Public surface of core/narrative: the review in words. */
export { narrate } from './narrate';
export type { Narratives, NarrativeSection } from './narrate';
export { findingSentence, checkSentence } from './finding-sentence';
export { words } from './words';
export type { Words } from './words';
export { trivialGrowth, trivialPoints, TRIVIAL_GROWTH, TRIVIAL_POINTS } from './words';
