import type { DefiPrimitive } from '../labels';
import { matchPhrase } from '../args/phrases';
import { KNOWN_TICKERS, PROTOCOL_NAMES } from '../lexicon';
import type { DefiToken } from '../tokenize';
import { withinOneEdit } from './fuzzy';
import { verbOf } from './verb-of';
import { type VerbClass } from './verbs';
import { findBefore, findIn, hasAsset, hasChainTarget, hasVenue, isLoanWord, isStakingWord, REWARD_WORDS, windowEnd } from './window';

const DESTINATION: ReadonlySet<string> = new Set(['into', 'in', 'to', 'onto', 'on', 'inside', 'ino', 'inot', 'itno']);
const PARTICLES: ReadonlySet<string> = new Set(['out', 'back', 'off', 'down', 'up']);

/** What a verb resolves to in context. */
export type Kind = DefiPrimitive | 'unsupported';
/** The resolved primitive and how many particle tokens the verb takes, or null when it is no step here. */
export type Resolved = { kind: Kind; span: number } | null;

const OWED: ReadonlySet<string> = new Set(['owe', 'owed', 'borrowed', 'borrow', 'debts', 'loans', 'outstanding', 'liability', 'toward', 'towards']);
const INTO: ReadonlySet<string> = new Set(['into', 'to', '->', 'for', 'ino', 'ito', 'inot', 'itno', 'intp', 'tp']);
const VOTES: ReadonlySet<string> = new Set(['vote', 'votes', 'voting', 'governance', 'power']);
const LIQUIDITY: ReadonlySet<string> = new Set(['liquidity', 'lp', 'lps']);
const COLLATERAL = { has: (w: string): boolean => w === 'collat' || w.startsWith('colla') || withinOneEdit(w, 'collateral') };
const WEAK_SWAP: ReadonlySet<string> = new Set(['flip', 'dump', 'switch', 'change', 'turn', 'rotate', 'offload', 'ditch', 'unload', 'swop']);
/** Slang place verbs: a deposit only into a named venue ("chuck 3 eth into aave"); "drop 2 eth to bob" is nothing. */
const SLANG_PLACE: ReadonlySet<string> = new Set(['chuck', 'shove', 'drop', 'plonk', 'plop', 'pour', 'sink', 'slap', 'load', 'bung', 'pile', 'dunk']);
/** Deposit-like verbs that mean "put it to work": into a staking-only venue ("park 5 eth in lido") they stake. */
const LOOSE_DEPOSIT: ReadonlySet<string> = new Set(['ape', 'park', 'stash']);
/** Grab-like verbs: rewards → claim, a loan → borrow, "… back/out" → withdraw (or unstake); nothing else. */
const GRAB_LIKE: ReadonlySet<string> = new Set(['grab', 'snag', 'scoop']);

/** Resolve a verb class to a primitive from its context window (DESIGN §4 confusables). */
export function resolve(tokens: readonly DefiToken[], i: number, verb: string, cls: VerbClass, absorbed: Set<number>): Resolved {
  const next = tokens[i + 1]?.norm ?? '';
  const e = windowEnd(tokens, i);
  const adjacentParticle = PARTICLES.has(next) || withinOneEdit(next, 'back') ? 1 : 0;
  const has = (set: { has(w: string): boolean }): boolean => findIn(tokens, i, e, (w) => set.has(w)) >= 0;
  const absorb = (pred: (w: string) => boolean): void => {
    const j = findIn(tokens, i, e, pred);
    if (j >= 0) absorbed.add(j);
  };
  if (has(LIQUIDITY) && (verb === 'add' || verb === 'provide' || verb === 'remove' || verb === 'pull' || verb === 'supply' || verb === 'deposit' || verb === 'withdraw')) {
    return { kind: 'unsupported', span: 0 };
  }
  switch (cls) {
    case 'withdraw_like':
      return resolveWithdraw(tokens, i, e, verb, adjacentParticle, has, absorb);
    case 'pay':
      if (adjacentParticle === 1 && next !== 'up') return { kind: 'repay_asset', span: 1 };
      // "pay it back", "pay them off": a pronoun object before the particle.
      if ((next === 'it' || next === 'them' || next === 'that') && PARTICLES.has(tokens[i + 2]?.norm ?? '') && tokens[i + 2].norm !== 'up') return { kind: 'repay_asset', span: 0 };
      if (findIn(tokens, i, e, isLoanWord) >= 0 || has(OWED)) return { kind: 'repay_asset', span: 0 };
      return { kind: 'unsupported', span: 0 };
    case 'settle':
      if (verb === 'return' && !has(OWED) && findIn(tokens, i, e, isLoanWord) < 0) return null;
      return findIn(tokens, i, e, isLoanWord) >= 0 || has(OWED) || has(BORROW_WORDS) ? { kind: 'repay_asset', span: 0 } : null;
    case 'turn':
      if (verb === 'go') return next === 'from' && has(INTO) && hasAsset(tokens, i, e) ? { kind: 'swap_asset', span: 0 } : null;
      return has(INTO) && hasAsset(tokens, i, e) ? { kind: 'swap_asset', span: 0 } : null;
    case 'place':
      return resolvePlace(tokens, i, e, verb, next, has, absorb);
    case 'borrow_asset':
      if (verb === 'loan' && next !== 'me' && next !== 'us' && next !== 'myself' && !wantsIt(tokens, i)) return null;
      if (verb === 'open' && findIn(tokens, i, e, isStakingWord) >= 0) {
        absorb(isStakingWord);
        return { kind: 'stake_asset', span: 0 };
      }
      if (verb === 'open' && findIn(tokens, i, e, (w) => isLoanWord(w) || verbOf(w)?.verb === 'borrow') < 0) return null;
      if (verb === 'open') absorb((w) => verbOf(w)?.verb === 'borrow');
      return { kind: 'borrow_asset', span: 0 };
    case 'deposit_asset':
      if (verb === 'lend' && (next === 'me' || next === 'us')) return { kind: 'borrow_asset', span: 0 };
      // "ape" is a verb with an amount or token right after it or "into/in" in its clause ("ape some steth into
      // compound"); "bored ape yacht club" is not.
      if (verb === 'ape' && !(has(INTO_VENUE) || tokens[i + 1]?.kind === 'number' || KNOWN_TICKERS.has(next) || next === 'all' || next === 'my')) return null;
      // "ape 1 eth into pepe": into a token, not a venue, is a buy.
      if (verb === 'ape' && intoToken(tokens, i, e) && !hasVenue(tokens, i, e, false)) return { kind: 'swap_asset', span: 0 };
      if (LOOSE_DEPOSIT.has(verb) && findIn(tokens, i, e, isStakingWord) >= 0) {
        // "stash 12 wstETH in staking", "park 5 eth into staking"
        absorb(isStakingWord);
        return { kind: 'stake_asset', span: 0 };
      }
      if (LOOSE_DEPOSIT.has(verb) && hasVenue(tokens, i, e, true) && !has(COLLATERAL)) return { kind: 'stake_asset', span: 0 };
      return { kind: 'deposit_asset', span: 0 };
    case 'swap_asset':
      if (WEAK_SWAP.has(verb) && !hasAsset(tokens, i, e)) return null;
      // "dump 1000 dai into aave": into a venue with no token to receive is a deposit.
      if (verb === 'dump' && has(INTO_VENUE) && hasVenue(tokens, i, e, false) && !intoToken(tokens, i, e)) return { kind: 'deposit_asset', span: 0 };
      return { kind: 'swap_asset', span: 0 };
    case 'stake_asset':
      if (verb === 'delegate' && has(VOTES)) return { kind: 'unsupported', span: 0 };
      absorb(isStakingWord);
      return { kind: 'stake_asset', span: 0 };
    case 'unsupported':
      if (verb === 'long' || verb === 'short' || verb === 'shorting' || verb === 'longing') {
        const prev = tokens[i - 1]?.norm ?? '';
        const directional = KNOWN_TICKERS.has(next) || prev === 'go' || prev === 'a' || prev === 'open' || prev === 'going' || prev === 'x' || next === 'position' || tokens[i - 1]?.kind === 'number';
        return directional ? { kind: 'unsupported', span: 0 } : null;
      }
      return { kind: 'unsupported', span: 0 };
    case 'unstake_asset':
      absorb(isStakingWord);
      return { kind: 'unstake_asset', span: 0 };
    default:
      return { kind: cls, span: 0 };
  }
}

const BORROW_WORDS: ReadonlySet<string> = new Set(['borrow', 'borrowed', 'position']);

function resolveWithdraw(
  tokens: readonly DefiToken[],
  i: number,
  e: number,
  verb: string,
  adjacent: number,
  has: (s: { has(w: string): boolean }) => boolean,
  absorb: (p: (w: string) => boolean) => void,
): Resolved {
  const isParticle = (w: string): boolean => w === 'out' || w === 'back' || withinOneEdit(w, 'back');
  const particle = findIn(tokens, i, e, isParticle) >= 0 || findBefore(tokens, i, (w) => w === 'out') >= 0;
  const reward = has(REWARD_WORDS);
  const loan = findIn(tokens, i, e, isLoanWord) >= 0;
  const staking = findIn(tokens, i, e, isStakingWord) >= 0 || hasVenue(tokens, i, e, true);
  if ((verb === 'take' || verb === 'taking') && !particle && !loan) return null;
  if (verb === 'get' && !particle && findIn(tokens, i, e, (w) => w === 'staked') >= 0) return { kind: 'stake_asset', span: 0 };
  if (verb === 'get' && !particle && !loan && !reward) {
    // "get SOL for 1,000 usdc" is a swap.
    return findIn(tokens, i, e, (w) => w === 'for' || w === 'with') >= 0 && hasAsset(tokens, i, e) ? { kind: 'swap_asset', span: 0 } : null;
  }
  if (GRAB_LIKE.has(verb) && !reward && !loan && !particle) return null;
  if (verb === 'cash' && !particle && !(reward && tokens[i + 1]?.norm === 'in')) return null;
  if (verb === 'free' && tokens[i + 1]?.norm !== 'up') return null;
  if (verb === 'request' && findIn(tokens, i, e, (w) => w === 'withdrawal') < 0) return null;
  if (verb === 'end' && !staking) return null;
  const span = verb === 'take' || verb === 'get' || verb === 'pull' || verb === 'cash' || verb === 'free' || verb === 'yank' || GRAB_LIKE.has(verb) ? adjacent : 0;
  if (reward) return { kind: 'claim_rewards', span };
  if (loan && (verb === 'take' || verb === 'taking' || verb === 'get' || GRAB_LIKE.has(verb))) return { kind: 'borrow_asset', span };
  if (staking) {
    absorb(isStakingWord);
    return { kind: 'unstake_asset', span };
  }
  if (verb === 'exit' && !hasVenue(tokens, i, e, false) && !hasAsset(tokens, i, e)) return null;
  return { kind: 'withdraw_asset', span };
}

function resolvePlace(
  tokens: readonly DefiToken[],
  i: number,
  e: number,
  verb: string,
  next: string,
  has: (s: { has(w: string): boolean }) => boolean,
  absorb: (p: (w: string) => boolean) => void,
): Resolved {
  if (verb === 'top') return next === 'up' ? { kind: 'deposit_asset', span: 1 } : null;
  if (verb === 'place' && (next === 'a' || next === 'an')) return null;
  // "a pile of eth", "a load of usdc", "a drop of": a noun.
  if (SLANG_PLACE.has(verb) && next === 'of') return null;
  if (verb === 'move' && has(OUT)) return { kind: 'withdraw_asset', span: 0 };
  if (verb === 'move') {
    if (hasChainTarget(tokens, i, e)) return { kind: 'unsupported', span: 0 };
    if (has(FROM)) return null;
    return has(DESTINATION) && hasVenue(tokens, i, e, false) ? { kind: 'deposit_asset', span: 0 } : null;
  }
  if (has(TOWARD) && (findIn(tokens, i, e, isLoanWord) >= 0 || has(OWED))) return { kind: 'repay_asset', span: 0 };
  if (findIn(tokens, i, e, isStakingWord) >= 0) {
    // "put 3 eth to work staking", "lock up in staking"
    absorb(isStakingWord);
    return { kind: 'stake_asset', span: 0 };
  }
  // "throw 2 eth into lido", "put 4 eth to work on rocket pool": a staking-only venue takes a stake.
  if (hasVenue(tokens, i, e, true) && !has(COLLATERAL)) return { kind: 'stake_asset', span: 0 };
  if (SLANG_PLACE.has(verb)) return (has(DESTINATION) || before(tokens, i)) && hasVenue(tokens, i, e, false) ? { kind: 'deposit_asset', span: 0 } : null;
  const fronted = before(tokens, i);
  if (verb === 'add') return has(COLLATERAL) || has(DESTINATION) || fronted ? { kind: 'deposit_asset', span: 0 } : null;
  return has(DESTINATION) || has(COLLATERAL) || fronted ? { kind: 'deposit_asset', span: 0 } : null;
}

/** "into spark, put 50 wstETH": a destination named before the verb. */
function before(tokens: readonly DefiToken[], i: number): boolean {
  return findBefore(tokens, i, (w) => w === 'into' || w === 'in' || w === 'onto') >= 0;
}

/** "… into pepe", "… in SOL": the word after into/in is a token (a buy), not a venue. */
function intoToken(tokens: readonly DefiToken[], i: number, e: number): boolean {
  const j = findIn(tokens, i, e, (w) => w === 'into' || w === 'in');
  if (j < 0 || j + 1 >= e) return false;
  const t = tokens[j + 1];
  // "into aave": a brand that is also a ticker is the venue after "into".
  if (matchPhrase(tokens, j + 1, e, PROTOCOL_NAMES) !== null) return false;
  return KNOWN_TICKERS.has(t.norm) || /^[A-Z][A-Z0-9]{1,6}$/.test(t.raw);
}

const FROM: ReadonlySet<string> = new Set(['from']);
const INTO_VENUE: ReadonlySet<string> = new Set(['into', 'in']);
const OUT: ReadonlySet<string> = new Set(['out']);
const TOWARD: ReadonlySet<string> = new Set(['toward', 'towards', 'against']);

const WANT: ReadonlySet<string> = new Set(['need', 'want', 'like', 'wanna', 'request', 'requesting', 'needs']);

/** "I need a 1,000 usdc loan": a wish word before the noun, with no verb in between, asks for it. */
function wantsIt(tokens: readonly DefiToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j -= 1) {
    const w = tokens[j].norm;
    if (WANT.has(w)) return true;
    if (w !== 'a' && w !== 'an' && verbOf(w) !== null) return false;
  }
  return false;
}
