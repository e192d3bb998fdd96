import { own } from '../own';
import type { TraceSet } from '@micro-lm/ngf-core';
import { DEFI_PRIMITIVES, primitiveIndex, type DefiPrimitive } from '../labels';
import type { Cue } from '../intent/cues';
import type { DefiToken } from '../tokenize';

/** Amplitude of a context word (a noun that hints at a primitive without asking for it). */
export const CONTEXT_AMPLITUDE = 0.3;

/** Nouns and participles that hint at a primitive ("rewards" → claim): weak evidence, never a step on their own. */
const CONTEXT: Readonly<Record<string, DefiPrimitive>> = {
  rewards: 'claim_rewards', reward: 'claim_rewards', yield: 'claim_rewards', earnings: 'claim_rewards', emissions: 'claim_rewards',
  incentives: 'claim_rewards', airdrop: 'claim_rewards', staked: 'unstake_asset', validator: 'stake_asset', validators: 'stake_asset',
  staking: 'stake_asset', stake: 'stake_asset', loan: 'borrow_asset', credit: 'borrow_asset', borrowed: 'repay_asset', debt: 'repay_asset',
  owe: 'repay_asset', collateral: 'deposit_asset', supplied: 'deposit_asset', deposited: 'withdraw_asset', savings: 'deposit_asset',
  vault: 'deposit_asset', withdrawal: 'withdraw_asset', slippage: 'swap_asset', price: 'swap_asset', rate: 'swap_asset', pair: 'swap_asset',
  swapped: 'swap_asset', deposit: 'deposit_asset', swap: 'swap_asset', borrow: 'borrow_asset', claim: 'claim_rewards', liquidity: 'deposit_asset',
};

/** The time (in samples, 0..T-1) of token i of n: token centres spread evenly over the trace. */
export function tokenTime(i: number, n: number, T: number): number {
  return ((i + 0.5) / n) * (T - 1);
}

/**
 * Per-primitive evidence traces over token position (DESIGN §1 "Adapter"): channel k gets a half-sine lobe of
 * height = cue strength at each action verb resolved to primitive k, and a lobe of CONTEXT_AMPLITUDE at each hint
 * word. Lobes combine by maximum, so repeated hints never add up to a verb. Width = the parser's template width.
 */
export function buildTraces(tokens: readonly DefiToken[], cues: readonly Cue[], T: number, width: number): TraceSet {
  // Channels are allocated on first write; untouched ones share one zero array (nothing downstream writes to inputs).
  const zero = zeros(T);
  const data: Float64Array[] = DEFI_PRIMITIVES.map(() => zero);
  const channel = (k: number): Float64Array => {
    if (data[k] === zero) data[k] = new Float64Array(T);
    return data[k];
  };
  const n = Math.max(1, tokens.length);
  const cueAt = new Set<number>();
  for (const c of cues) {
    for (let k = 0; k <= c.span; k += 1) cueAt.add(c.index + k);
    if (c.kind === 'unsupported') continue;
    addLobe(channel(primitiveIndex(c.kind)), tokenTime(c.index, n, T), c.strength, width);
  }
  for (let i = 0; i < tokens.length; i += 1) {
    if (cueAt.has(i)) continue;
    const p = own(CONTEXT, tokens[i].norm);
    if (p !== undefined) addLobe(channel(primitiveIndex(p)), tokenTime(i, n, T), CONTEXT_AMPLITUDE, width);
  }
  return { names: DEFI_PRIMITIVES, T, data };
}

const zeroCache = new Map<number, Float64Array>();

function zeros(T: number): Float64Array {
  let z = zeroCache.get(T);
  if (z === undefined) {
    if (zeroCache.size > 16) zeroCache.clear();
    z = new Float64Array(T);
    zeroCache.set(T, z);
  }
  return z;
}

function addLobe(x: Float64Array, centre: number, height: number, width: number): void {
  const half = (width - 1) / 2;
  const lo = Math.max(0, Math.ceil(centre - half));
  const hi = Math.min(x.length - 1, Math.floor(centre + half));
  for (let t = lo; t <= hi; t += 1) {
    const v = height * Math.cos((Math.PI * (t - centre)) / (width - 1));
    if (v > x[t]) x[t] = v;
  }
}
