export * from './encoder';
export * from './sparse';
export * from './hash';
export * from './canonical-json';
export * from './tokenize';
export * from './wordmap';
export * from './lru-cache';
export * from './cached-encoder';
