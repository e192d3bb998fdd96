import { Grid } from '../grid/grid';
import { flipH, flipV, rot180, rot270, rot90, transpose } from '../primitives/symmetry';

/** The primitives an NL instruction can name (DESIGN §5), in channel order. */
export const ARC_PRIMITIVES = ['flip_h', 'flip_v', 'rot90', 'rot180', 'rot270', 'transpose'] as const;

/** One NL-addressable primitive. */
export type ArcPrimitive = (typeof ARC_PRIMITIVES)[number];

/** Label the mapper uses for prompts that are not a supported grid instruction. */
export const NON_EXEC = 'non_exec';

/** Mapper labels: the primitives plus the negative class. */
export type ArcLabel = ArcPrimitive | typeof NON_EXEC;

/** All mapper labels. */
export const ARC_LABELS: readonly ArcLabel[] = [...ARC_PRIMITIVES, NON_EXEC];

/** Type guard for primitive names. */
export function isArcPrimitive(x: string): x is ArcPrimitive {
  return (ARC_PRIMITIVES as readonly string[]).includes(x);
}

/** The executable function of each primitive. */
export const PRIMITIVE_FN: Readonly<Record<ArcPrimitive, (g: Grid) => Grid>> = {
  flip_h: flipH,
  flip_v: flipV,
  rot90,
  rot180,
  rot270,
  transpose,
};

/** Run a sequence left to right. */
export function executeSequence(g: Grid, seq: readonly ArcPrimitive[]): Grid {
  return seq.reduce((acc, p) => PRIMITIVE_FN[p](acc), g);
}
