/** Public surface of core/host: the Host port every host implements. */
export type * from './port';
