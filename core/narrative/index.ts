/** Public surface of core/narrative. */
export { narrate } from './narrate';
export { trivialGrowth, trivialPoints, TRIVIAL_GROWTH, TRIVIAL_POINTS } from './words';
