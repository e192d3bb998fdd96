import type { DefiPrimitive } from '../labels';
import { CHAIN_NAMES, KNOWN_TICKERS, PROTOCOL_NAMES, STAKING_VENUES } from '../lexicon';
import { matchPhrase } from '../args/phrases';
import type { DefiToken } from '../tokenize';
import { isTransposition, withinOneEdit } from './fuzzy';
import { DETERMINERS, FUZZY_VERBS, LIGHT_VERBS, LOAN_CONTEXT, NOT_TYPOS, REWARD_CONTEXT, STAKING_CONTEXT, VERBS, type VerbClass } from './verbs';

/** An action verb found in the prompt: where, what it asks for, and how sure the lexicon is. */
export interface Cue {
  readonly index: number;
  readonly kind: DefiPrimitive | 'unsupported';
  /** 1 for an exact verb, 0.8 for a one-typo match. */
  readonly strength: number;
  /** Tokens the cue consumed after its verb ("take out", "pay back"): never read as another cue. */
  readonly span: number;
}

/** Words that end a verb's context window (the next clause starts there). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'then', 'and', ',', ';', '.', '!', '?', 'after', 'before', 'once', 'when', 'afterwards', 'next', 'finally', 'also', 'plus',
  '&', '+', 'but', 'so', 'followed', 'lastly', 'while', 'until', 'whenever',
]);
const NOUN_AFTER: ReadonlySet<string> = new Set(['rewards', 'reward', 'position', 'positions', 'yield', 'apy', 'apr', 'pool', 'contract', 'balance', 'vault', 'rate', 'rates', 'power', 'limit', 'fee', 'fees', 'route', 'pair', 'history', 'status', 'ratio', 'period', 'queue', 'button', 'page', 'tab', 'screen', 'derivative', 'token', 'tokens', 'provider', 'providers', 'protocol', 'protocols', 'platform', 'options', 'amount', 'cap', 'caps', 'capacity']);
const PREP_BEFORE_ING: ReadonlySet<string> = new Set(['from', 'of', 'about', 'for', 'in', 'on', 'into', 'with']);
const DESTINATION: ReadonlySet<string> = new Set(['into', 'in', 'to', 'onto', 'on', 'inside']);

const fuzzyCache = new Map<string, string | null>();

/** The verb a word spells, allowing one typo on longer verbs; null when it is no verb. */
export function verbOf(word: string): { verb: string; exact: boolean } | null {
  if (word in VERBS) return { verb: word, exact: true };
  if (word.length < 4 || NOT_TYPOS.has(word)) return null;
  let hit = fuzzyCache.get(word);
  if (hit === undefined) {
    hit = null;
    for (const v of FUZZY_VERBS) {
      const ok = v.length <= 4 ? isTransposition(word, v) : withinOneEdit(word, v);
      if (ok) {
        hit = v;
        break;
      }
    }
    if (fuzzyCache.size > 4096) fuzzyCache.clear();
    fuzzyCache.set(word, hit);
  }
  return hit === null ? null : { verb: hit, exact: false };
}

/** Find the action verbs in a token list, resolved to primitives with their local context (DESIGN §4 rules). */
export function detectCues(tokens: readonly DefiToken[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (t.norm === 'stop' && (tokens[i + 1]?.norm === 'staking' || tokens[i + 1]?.norm === 'delegating')) {
      cues.push({ index: i, kind: 'unstake_asset', strength: 1, span: 1 });
      i += 1;
      continue;
    }
    const v = verbOf(t.norm);
    if (v === null || isNounUse(tokens, i, v.verb)) continue;
    const resolved = resolve(tokens, i, v.verb, VERBS[v.verb]);
    if (resolved === null) continue;
    cues.push({ index: i, kind: resolved.kind, strength: v.exact ? 1 : 0.8, span: resolved.span });
    i += resolved.span;
  }
  return cues;
}

function isNounUse(tokens: readonly DefiToken[], i: number, verb: string): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (DETERMINERS.has(prev)) {
    const light = (prev === 'a' || prev === 'an' || prev === 'the') && LIGHT_VERBS.has(tokens[i - 2]?.norm ?? '');
    if (!light) return true;
  }
  if (NOUN_AFTER.has(next)) return true;
  if (verb.endsWith('ing') && PREP_BEFORE_ING.has(prev)) return true;
  // A ticker right before the verb makes it a compound noun ("the ETH swap", "my USDC loan").
  if (KNOWN_TICKERS.has(prev) && tokens[i - 2] !== undefined && DETERMINERS.has(tokens[i - 2].norm)) return true;
  return false;
}

/** Index one past the verb's context window: up to the next clause break (max 10 tokens). */
function windowEnd(tokens: readonly DefiToken[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j <= i + 10 && !CLAUSE_BREAKS.has(tokens[j].norm)) j += 1;
  return j;
}

function windowHas(tokens: readonly DefiToken[], i: number, e: number, set: ReadonlySet<string>): boolean {
  for (let j = i + 1; j < e; j += 1) if (set.has(tokens[j].norm)) return true;
  return false;
}

function windowHasStakingVenue(tokens: readonly DefiToken[], i: number, e: number): boolean {
  for (let j = i + 1; j < e; j += 1) {
    const m = matchPhrase(tokens, j, e, PROTOCOL_NAMES);
    if (m !== null && STAKING_VENUES.has(m.value)) return true;
  }
  return false;
}

function windowHasVenue(tokens: readonly DefiToken[], i: number, e: number): boolean {
  for (let j = i + 1; j < e; j += 1) if (matchPhrase(tokens, j, e, PROTOCOL_NAMES) !== null) return true;
  return false;
}

function windowHasChain(tokens: readonly DefiToken[], i: number, e: number): boolean {
  for (let j = i + 1; j < e; j += 1) {
    const m = matchPhrase(tokens, j, e, CHAIN_NAMES);
    if (m !== null && (m.len > 1 || tokens[j - 1]?.norm === 'to' || tokens[j - 1]?.norm === 'onto' || tokens[j - 1]?.norm === 'over')) return true;
  }
  return false;
}

type Resolved = { kind: DefiPrimitive | 'unsupported'; span: number } | null;

function resolve(tokens: readonly DefiToken[], i: number, verb: string, cls: VerbClass): Resolved {
  const next = tokens[i + 1]?.norm ?? '';
  const e = windowEnd(tokens, i);
  const particle = next === 'out' || next === 'back' || next === 'off' || next === 'down' || next === 'up' ? 1 : 0;
  switch (cls) {
    case 'withdraw_like': {
      if ((verb === 'take' || verb === 'taking') && particle === 0 && !windowHas(tokens, i, e, LOAN_CONTEXT)) return null;
      if (verb === 'get' && particle === 0 && !windowHas(tokens, i, e, LOAN_CONTEXT) && !windowHas(tokens, i, e, REWARD_CONTEXT)) return null;
      if (verb === 'cash' && next !== 'out') return null;
      if (windowHas(tokens, i, e, REWARD_CONTEXT)) return { kind: 'claim_rewards', span: particle };
      if ((verb === 'take' || verb === 'taking' || verb === 'get') && windowHas(tokens, i, e, LOAN_CONTEXT)) return { kind: 'borrow_asset', span: particle };
      if (windowHas(tokens, i, e, STAKING_CONTEXT) || windowHasStakingVenue(tokens, i, e)) return { kind: 'unstake_asset', span: particle };
      return { kind: 'withdraw_asset', span: particle };
    }
    case 'pay':
      if (particle === 1 && next !== 'up') return { kind: 'repay_asset', span: 1 };
      if (windowHas(tokens, i, e, LOAN_CONTEXT) || windowHas(tokens, i, e, OWED)) return { kind: 'repay_asset', span: 0 };
      return { kind: 'unsupported', span: 0 };
    case 'settle':
      return windowHas(tokens, i, e, LOAN_CONTEXT) || windowHas(tokens, i, e, OWED) ? { kind: 'repay_asset', span: particle } : null;
    case 'turn':
      return windowHas(tokens, i, e, INTO) ? { kind: 'swap_asset', span: 0 } : null;
    case 'place':
      return resolvePlace(tokens, i, e, verb, next);
    case 'borrow_asset':
      if (verb === 'loan' && next !== 'me' && next !== 'us' && next !== 'myself') return null;
      return { kind: 'borrow_asset', span: particle };
    case 'deposit_asset':
      if (verb === 'lend' && (next === 'me' || next === 'us')) return { kind: 'borrow_asset', span: 0 };
      return { kind: 'deposit_asset', span: 0 };
    case 'stake_asset':
      if (verb === 'delegate' && windowHas(tokens, i, e, VOTES)) return { kind: 'unsupported', span: 0 };
      return { kind: 'stake_asset', span: 0 };
    case 'unsupported':
      if (verb === 'long' || verb === 'short' || verb === 'shorting' || verb === 'longing') {
        const prev = tokens[i - 1]?.norm ?? '';
        const directional = KNOWN_TICKERS.has(next) || prev === 'go' || prev === 'a' || prev === 'open' || prev === 'going';
        return directional ? { kind: 'unsupported', span: 0 } : null;
      }
      return { kind: 'unsupported', span: 0 };
    default:
      return { kind: cls, span: 0 };
  }
}

const OWED: ReadonlySet<string> = new Set(['owe', 'owed', 'borrowed', 'borrow', 'debts', 'loans', 'outstanding', 'liability']);
const INTO: ReadonlySet<string> = new Set(['into', 'to', '->']);
const VOTES: ReadonlySet<string> = new Set(['vote', 'votes', 'voting', 'governance']);

function resolvePlace(tokens: readonly DefiToken[], i: number, e: number, verb: string, next: string): Resolved {
  if (verb === 'top') return next === 'up' ? { kind: 'deposit_asset', span: 1 } : null;
  if (verb === 'place' && (next === 'a' || next === 'an')) return null;
  if (verb === 'move') {
    if (windowHasChain(tokens, i, e)) return { kind: 'unsupported', span: 0 };
    if (windowHas(tokens, i, e, FROM)) return null;
    return windowHas(tokens, i, e, DESTINATION) && windowHasVenue(tokens, i, e) ? { kind: 'deposit_asset', span: 0 } : null;
  }
  if (verb === 'add' && (windowHas(tokens, i, e, COLLATERAL) || windowHas(tokens, i, e, DESTINATION))) return { kind: 'deposit_asset', span: 0 };
  if (verb !== 'add' && windowHas(tokens, i, e, DESTINATION)) return { kind: 'deposit_asset', span: 0 };
  return null;
}

const FROM: ReadonlySet<string> = new Set(['from']);
const COLLATERAL: ReadonlySet<string> = new Set(['collateral', 'liquidity']);
