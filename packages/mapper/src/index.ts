export * from './types';
export { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from './options';
export { MAPPER_FORMAT, type MapperArtifact, type StoredFeatures, type TrainingMetrics, artifactSha256, serializeArtifact } from './artifact';
export { trainMapper, trainMapperAsync } from './train';
export { type LoadOptions, type Mapper, loadMapper } from './mapper';
export { abstainRule } from './linear-model';
export { type PredictionSummary, summarizePrediction } from './summary';
