import { scaleOf, shiftDecimal, writeNumber, writeUsd } from './amounts';
import { pickFor, type Rng } from './rng';
import { ASSETS, ASSET_POOLS, CHAINS, PROTOCOLS, PROTOCOL_POOLS, type Surface } from './vocab';
import type { AmountKind, Primitive, Split } from './types';

/** "two grand", "a grand": the digits of the spelled thousands. */
const WORD_DIGITS: Readonly<Record<string, string>> = { a: '1', two: '2', five: '5' };

/** What a rendered slot contributes to the gold args. */
export interface SlotValue {
  readonly text: string;
  readonly amount?: number | null;
  readonly amount_kind?: AmountKind;
  readonly asset?: string | null;
}

/** The previous step's output, which a follow-up clause may refer to ("deposit it", "stake the rewards"). */
export interface Carry {
  readonly ticker: string | null;
  readonly plural: boolean;
}

/** Slot modes of the `{A}` amount-and-asset slot. */
export type AmountMode = 'full' | 'bare' | 'noun' | 'num' | 'staked';

function surfaceOf(rng: Rng, surfaces: readonly Surface[], split: Split): string {
  return pickFor(rng, surfaces, split).text;
}

/** A ticker from a weighted pool, never one of `exclude`. */
export function pickTicker(rng: Rng, pool: keyof typeof ASSET_POOLS, exclude: readonly (string | null)[] = []): string {
  const entries = Object.entries(ASSET_POOLS[pool]).filter(([t]) => !exclude.includes(t));
  return rng.weighted(entries, ([, w]) => w)[0];
}

/** How an upper-case ticker is written this time (ticker in some case, or a name like "tether"). */
export function writeAsset(rng: Rng, ticker: string, split: Split): string {
  return surfaceOf(rng, ASSETS[ticker].surfaces, split);
}

/** A protocol brand for a primitive and how it is written; `notTicker` skips brands that are also tickers (aave, gmx, pendle). */
export function pickProtocol(rng: Rng, pool: Primitive | 'any' | 'liquid_staking', split: Split, notTicker = false): { brand: string; text: string } {
  const entries = Object.entries(PROTOCOL_POOLS[pool])
    .filter(([brand]) => !(notTicker && brand.toUpperCase() in ASSETS))
    .map(([brand, w]) => ({ brand, w, held: PROTOCOLS[brand].held }));
  const brand = pickFor(rng, entries, split).brand;
  return { brand, text: surfaceOf(rng, PROTOCOLS[brand].surfaces, split) };
}

/** A chain phrase ("on arbitrum", "on the base network", "over on bsc") and its canonical name. */
export function pickChain(rng: Rng, split: Split): { name: string; word: string; phrase: string } {
  const chain = pickFor(rng, CHAINS, split);
  const word = surfaceOf(rng, chain.surfaces, split);
  const r = rng.next();
  const bareName = !/(chain|mainnet|era|one|pos)$/i.test(word);
  const phrase = r < 0.75 || !bareName ? `on ${word}` : r < 0.87 ? `on the ${word} network` : `over on ${word}`;
  return { name: chain.name, word, phrase };
}

type Kind = AmountKind;
const KIND_WEIGHTS: readonly (readonly [Kind, number])[] = [['exact', 55], ['usd', 8], ['all', 12], ['half', 7], ['none', 18]];

function pickKind(rng: Rng, allowed: readonly Kind[]): Kind {
  return rng.weighted(KIND_WEIGHTS.filter(([k]) => allowed.includes(k)), ([, w]) => w)[0];
}

function phrase<T extends { w?: number; held?: boolean }>(rng: Rng, split: Split, items: readonly T[]): T {
  return pickFor(rng, items, split);
}

interface Form { readonly f: (n: string, t: string) => string; readonly w?: number; readonly held?: boolean; readonly noAsset?: boolean }

const EXACT: readonly Form[] = [
  { f: (n, t) => `${n} ${t}`, w: 86 },
  { f: (n, t) => `${n} of my ${t}`, w: 4 },
  { f: (n, t) => `another ${n} ${t}`, w: 2 },
  { f: (n, t) => `${n} more ${t}`, w: 1, held: true },
];
const USD: readonly Form[] = [
  { f: (u, t) => `$${u} of ${t}`, w: 5 },
  { f: (u, t) => `$${u} worth of ${t}`, w: 3 },
  { f: (u, t) => `$${u} in ${t}`, w: 2 },
  { f: (u, t) => `${u} dollars of ${t}`, w: 1 },
  { f: (u, t) => `${u} dollars worth of ${t}`, w: 1 },
  { f: (u, t) => `${u} usd of ${t}`, w: 1 },
  { f: (u, t) => `${u} USD worth of ${t}`, w: 1 },
  { f: (u, t) => `$${u} of my ${t}`, w: 1 },
  { f: (u, t) => `${u} bucks worth of ${t}`, w: 0.7 },
  { f: (u, t) => `${u} bucks of ${t}`, w: 0.4 },
  { f: (u, t) => `${t} worth $${u}`, w: 1, held: true },
  { f: (u, t) => `$${u} of ${t} tokens`, w: 0.5, held: true },
];
const ALL: readonly Form[] = [
  { f: (_, t) => `all my ${t}`, w: 6 },
  { f: (_, t) => `all of my ${t}`, w: 3 },
  { f: (_, t) => `all ${t}`, w: 2 },
  { f: (_, t) => `all the ${t}`, w: 1 },
  { f: (_, t) => `my entire ${t} balance`, w: 2 },
  { f: (_, t) => `my whole ${t} balance`, w: 1 },
  { f: (_, t) => `max ${t}`, w: 2 },
  { f: (_, t) => `the max amount of ${t}`, w: 1 },
  { f: () => 'everything', w: 1.5, noAsset: true },
  { f: (_, t) => `100% of my ${t}`, w: 1, held: true },
  { f: (_, t) => `every last ${t}`, w: 1, held: true },
  { f: (_, t) => `my entire ${t} stack`, w: 1, held: true },
];
const HALF: readonly Form[] = [
  { f: (_, t) => `half my ${t}`, w: 4 },
  { f: (_, t) => `half of my ${t}`, w: 4 },
  { f: (_, t) => `half the ${t}`, w: 1 },
  { f: (_, t) => `half of the ${t}`, w: 1 },
  { f: (_, t) => `50% of my ${t}`, w: 1.5 },
  { f: (_, t) => `half of my ${t} balance`, w: 1, held: true },
];
const NONE: readonly Form[] = [
  { f: (_, t) => t, w: 4 },
  { f: (_, t) => `my ${t}`, w: 4 },
  { f: (_, t) => `the ${t}`, w: 1 },
  { f: (_, t) => `some ${t}`, w: 1.5 },
  { f: (_, t) => `a bit of ${t}`, w: 0.5, held: true },
];
const STAKED: Readonly<Record<'exact' | 'all' | 'half' | 'none', readonly Form[]>> = {
  exact: [{ f: (n, t) => `${n} staked ${t}`, w: 2 }, { f: (n, t) => `${n} of my staked ${t}`, w: 2 }],
  all: [{ f: (_, t) => `all my staked ${t}`, w: 3 }, { f: (_, t) => `all of my staked ${t}` }, { f: (_, t) => `my entire staked ${t}`, held: true }],
  half: [{ f: (_, t) => `half my staked ${t}` }, { f: (_, t) => `half of my staked ${t}` }],
  none: [{ f: (_, t) => `my staked ${t}`, w: 5 }, { f: (_, t) => `the staked ${t}` }, { f: (_, t) => `staked ${t}`, w: 0.5 }],
};

/** Pronoun forms for a follow-up step that uses the previous step's output. */
const PRONOUNS: readonly (Form & { kind: Kind; named: boolean; plural?: boolean })[] = [
  { f: () => 'it', w: 5, kind: 'none', named: false },
  { f: () => 'them', w: 1, kind: 'none', named: false, plural: true },
  { f: () => 'the proceeds', w: 2, kind: 'none', named: false },
  { f: () => 'that', w: 1, kind: 'none', named: false },
  { f: () => 'all of it', w: 2, kind: 'all', named: false },
  { f: () => 'half of it', w: 1, kind: 'half', named: false },
  { f: (_, t) => `the ${t}`, w: 3, kind: 'none', named: true },
  { f: (_, t) => `all the ${t}`, w: 1, kind: 'all', named: true },
  { f: () => 'the rewards', w: 2, kind: 'none', named: false, plural: true },
  { f: () => 'whatever I get', w: 1, kind: 'none', named: false, held: true },
];

/** Primitives that act on what the previous step produced: "deposit it", "swap the proceeds", "stake them", "repay it". */
export const CONSUMERS: ReadonlySet<Primitive> = new Set(['deposit_asset', 'swap_asset', 'stake_asset', 'repay_asset']);

/**
 * Renders the `{A}` slot: an amount and an asset in one of the modes (full phrase, bare asset, noun modifier,
 * number only, staked), or a pronoun for the previous step's output, or nothing when `omit` is allowed.
 */
export function renderAmountAsset(rng: Rng, split: Split, prim: Primitive, mode: AmountMode, carry: Carry | null, omit: boolean): SlotValue {
  // Pronouns only in the full slot, and only for steps that consume the previous output (nobody withdraws "it").
  if (carry && CONSUMERS.has(prim) && mode === 'full') {
    const r = rng.next();
    if (omit && r < 0.15) return { text: '', amount: null, amount_kind: 'none', asset: null };
    if (r < 0.6) {
      const options = PRONOUNS.filter((p) => (p.named ? carry.ticker !== null : true) && (p.plural ? carry.plural : true));
      const pr = phrase(rng, split, options);
      const t = carry.ticker ? writeAsset(rng, carry.ticker, split) : '';
      return { text: pr.f('', t), amount: null, amount_kind: pr.kind, asset: pr.named ? carry.ticker : null };
    }
  }
  const useCarry = carry !== null && carry.ticker !== null && rng.chance(0.5);
  const ticker = useCarry && carry ? (carry.ticker as string) : pickTicker(rng, prim);
  const t = writeAsset(rng, ticker, split);
  const scale = scaleOf(ticker);
  const number = (): { text: string; value: number } => writeNumber(rng, scale);
  switch (mode) {
    case 'bare':
      // Used inside "exit my {A:bare} stake": the ticker alone.
      return { text: t, amount: null, amount_kind: 'none', asset: ticker };
    case 'noun': {
      if (rng.chance(0.4)) return { text: t, amount: null, amount_kind: 'none', asset: ticker };
      const n = number();
      return { text: `${n.text} ${t}`, amount: n.value, amount_kind: 'exact', asset: ticker };
    }
    case 'num': {
      if (rng.chance(0.2)) {
        const u = writeUsd(rng);
        return { text: `$${u.text}`, amount: u.value, amount_kind: 'usd', asset: null };
      }
      const n = number();
      return { text: `${n.text} ${t}`, amount: n.value, amount_kind: 'exact', asset: ticker };
    }
    case 'staked': {
      const kind = pickKind(rng, ['exact', 'all', 'half', 'none']) as 'exact' | 'all' | 'half' | 'none';
      const f = phrase(rng, split, STAKED[kind]);
      const n = kind === 'exact' ? number() : null;
      return { text: f.f(n ? n.text : '', t), amount: n ? n.value : null, amount_kind: kind, asset: ticker };
    }
    case 'full':
      return renderFull(rng, split, prim, t, ticker, number);
  }
}

const BORROW_ALL: readonly Form[] = [
  { f: (_, t) => `max ${t}`, w: 3 },
  { f: (_, t) => `the max amount of ${t}`, w: 2 },
  { f: (_, t) => `as much ${t} as I can`, w: 2 },
  { f: (_, t) => `the maximum ${t} I can`, w: 1, held: true },
];

/** Borrowed assets are not yet the user's: no "my ETH", no "half my ETH". */
const notOwned = (forms: readonly Form[]): Form[] => forms.filter((x) => !/\bmy\b|^the |everything/.test(x.f('1', 'X')));

function renderFull(rng: Rng, split: Split, prim: Primitive, t: string, ticker: string, number: () => { text: string; value: number }): SlotValue {
  const borrow = prim === 'borrow_asset';
  const kind = pickKind(rng, borrow ? ['exact', 'usd', 'all', 'none'] : ['exact', 'usd', 'all', 'half', 'none']);
  switch (kind) {
    case 'exact': {
      const n = number();
      // "5eth": glued amount and ticker, a terse form extractors must split.
      if (/^\d+(\.\d+)?$/.test(n.text) && /^[a-z]+$/i.test(t) && rng.chance(0.04)) {
        return { text: `${n.text}${t}`, amount: n.value, amount_kind: 'exact', asset: ticker };
      }
      const f = phrase(rng, split, borrow ? notOwned(EXACT) : EXACT);
      return { text: f.f(n.text, t), amount: n.value, amount_kind: 'exact', asset: ticker };
    }
    case 'usd': {
      if (rng.chance(0.1)) {
        // "2 grand worth of ETH": a thousand dollars each.
        const g = rng.pick(['1', '2', '3', '5', '10', '1.5', '2.5', 'two', 'five', 'a']);
        const value = Number(shiftDecimal(WORD_DIGITS[g] ?? g, 3));
        const text = rng.pick([`${g} grand worth of ${t}`, `${g} grand of ${t}`, `${g} grand in ${t}`]);
        return { text, amount: value, amount_kind: 'usd', asset: ticker };
      }
      const u = writeUsd(rng);
      const f = phrase(rng, split, borrow ? notOwned(USD) : USD);
      return { text: f.f(u.text, t), amount: u.value, amount_kind: 'usd', asset: ticker };
    }
    case 'all':
    case 'half':
    case 'none': {
      const forms = kind === 'all' ? (borrow ? BORROW_ALL : ALL) : kind === 'half' ? HALF : borrow ? notOwned(NONE) : NONE;
      const f = phrase(rng, split, forms);
      return { text: f.f('', t), amount: null, amount_kind: kind, asset: f.noAsset ? null : ticker };
    }
  }
}

/** Renders `{L}`, a debt phrase for repay ("my USDC loan", "my entire DAI debt", "500 USDC of my loan"). */
export function renderDebt(rng: Rng, split: Split, carry: Carry | null): SlotValue {
  const ticker = carry?.ticker && rng.chance(0.4) ? carry.ticker : pickTicker(rng, 'repay_asset');
  const t = writeAsset(rng, ticker, split);
  const kind = pickKind(rng, ['exact', 'usd', 'all', 'half', 'none']);
  const forms: Readonly<Record<Kind, readonly Form[]>> = {
    none: [{ f: (_, x) => `my ${x} loan`, w: 3 }, { f: (_, x) => `my ${x} debt`, w: 3 }, { f: () => 'my loan', w: 1, noAsset: true }, { f: () => 'my debt', w: 1, noAsset: true }, { f: (_, x) => `the ${x} I borrowed`, w: 1 }, { f: (_, x) => `my ${x} borrow`, w: 0.5, held: true }],
    all: [{ f: (_, x) => `my entire ${x} debt`, w: 2 }, { f: (_, x) => `my whole ${x} loan`, w: 2 }, { f: (_, x) => `all my ${x} debt`, w: 2 }, { f: (_, x) => `my ${x} loan in full`, w: 1 }, { f: () => 'all of my debt', w: 1, noAsset: true }, { f: (_, x) => `the full ${x} loan`, w: 1, held: true }],
    half: [{ f: (_, x) => `half my ${x} debt`, w: 2 }, { f: (_, x) => `half of my ${x} loan`, w: 2 }, { f: () => 'half of my debt', w: 1, noAsset: true }],
    exact: [{ f: (n, x) => `${n} ${x} of my loan`, w: 2 }, { f: (n, x) => `${n} ${x} of my debt`, w: 2 }, { f: (n, x) => `${n} ${x} of my ${x} loan`, w: 0.5, held: true }],
    usd: [{ f: (u, x) => `$${u} of my ${x} debt`, w: 1 }, { f: (u, x) => `$${u} of my ${x} loan`, w: 1 }],
  };
  const f = phrase(rng, split, forms[kind]);
  const n = kind === 'exact' ? writeNumber(rng, scaleOf(ticker)) : kind === 'usd' ? writeUsd(rng) : null;
  return { text: f.f(n ? n.text : '', t), amount: n ? n.value : null, amount_kind: kind, asset: f.noAsset ? null : ticker };
}

/** Renders `{RW:nouns}`, a reward phrase ("my CRV rewards", "all pending yield", "the ARB airdrop"). */
export function renderRewards(rng: Rng, split: Split, nouns: readonly string[]): SlotValue {
  const noun = rng.pick(nouns);
  const named = noun !== 'points' && noun !== 'interest' && rng.chance(0.45);
  const ticker = named ? pickTicker(rng, 'claim_rewards') : null;
  const t = ticker ? writeAsset(rng, ticker, split) : '';
  const tn = ticker ? `${t} ${noun}` : noun;
  if (noun === 'airdrop') {
    if (ticker && rng.chance(0.2)) {
      const n = writeNumber(rng, 'token');
      return { text: `my ${n.text} ${t} airdrop`, amount: n.value, amount_kind: 'exact', asset: ticker };
    }
    return { text: ticker ? rng.pick([`the ${t} airdrop`, `my ${t} airdrop`]) : rng.pick(['my airdrop', 'the airdrop']), amount: null, amount_kind: 'none', asset: ticker };
  }
  const r = rng.next();
  if (r < 0.14) {
    const text = ticker ? rng.pick([`all my ${tn}`, `all of my ${tn}`]) : rng.pick([`all my ${noun}`, `all pending ${noun}`, `all of my ${noun}`]);
    return { text, amount: null, amount_kind: 'all', asset: ticker };
  }
  if (r < 0.22 && ticker) {
    const n = writeNumber(rng, 'token');
    const text = rng.pick([`${n.text} ${t} of ${noun}`, `${n.text} ${t} in ${noun}`, `my ${n.text} ${t} ${noun}`]);
    return { text, amount: n.value, amount_kind: 'exact', asset: ticker };
  }
  const forms: readonly Form[] = [
    { f: () => `my ${tn}`, w: 5 },
    { f: () => tn, w: 3 },
    { f: () => `the ${tn}`, w: 1 },
    { f: () => `any pending ${tn}`, w: 1 },
    { f: () => `my pending ${tn}`, w: 1 },
    { f: () => `my unclaimed ${tn}`, w: 1 },
    { f: () => `my accrued ${tn}`, w: 1, held: true },
    { f: () => `whatever ${tn} I've earned`, w: 0.5, held: true },
  ];
  return { text: phrase(rng, split, forms).f('', ''), amount: null, amount_kind: 'none', asset: ticker };
}
