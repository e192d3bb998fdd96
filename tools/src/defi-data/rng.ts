import { createRng, type Rng as CoreRng } from '@micro-lm/ngf-core';
import type { Held, Split } from './types';

/**
 * The generator's random stream: the ngf-core seeded RNG (xoshiro128** seeded through splitmix32) plus the
 * drawing helpers a text generator needs. The committed files depend on that stream; the spec test
 * regenerates them, so a change in ngf-core's RNG shows up as a failing test, not as silent drift.
 */
export class Rng {
  private readonly src: CoreRng;
  /** How many held-out (dev-only) items `pickFor` has drawn: lets the generator report held-out coverage. */
  heldDraws = 0;

  constructor(seed: number) {
    this.src = createRng(seed);
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.src.next();
  }

  /** Uniform integer in [0, n) (unbiased). */
  int(n: number): number {
    return this.src.int(n);
  }

  /** Uniform integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)];
  }

  /** One element with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const it of items) total += weight(it);
    if (!(total > 0)) throw new Error('weighted pick with no positive weight');
    let r = this.next() * total;
    let last: T | undefined;
    for (const it of items) {
      const w = weight(it);
      if (w <= 0) continue;
      last = it;
      r -= w;
      if (r < 0) return it;
    }
    return last as T; // float rounding: fall back to the last item that could be drawn
  }

  /** Fisher–Yates shuffle into a new array. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = out[i];
      out[i] = out[j];
      out[j] = tmp;
    }
    return out;
  }
}

/** Weight of an item in a split: held-out items are absent from train and favoured in dev. */
export function splitWeight(item: Held, split: Split): number {
  const w = item.w ?? 1;
  if (item.held) return split === 'dev' ? 1.5 * w : 0;
  return w;
}

/** Draws an item allowed in the split (held-out items never in train, favoured in dev). */
export function pickFor<T extends Held>(rng: Rng, items: readonly T[], split: Split): T {
  const item = rng.weighted(items, (it) => splitWeight(it, split));
  if (item.held) rng.heldDraws++;
  return item;
}
