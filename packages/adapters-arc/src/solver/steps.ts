import { Grid } from '../grid/grid';
import { dedupeCols, dedupeRows, cropToContent, downscale, downscaleMajority, selfKron, tile, upscale, assemble } from '../primitives/geometry';
import { antiTranspose, flipH, flipV, rot180, rot270, rot90, transpose } from '../primitives/symmetry';
import { gravity } from '../primitives/gravity';
import { components, cropObject, ObjectSelector, selectObject } from '../primitives/objects';
import { hollow } from '../primitives/fill';
import { majorityFill } from '../primitives/colour';
import { overlay } from '../primitives/combine';
import { removeSingletons } from '../primitives/denoise';
import { keepObject } from '../primitives/objects';

/** A parameter-free step: a pure grid function that may refuse (null) when it does not apply. */
export interface FixedStep {
  readonly name: string;
  readonly apply: (g: Grid) => Grid | null;
}

const objectStep = (sel: ObjectSelector, diagonal: boolean, multicolour: boolean, only: boolean): FixedStep => ({
  name: `object_${sel}${diagonal ? '_8' : '_4'}${multicolour ? '_multi' : ''}${only ? '_only' : ''}`,
  apply: (g) => {
    const o = selectObject(g, components(g, { diagonal, multicolour }), sel);
    return o === null ? null : cropObject(g, o, only);
  },
});

const mirrorSym = (name: string, f: (g: Grid) => Grid): FixedStep => ({
  name,
  apply: (g) => {
    const m = f(g);
    return m.h === g.h && m.w === g.w ? overlay(g, m) : null;
  },
});

/**
 * The fixed steps the search composes, in canonical order (earlier = preferred when programs tie).
 * Symmetries first: they are the most common and cheapest explanations.
 */
export const FIXED_STEPS: readonly FixedStep[] = [
  { name: 'flip_h', apply: flipH },
  { name: 'flip_v', apply: flipV },
  { name: 'rot90', apply: rot90 },
  { name: 'rot180', apply: rot180 },
  { name: 'rot270', apply: rot270 },
  { name: 'transpose', apply: transpose },
  { name: 'anti_transpose', apply: antiTranspose },
  { name: 'crop', apply: (g) => cropToContent(g) },
  { name: 'gravity_down', apply: (g) => gravity(g, 'down') },
  { name: 'gravity_up', apply: (g) => gravity(g, 'up') },
  { name: 'gravity_left', apply: (g) => gravity(g, 'left') },
  { name: 'gravity_right', apply: (g) => gravity(g, 'right') },
  { name: 'upscale_2', apply: (g) => upscale(g, 2) },
  { name: 'upscale_3', apply: (g) => upscale(g, 3) },
  { name: 'upscale_4', apply: (g) => upscale(g, 4) },
  { name: 'downscale_2', apply: (g) => downscale(g, 2) },
  { name: 'downscale_3', apply: (g) => downscale(g, 3) },
  { name: 'downscale_majority_3', apply: (g) => downscaleMajority(g, 3) },
  { name: 'tile_1x2', apply: (g) => tile(g, 1, 2) },
  { name: 'tile_2x1', apply: (g) => tile(g, 2, 1) },
  { name: 'tile_2x2', apply: (g) => tile(g, 2, 2) },
  { name: 'tile_3x3', apply: (g) => tile(g, 3, 3) },
  { name: 'mirror_right', apply: (g) => assemble([g, flipH(g)], 1, 2) },
  { name: 'mirror_left', apply: (g) => assemble([flipH(g), g], 1, 2) },
  { name: 'mirror_down', apply: (g) => assemble([g, flipV(g)], 2, 1) },
  { name: 'mirror_up', apply: (g) => assemble([flipV(g), g], 2, 1) },
  { name: 'self_kron', apply: (g) => selfKron(g) },
  { name: 'dedupe_rows', apply: dedupeRows },
  { name: 'dedupe_cols', apply: dedupeCols },
  objectStep('largest', false, false, false),
  objectStep('largest', true, true, false),
  objectStep('smallest', false, false, false),
  objectStep('smallest', true, true, false),
  objectStep('unique_colour', true, false, false),
  objectStep('most_colours', true, true, false),
  objectStep('largest_box', true, true, false),
  { name: 'hollow', apply: (g) => hollow(g) },
  { name: 'remove_singletons_4', apply: (g) => removeSingletons(g, false) },
  { name: 'remove_singletons_8', apply: (g) => removeSingletons(g, true) },
  {
    name: 'keep_largest_object',
    apply: (g) => {
      const o = selectObject(g, components(g, { diagonal: true, multicolour: true }), 'largest');
      return o === null ? null : keepObject(g, o);
    },
  },
  { name: 'majority_fill', apply: (g) => majorityFill(g) },
  mirrorSym('symmetrize_h', flipH),
  mirrorSym('symmetrize_v', flipV),
  mirrorSym('symmetrize_rot180', rot180),
  mirrorSym('symmetrize_transpose', transpose),
];
