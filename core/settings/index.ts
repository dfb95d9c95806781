/** Public surface of core/settings: the ReviewSettings schema (zod) and its parts. */
export * from './schema';
