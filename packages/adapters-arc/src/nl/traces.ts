import type { TraceSet } from '@micro-lm/ngf-core';
import { ARC_PRIMITIVES } from './primitives';
import type { Mention } from './instruction';

/** Prompts shorter than this many words are laid out as if they had this many, so every bump stays narrow. */
export const MIN_WORDS = 24;

/** Width (sd, in samples at T) of one word's evidence bump, as a fraction of T. */
export const BUMP_SD_FRACTION = 1 / 28;

/** Time (in samples) of word i of n words. */
export function wordTime(i: number, n: number, T: number): number {
  return (T * (i + 0.5)) / Math.max(n, MIN_WORDS);
}

/** Centre time of a mention: the mean time of its evidence words. */
export function mentionTime(m: Mention, nWords: number, T: number): number {
  const ts = m.at.map((i) => wordTime(i, nWords, T));
  return ts.reduce((a, b) => a + b, 0) / Math.max(1, ts.length);
}

/** Add a Gaussian bump of height h at time c (max-combined with what is there). */
export function addBump(x: Float64Array, c: number, h: number, sd: number): void {
  const lo = Math.max(0, Math.floor(c - 4 * sd));
  const hi = Math.min(x.length - 1, Math.ceil(c + 4 * sd));
  for (let t = lo; t <= hi; t++) {
    const v = h * Math.exp(-0.5 * ((t - c) / sd) ** 2);
    if (v > x[t]) x[t] = v;
  }
}

/**
 * Per-primitive lexical traces: channel k over time = token position. Each mention puts one Gaussian well of
 * height `strength` at the mean position of its evidence words; wells of one channel combine by maximum, so a
 * primitive named twice has two wells rather than one taller one.
 */
export function buildArcTraces(mentions: readonly Mention[], nWords: number, T: number): TraceSet {
  const sd = Math.max(1, T * BUMP_SD_FRACTION);
  const data = ARC_PRIMITIVES.map(() => new Float64Array(T));
  for (const m of mentions) addBump(data[ARC_PRIMITIVES.indexOf(m.primitive)], mentionTime(m, nWords, T), m.strength, sd);
  return { names: [...ARC_PRIMITIVES], T, data };
}
