export * from './model-dir';
export * from './fingerprint';
export * from './sbert-encoder';
export * from './fetch-model';
