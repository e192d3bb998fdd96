import { registerBuiltinDomains } from './defaults';

export type * from './types';
export { canonicalJson, sha256Hex } from './canonical';
export {
  parseRequest,
  MAX_PROMPT_BYTES,
  MIN_T,
  MAX_T,
  DEFAULT_RAILS,
  DEFAULT_T,
  DEFAULT_BACKEND,
  RAILS,
  BACKENDS,
  type DomainInputField,
  type DomainShape,
} from './request';
export {
  registerDomain,
  unregisterDomain,
  getDomain,
  listDomains,
  loadDomain,
  type DomainAdapter,
  type DomainDescriptor,
  type DomainInput,
} from './registry';
export { registerBuiltinDomains } from './defaults';
export { arcPackage, defiPackage, encodersPackage, verifiersPackage } from './packages';
export { AUDIT_VERSION, resultHash, inputSha256 } from './result';
export { runMicro, runMicroE, invalidInputResult, MicroInternalError } from './run';
export { replay, replayE, type ReplayReport } from './replay';
export { jsonDiff, type DiffEntry } from './diff';
export { runBatch, type BatchLine, type BatchOptions, type LineId } from './batch';

registerBuiltinDomains();
export * from './guard';
