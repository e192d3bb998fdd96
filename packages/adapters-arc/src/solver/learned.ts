import { Grid, gridEquals } from '../grid/grid';
import { applyColourMap, formatColourMap, isIdentityMap, learnColourMap } from '../primitives/colour';
import { assemble } from '../primitives/geometry';
import { D4 } from '../primitives/symmetry';
import { enclosedMask, fillEnclosed, outline } from '../primitives/fill';
import { combineMasks, LOGIC_OPS, LogicOp, splitInTwo } from '../primitives/combine';
import { contentBox, cropBox, shift } from '../primitives/geometry';
import { keepColour } from '../primitives/colour';
import { symmetryPatch, symmetryRepair } from '../primitives/symmetry-repair';
import { components } from '../primitives/objects';
import { recolourBySize } from '../primitives/denoise';
import { applyLocalRule, learnLocalRule, Neighbourhood } from '../primitives/local-rule';

/** (intermediate input, target output) pairs a learned step is fitted on. */
export type Pairs = readonly (readonly [Grid, Grid])[];

/** A fitted step: its readable label (with parameters) and the grid function. */
export interface Fitted {
  readonly label: string;
  readonly apply: (g: Grid) => Grid | null;
}

/**
 * A step whose parameters are inferred from the pairs (it can only be the last step of a program, because it needs
 * the targets). `fit` returns null when no parameters reproduce every pair.
 */
export interface LearnedStep {
  readonly name: string;
  readonly fit: (pairs: Pairs) => Fitted | null;
}

const allFit = (pairs: Pairs, f: (g: Grid) => Grid | null): boolean =>
  pairs.every(([a, b]) => {
    const y = f(a);
    return y !== null && gridEquals(y, b);
  });

/** When several parameter choices fit, apply them all and answer only if they agree (fail closed otherwise). */
function agreeing(fns: readonly ((g: Grid) => Grid | null)[]): (g: Grid) => Grid | null {
  return (g) => {
    let first: Grid | null = null;
    for (const f of fns) {
      const y = f(g);
      if (y === null) return null;
      if (first === null) first = y;
      else if (!gridEquals(first, y)) return null;
    }
    return first;
  };
}

const colourMap: LearnedStep = {
  name: 'colour_map',
  fit: (pairs) => {
    const map = learnColourMap(pairs);
    if (map === null || isIdentityMap(map)) return null;
    return { label: `colour_map(${formatColourMap(map)})`, apply: (g) => applyColourMap(g, map) };
  },
};

/** The single colour that every target shows on the masked cells, or null. */
function colourOnMask(pairs: Pairs, mask: (a: Grid) => Uint8Array): number | null {
  let colour = -1;
  for (const [a, b] of pairs) {
    if (a.h !== b.h || a.w !== b.w) return null;
    const m = mask(a);
    for (let i = 0; i < m.length; i++) {
      if (!m[i]) continue;
      if (colour < 0) colour = b.cells[i];
      else if (b.cells[i] !== colour) return null;
    }
  }
  return colour < 0 ? null : colour;
}

const fillHoles: LearnedStep = {
  name: 'fill_enclosed',
  fit: (pairs) => {
    const c = colourOnMask(pairs, (a) => enclosedMask(a));
    if (c === null || c === 0) return null;
    const f = (g: Grid) => fillEnclosed(g, c);
    return allFit(pairs, f) ? { label: `fill_enclosed(${c})`, apply: f } : null;
  },
};

const halo = (diagonal: boolean): LearnedStep => ({
  name: diagonal ? 'outline_8' : 'outline_4',
  fit: (pairs) => {
    // The halo colour is whatever a changed cell became.
    let c = -1;
    for (const [a, b] of pairs) {
      if (a.h !== b.h || a.w !== b.w) return null;
      for (let i = 0; i < a.cells.length && c < 0; i++) if (a.cells[i] !== b.cells[i]) c = b.cells[i];
    }
    if (c <= 0) return null;
    const f = (g: Grid) => outline(g, c, diagonal);
    return allFit(pairs, f) ? { label: `${diagonal ? 'outline_8' : 'outline_4'}(${c})`, apply: f } : null;
  },
});

/** True when `img` equals block k of `b` on a rows×cols layout. */
function blockMatches(img: Grid, b: Grid, k: number, rows: number, cols: number): boolean {
  if (img.h * rows !== b.h || img.w * cols !== b.w) return false;
  const oy = Math.floor(k / cols) * img.h;
  const ox = (k % cols) * img.w;
  for (let r = 0; r < img.h; r++) {
    for (let c = 0; c < img.w; c++) if (img.cells[r * img.w + c] !== b.cells[(oy + r) * b.w + ox + c]) return false;
  }
  return true;
}

/** Output = a rows×cols arrangement of D4 images of the input; each block's symmetry is learned. */
const blockTiling: LearnedStep = {
  name: 'tile_blocks',
  fit: (pairs) => {
    const [a0, b0] = pairs[0];
    const layouts: [number, number][] = [];
    for (const [bh, bw] of [[a0.h, a0.w], [a0.w, a0.h]] as const) {
      if (b0.h % bh !== 0 || b0.w % bw !== 0) continue;
      const rows = b0.h / bh;
      const cols = b0.w / bw;
      if (rows * cols >= 2 && !layouts.some(([r, c]) => r === rows && c === cols)) layouts.push([rows, cols]);
    }
    for (const [rows, cols] of layouts) {
      const options: (typeof D4)[number][][] = [];
      for (let k = 0; k < rows * cols; k++) {
        const fits = D4.filter(([, f]) => pairs.every(([a, b]) => blockMatches(f(a), b, k, rows, cols)));
        if (fits.length === 0) break;
        options.push(fits);
      }
      if (options.length !== rows * cols) continue;
      const build = (choice: (k: number) => number) => (g: Grid) =>
        assemble(options.map((o, k) => o[choice(k)][1](g)), rows, cols);
      // Alternatives that also fit the pairs (symmetric inputs) must agree when applied, or we refuse.
      const alternatives = [build(() => 0)];
      options.forEach((o, k) => {
        for (let j = 1; j < o.length; j++) alternatives.push(build((kk) => (kk === k ? j : 0)));
      });
      const f = agreeing(alternatives);
      if (!allFit(pairs, f)) continue;
      return { label: `tile_blocks(${rows}x${cols}:${options.map((o) => o[0][0]).join(',')})`, apply: f };
    }
    return null;
  },
};

/** Split the input in two, combine the halves with a boolean op, paint with one learned colour. */
const logicCombine: LearnedStep = {
  name: 'combine_halves',
  fit: (pairs) => {
    let colour = -1;
    for (const [, b] of pairs) for (const v of b.cells) if (v !== 0) {
      if (colour < 0) colour = v;
      else if (v !== colour) return null;
    }
    if (colour < 0) return null;
    const fits: LogicOp[] = [];
    for (const op of LOGIC_OPS) {
      const f = (g: Grid) => {
        const parts = splitInTwo(g);
        return parts === null ? null : combineMasks(parts[0], parts[1], op, colour);
      };
      if (allFit(pairs, f)) fits.push(op);
    }
    if (fits.length === 0) return null;
    const fns = fits.map((op) => (g: Grid) => {
      const parts = splitInTwo(g);
      return parts === null ? null : combineMasks(parts[0], parts[1], op, colour);
    });
    return { label: `combine_halves(${fits[0]},${colour})`, apply: agreeing(fns) };
  },
};

/** Colours present in every input and absent from every output (candidate masks). */
function maskColours(pairs: Pairs): number[] {
  const out: number[] = [];
  for (let k = 0; k < 10; k++) {
    if (pairs.every(([a, b]) => a.cells.includes(k) && !b.cells.includes(k))) out.push(k);
  }
  return out;
}

/** Cells painted with a mask colour are restored from the picture's own mirror symmetry (whole grid or patch). */
const repair = (patch: boolean): LearnedStep => ({
  name: patch ? 'symmetry_patch' : 'symmetry_repair',
  fit: (pairs) => {
    for (const m of maskColours(pairs)) {
      const f = (g: Grid) => (patch ? symmetryPatch(g, m) : symmetryRepair(g, m));
      if (allFit(pairs, f)) return { label: `${patch ? 'symmetry_patch' : 'symmetry_repair'}(${m})`, apply: f };
    }
    return null;
  },
});

/** Crop to the bounding box of one colour (learned: the colour whose box reproduces every pair). */
const cropColour: LearnedStep = {
  name: 'crop_colour',
  fit: (pairs) => {
    const fits: ((g: Grid) => Grid | null)[] = [];
    let label = '';
    for (let k = 1; k < 10; k++) {
      const f = (g: Grid) => {
        const b = contentBox(keepColour(g, k));
        return b === null ? null : cropBox(g, b);
      };
      if (allFit(pairs, f)) {
        if (fits.length === 0) label = `crop_colour(${k})`;
        fits.push(f);
      }
    }
    return fits.length === 0 ? null : { label, apply: agreeing(fits) };
  },
};

/** Each object takes a colour determined by its size (the size → colour table is learned and must be consistent). */
const bySize = (diagonal: boolean): LearnedStep => ({
  name: `recolour_by_size_${diagonal ? 8 : 4}`,
  fit: (pairs) => {
    const table = new Map<number, number>();
    for (const [a, b] of pairs) {
      if (a.h !== b.h || a.w !== b.w) return null;
      for (const o of components(a, { diagonal })) {
        const c = b.cells[o.cells[0]];
        for (const i of o.cells) if (b.cells[i] !== c) return null;
        const known = table.get(o.cells.length);
        if (known !== undefined && known !== c) return null;
        table.set(o.cells.length, c);
      }
    }
    if ([...table].every(([, c]) => c === 0) || table.size < 2) return null;
    const f = (g: Grid) => recolourBySize(g, table, diagonal);
    if (!allFit(pairs, f)) return null;
    const desc = [...table].sort((x, y) => x[0] - y[0]).map(([k, c]) => `${k}>${c}`).join(',');
    return { label: `recolour_by_size_${diagonal ? 8 : 4}(${desc})`, apply: f };
  },
});

/** Move everything by a fixed offset (learned, |dy|,|dx| ≤ 3, not both 0). */
const shiftStep: LearnedStep = {
  name: 'shift',
  fit: (pairs) => {
    for (let dy = -3; dy <= 3; dy++) {
      for (let dx = -3; dx <= 3; dx++) {
        if (dy === 0 && dx === 0) continue;
        const f = (g: Grid) => shift(g, dy, dx);
        if (allFit(pairs, f)) return { label: `shift(${dy},${dx})`, apply: f };
      }
    }
    return null;
  },
};

/** A cellular rule: each output cell is a learned function of its input neighbourhood (unseen → refuse). */
const localRule = (n: Neighbourhood): LearnedStep => ({
  name: `local_rule_${n}`,
  fit: (pairs) => {
    const rule = learnLocalRule(pairs, n);
    if (rule === null || [...rule].every(([k, v]) => Math.floor(k / 11 ** (n === 4 ? 4 : 8)) === v)) return null;
    return { label: `local_rule_${n}(${rule.size} cases)`, apply: (g) => applyLocalRule(g, rule, n) };
  },
});

/** Learned steps in canonical order (earlier = preferred when programs tie). */
export const LEARNED_STEPS: readonly LearnedStep[] = [colourMap, blockTiling, fillHoles, halo(false), halo(true), logicCombine, repair(false), repair(true), cropColour, bySize(false), bySize(true), shiftStep, localRule(4), localRule(8)];
