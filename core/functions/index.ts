/** Public surface of core/functions: the registry, the runner and the value types. */
export { REGISTRY, REGISTRY_BY_NAME } from './registry';
export { evaluate, makeContext } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { fnName, isFnError } from './types';
export type {
  FnError,
  FnErrorType,
  FnHost,
  FnResult,
  FnValue,
  FunctionDef,
  ParamDef,
  ResultShape,
  Texts,
} from './types';
