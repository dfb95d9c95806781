/** Public surface of core/functions: the registry, the runner and the value types. */
export { REGISTRY, REGISTRY_BY_NAME } from './registry';
export { evaluate, makeContext } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { isFnError } from './types';
export type {
  FnError,
  FnErrorType,
  FnResult,
  FnValue,
  FunctionDef,
  ParamDef,
  ResultShape,
  Texts,
} from './types';
