/** K named channels × T samples; channel k is the evidence for primitive names[k] over time. */
export interface TraceSet {
  readonly names: readonly string[];
  readonly T: number;
  readonly data: readonly Float64Array[];
}

/** Per-channel detector report (Stage-10 and Stage-11 share this shape). */
export interface ChannelReport {
  readonly peak: number;
  readonly score: number;
  readonly z: number;
  readonly passedAbs: boolean;
  readonly passedRel: boolean;
}

/** Detector output: kept channel names, their order by peak time, and per-channel evidence. */
export interface ParseResult {
  readonly keep: readonly string[];
  readonly order: readonly string[];
  readonly perChannel: Readonly<Record<string, ChannelReport>>;
}
