import { own } from '../own';
import type { DefiPrimitive } from '../labels';
import { ASSET_NAMES, CHAIN_NAMES, KNOWN_TICKERS, PROTOCOL_NAMES, STAKING_VENUES } from '../lexicon';
import { matchPhrase } from '../args/phrases';
import type { DefiToken } from '../tokenize';
import { isShortVerbTypo, withinOneEdit } from './fuzzy';
import { DETERMINERS, FUZZY_VERBS, LIGHT_VERBS, LOAN_CONTEXT, NOT_TYPOS, PAST_FORMS, REWARD_CONTEXT, STAKING_CONTEXT, VERBS, type VerbClass } from './verbs';

/** An action verb found in the prompt: where, what it asks for, and how sure the lexicon is. */
export interface Cue {
  readonly index: number;
  readonly kind: DefiPrimitive | 'unsupported';
  /** 1 for an exact verb, 0.8 for a one-typo match. */
  readonly strength: number;
  /** Tokens right after the verb that belong to it ("pay back", "top up"). */
  readonly span: number;
}

/** Words that end a verb's context window (the next clause starts there). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'then', 'than', 'and', ',', ';', '.', '!', '?', 'after', 'before', 'once', 'when', 'afterwards', 'next', 'finally', 'also',
  'plus', '&', '+', 'but', 'so', 'followed', 'lastly', 'while', 'until', 'whenever', 'instead', 'only', 'just', 'rather',
]);
const NOUN_AFTER_ING: ReadonlySet<string> = new Set(['rewards', 'reward', 'position', 'positions', 'yield', 'apy', 'apr', 'pool', 'contract', 'balance', 'vault', 'power', 'token', 'tokens', 'provider', 'providers', 'platform', 'amount', 'capacity', 'limit', 'rate', 'rates', 'fee', 'fees', 'route', 'pair', 'history', 'status', 'ratio', 'period', 'queue', 'derivative', 'protocol', 'protocols', 'service', 'services', 'account']);
const NOUN_AFTER: ReadonlySet<string> = new Set(['rate', 'rates', 'route', 'pair', 'history', 'status', 'ratio', 'button', 'page', 'tab', 'screen', 'limit', 'cap', 'caps', 'queue', 'period', 'contract', 'derivative', 'provider', 'providers', 'platform', 'protocol', 'protocols', 'quote', 'volume']);
const PREP_BEFORE_ING: ReadonlySet<string> = new Set(['from', 'of', 'about', 'for', 'in', 'on', 'into', 'with', 'frim', 'fron', 'form']);
const DESTINATION: ReadonlySet<string> = new Set(['into', 'in', 'to', 'onto', 'on', 'inside', 'ino', 'inot', 'itno']);
const PARTICLES: ReadonlySet<string> = new Set(['out', 'back', 'off', 'down', 'up']);
const SUBORDINATE_PERFECT: ReadonlySet<string> = new Set(['youve', 'having', 'ive']);

type VerbHit = { readonly verb: string; readonly exact: boolean; readonly ing: boolean } | null;
const verbCache = new Map<string, VerbHit>();

/** The verb a word spells: exact, -ing form, or one typo on a longer verb; null when it is no verb (memoised). */
export function verbOf(word: string): VerbHit {
  let hit = verbCache.get(word);
  if (hit === undefined) {
    hit = verbOfUncached(word);
    if (verbCache.size > 8192) verbCache.clear();
    verbCache.set(word, hit);
  }
  return hit;
}

function verbOfUncached(word: string): VerbHit {
  if (Object.prototype.hasOwnProperty.call(VERBS, word)) return { verb: word, exact: true, ing: word.endsWith('ing') };
  if (word.length > 5 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    for (const cand of [stem, `${stem}e`, stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '']) {
      if (cand !== '' && Object.prototype.hasOwnProperty.call(VERBS, cand)) return { verb: cand, exact: true, ing: true };
    }
  }
  if (word.length < 3 || NOT_TYPOS.has(word)) return null;
  const hit = fuzzyVerb(word);
  if (hit !== null) return { verb: hit, exact: false, ing: false };
  if (word.length > 6 && word.endsWith('ing')) {
    // a typo in the stem of an -ing form: "repayng" no, "depositting" no, "withdrawwing" yes
    const stem = word.slice(0, -3);
    const h = fuzzyVerb(stem) ?? fuzzyVerb(`${stem}e`);
    if (h !== null && stem.length >= 4) return { verb: h, exact: false, ing: true };
  }
  return null;
}

const fuzzyCache = new Map<string, string | null>();

function fuzzyVerb(word: string): string | null {
  let hit = fuzzyCache.get(word);
  if (hit !== undefined) return hit;
  hit = null;
  for (const v of FUZZY_VERBS) {
    if (v.length <= 4 ? isShortVerbTypo(word, v) : withinOneEdit(word, v)) {
      hit = v;
      break;
    }
  }
  if (fuzzyCache.size > 4096) fuzzyCache.clear();
  fuzzyCache.set(word, hit);
  return hit;
}

/** Find the action verbs in a token list, resolved to primitives with their local context (DESIGN §4 rules). */
export function detectCues(tokens: readonly DefiToken[]): Cue[] {
  const cues: Cue[] = [];
  const absorbed = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.kind !== 'word' || absorbed.has(i)) continue;
    const next = tokens[i + 1]?.norm ?? '';
    if ((t.norm === 'stop' || t.norm === 'stopping' || fuzzyVerb(t.norm) === 'stop') && isStakingWord(next)) {
      cues.push({ index: i, kind: 'unstake_asset', strength: t.norm === 'stop' ? 1 : 0.8, span: 1 });
      i += 1;
      continue;
    }
    if (t.norm === 'order' && (tokens[i - 1]?.norm === 'limit' || tokens[i - 1]?.norm === 'stop')) {
      cues.push({ index: i, kind: 'unsupported', strength: 1, span: 0 });
      continue;
    }
    // "cow swap", "trader joe": a word inside a venue name is not a verb.
    const venue = i > 0 ? matchPhrase(tokens, i - 1, tokens.length, PROTOCOL_NAMES) : null;
    if (venue !== null && venue.len >= 2) continue;
    let v = verbOf(t.norm);
    const past = own(PAST_FORMS, t.norm);
    if (past !== undefined && (SUBORDINATE_PERFECT.has(tokens[i - 1]?.norm ?? '') || isPassiveInSubordinate(tokens, i))) v = { verb: past, exact: true, ing: false };
    if (v === null || !Object.prototype.hasOwnProperty.call(VERBS, v.verb) || isNounUse(tokens, i, v.ing)) continue;
    const resolved = resolve(tokens, i, v.verb, VERBS[v.verb], absorbed);
    if (resolved === null) continue;
    cues.push({ index: i, kind: resolved.kind, strength: v.exact ? 1 : 0.8, span: resolved.span });
    i += resolved.span;
  }
  return cues;
}

const SINGLE_WORD_NAMES: ReadonlySet<string> = new Set(ASSET_NAMES.filter(([w]) => w.length === 1).map(([w]) => w[0]));
const PASSIVE_AUX: ReadonlySet<string> = new Set(['are', 'is', 'been', 'be', 'gets', 'get', 'were', 'was']);
const SUBORDINATOR_WORDS: ReadonlySet<string> = new Set(['once', 'after', 'when', 'soon']);

/** "once my rewards are claimed, …": a passive participle inside a once/after/when clause names a step. */
function isPassiveInSubordinate(tokens: readonly DefiToken[], i: number): boolean {
  if (!PASSIVE_AUX.has(tokens[i - 1]?.norm ?? '')) return false;
  for (let j = i - 2; j >= 0 && j >= i - 8; j -= 1) if (SUBORDINATOR_WORDS.has(tokens[j].norm)) return true;
  return false;
}

function isStakingWord(w: string): boolean {
  return STAKING_CONTEXT.has(w) || w === 'delegating' || (w.length >= 6 && w.startsWith('stak')) || withinOneEdit(w, 'staking');
}

function isLoanWord(w: string): boolean {
  return LOAN_CONTEXT.has(w) || isShortVerbTypo(w, 'loan');
}

function isNounUse(tokens: readonly DefiToken[], i: number, ing: boolean): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (DETERMINERS.has(prev)) {
    const light = (prev === 'a' || prev === 'an' || prev === 'the') && LIGHT_VERBS.has(tokens[i - 2]?.norm ?? '');
    if (!light) return true;
  }
  if (ing ? NOUN_AFTER_ING.has(next) : NOUN_AFTER.has(next)) return true;
  if (ing && (next === 'is' || next === 'was' || next === 'are' || next === 'isnt')) return true;
  if (ing && PREP_BEFORE_ING.has(prev) && !(prev === 'of' && tokens[i - 2]?.norm === 'instead')) return true;
  // "my ETH stake", "the ether swap": a token name between a determiner and the word makes it a noun.
  const prev2 = tokens[i - 2]?.norm ?? '';
  if ((KNOWN_TICKERS.has(prev) || SINGLE_WORD_NAMES.has(prev)) && DETERMINERS.has(prev2)) return true;
  return false;
}

/** Index one past the verb's context window: up to the next clause break (max 10 tokens). */
function windowEnd(tokens: readonly DefiToken[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j <= i + 10 && !CLAUSE_BREAKS.has(tokens[j].norm)) j += 1;
  return j;
}

function findIn(tokens: readonly DefiToken[], i: number, e: number, pred: (w: string) => boolean): number {
  for (let j = i + 1; j < e; j += 1) if (pred(tokens[j].norm)) return j;
  return -1;
}

/** Same as findIn, over the few tokens before the verb up to a clause break ("into spark, put 50 wstETH"). */
function findBefore(tokens: readonly DefiToken[], i: number, pred: (w: string) => boolean): number {
  for (let j = i - 1; j >= 0 && j >= i - 5; j -= 1) {
    const w = tokens[j].norm;
    if (pred(w)) return j;
    if (CLAUSE_BREAKS.has(w) && w !== ',') return -1;
  }
  return -1;
}

function hasVenue(tokens: readonly DefiToken[], i: number, e: number, stakingOnly: boolean): boolean {
  for (let j = i + 1; j < e; j += 1) {
    const m = matchPhrase(tokens, j, e, PROTOCOL_NAMES);
    if (m !== null && (!stakingOnly || STAKING_VENUES.has(m.value))) return true;
  }
  return false;
}

function hasAsset(tokens: readonly DefiToken[], i: number, e: number): boolean {
  for (let j = i + 1; j < e; j += 1) if (KNOWN_TICKERS.has(tokens[j].norm) || matchPhrase(tokens, j, e, ASSET_NAMES) !== null || /^[A-Z]{2,6}$/.test(tokens[j].raw)) return true;
  return false;
}

function hasChainTarget(tokens: readonly DefiToken[], i: number, e: number): boolean {
  for (let j = i + 1; j < e; j += 1) {
    const m = matchPhrase(tokens, j, e, CHAIN_NAMES);
    if (m !== null && (m.len > 1 || tokens[j - 1]?.norm === 'to' || tokens[j - 1]?.norm === 'onto' || tokens[j - 1]?.norm === 'over')) return true;
  }
  return false;
}

type Kind = DefiPrimitive | 'unsupported';
type Resolved = { kind: Kind; span: number } | null;

const OWED: ReadonlySet<string> = new Set(['owe', 'owed', 'borrowed', 'borrow', 'debts', 'loans', 'outstanding', 'liability', 'toward', 'towards']);
const INTO: ReadonlySet<string> = new Set(['into', 'to', '->', 'for', 'ino', 'ito', 'inot', 'itno', 'intp', 'tp']);
const VOTES: ReadonlySet<string> = new Set(['vote', 'votes', 'voting', 'governance', 'power']);
const LIQUIDITY: ReadonlySet<string> = new Set(['liquidity', 'lp', 'lps']);
const COLLATERAL = { has: (w: string): boolean => w === 'collat' || w.startsWith('colla') || withinOneEdit(w, 'collateral') };
const WEAK_SWAP: ReadonlySet<string> = new Set(['flip', 'dump', 'switch', 'change', 'turn', 'rotate', 'offload']);

function resolve(tokens: readonly DefiToken[], i: number, verb: string, cls: VerbClass, absorbed: Set<number>): Resolved {
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
      if (verb === 'loan' && next !== 'me' && next !== 'us' && next !== 'myself') return null;
      if (verb === 'open' && findIn(tokens, i, e, isStakingWord) >= 0) {
        absorb(isStakingWord);
        return { kind: 'stake_asset', span: 0 };
      }
      if (verb === 'open' && findIn(tokens, i, e, (w) => isLoanWord(w) || verbOf(w)?.verb === 'borrow') < 0) return null;
      if (verb === 'open') absorb((w) => verbOf(w)?.verb === 'borrow');
      return { kind: 'borrow_asset', span: 0 };
    case 'deposit_asset':
      if (verb === 'lend' && (next === 'me' || next === 'us')) return { kind: 'borrow_asset', span: 0 };
      if (verb === 'ape' && !(next === 'into' || next === 'in' || tokens[i + 1]?.kind === 'number' || KNOWN_TICKERS.has(next) || next === 'all' || next === 'my')) return null;
      return { kind: 'deposit_asset', span: 0 };
    case 'swap_asset':
      if (WEAK_SWAP.has(verb) && !hasAsset(tokens, i, e)) return null;
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
  has: (s: ReadonlySet<string>) => boolean,
  absorb: (p: (w: string) => boolean) => void,
): Resolved {
  const isParticle = (w: string): boolean => w === 'out' || w === 'back' || withinOneEdit(w, 'back');
  const particle = findIn(tokens, i, e, isParticle) >= 0 || findBefore(tokens, i, (w) => w === 'out') >= 0;
  const reward = has(REWARD_CONTEXT);
  const loan = findIn(tokens, i, e, isLoanWord) >= 0;
  const staking = findIn(tokens, i, e, isStakingWord) >= 0 || hasVenue(tokens, i, e, true);
  if ((verb === 'take' || verb === 'taking') && !particle && !loan) return null;
  if (verb === 'get' && !particle && findIn(tokens, i, e, (w) => w === 'staked') >= 0) return { kind: 'stake_asset', span: 0 };
  if (verb === 'get' && !particle && !loan && !reward) {
    // "get SOL for 1,000 usdc" is a swap.
    return findIn(tokens, i, e, (w) => w === 'for' || w === 'with') >= 0 && hasAsset(tokens, i, e) ? { kind: 'swap_asset', span: 0 } : null;
  }
  if (verb === 'grab' && !reward) return null;
  if (verb === 'cash' && !particle && !(reward && tokens[i + 1]?.norm === 'in')) return null;
  if (verb === 'free' && tokens[i + 1]?.norm !== 'up') return null;
  if (verb === 'request' && findIn(tokens, i, e, (w) => w === 'withdrawal') < 0) return null;
  if (verb === 'end' && !staking) return null;
  const span = verb === 'take' || verb === 'get' || verb === 'pull' || verb === 'cash' || verb === 'free' ? adjacent : 0;
  if (reward) return { kind: 'claim_rewards', span };
  if (loan && (verb === 'take' || verb === 'taking' || verb === 'get')) return { kind: 'borrow_asset', span };
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
  const before = findBefore(tokens, i, (w) => w === 'into' || w === 'in' || w === 'onto') >= 0;
  if (verb === 'add') return has(COLLATERAL) || has(DESTINATION) || before ? { kind: 'deposit_asset', span: 0 } : null;
  return has(DESTINATION) || has(COLLATERAL) || before ? { kind: 'deposit_asset', span: 0 } : null;
}

const FROM: ReadonlySet<string> = new Set(['from']);
const OUT: ReadonlySet<string> = new Set(['out']);
const TOWARD: ReadonlySet<string> = new Set(['toward', 'towards', 'against']);
