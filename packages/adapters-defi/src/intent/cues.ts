import { matchPhrase } from '../args/phrases';
import type { DefiPrimitive } from '../labels';
import { ASSET_NAMES, KNOWN_TICKERS, PROTOCOL_NAMES } from '../lexicon';
import { own } from '../own';
import type { DefiToken } from '../tokenize';
import { resolve } from './resolve';
import { fuzzyVerb, isVerbKey, verbOf } from './verb-of';
import { DETERMINERS, LIGHT_VERBS, PAST_FORMS, VERBS } from './verbs';
import { isRewardWord, isStakingWord } from './window';

export { CLAUSE_BREAKS } from './window';
export { verbOf } from './verb-of';

/** An action verb found in the prompt: where, what it asks for, and how sure the lexicon is. */
export interface Cue {
  readonly index: number;
  readonly kind: DefiPrimitive | 'unsupported';
  /** 1 for an exact verb, 0.8 for a one-typo match. */
  readonly strength: number;
  /** Tokens right after the verb that belong to it ("pay back", "top up"). */
  readonly span: number;
}

const NOUN_AFTER_ING: ReadonlySet<string> = new Set(['rewards', 'reward', 'position', 'positions', 'yield', 'apy', 'apr', 'pool', 'contract', 'balance', 'vault', 'power', 'token', 'tokens', 'provider', 'providers', 'platform', 'amount', 'capacity', 'limit', 'rate', 'rates', 'fee', 'fees', 'route', 'pair', 'history', 'status', 'ratio', 'period', 'queue', 'derivative', 'protocol', 'protocols', 'service', 'services', 'account']);
const NOUN_AFTER: ReadonlySet<string> = new Set(['rate', 'rates', 'route', 'pair', 'history', 'status', 'ratio', 'button', 'page', 'tab', 'screen', 'limit', 'cap', 'caps', 'queue', 'period', 'contract', 'derivative', 'provider', 'providers', 'platform', 'protocol', 'protocols', 'quote', 'volume']);
const PREP_BEFORE_ING: ReadonlySet<string> = new Set(['from', 'of', 'about', 'for', 'in', 'on', 'into', 'with', 'frim', 'fron', 'form']);
const SUBORDINATE_PERFECT: ReadonlySet<string> = new Set(['youve', 'having', 'ive']);

/** Find the action verbs in a token list, resolved to primitives with their local context (DESIGN §4 rules). */
export function detectCues(tokens: readonly DefiToken[]): Cue[] {
  const cues: Cue[] = [];
  const absorbed = new Set<number>();
  const subordinate = new Set<number>();
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
    const pastStep = past !== undefined && isPastInSubordinate(tokens, i);
    if (past !== undefined && (pastStep || SUBORDINATE_PERFECT.has(tokens[i - 1]?.norm ?? '') || isPassiveInSubordinate(tokens, i)))
      v = { verb: past, exact: true, ing: false };
    // "I need a loan of 500 usdc": the noun after a wish word asks for a borrow (resolve checks the wish).
    const wishedLoan = v?.verb === 'loan' && (tokens[i - 1]?.norm === 'a' || tokens[i - 1]?.norm === 'an');
    if (v === null || !isVerbKey(v.verb) || (!wishedLoan && isNounUse(tokens, i, v.ing))) continue;
    const resolved = resolve(tokens, i, v.verb, VERBS[v.verb], absorbed);
    if (resolved === null) continue;
    cues.push({ index: i, kind: resolved.kind, strength: v.exact ? 1 : 0.8, span: resolved.span });
    if (pastStep || (DETERMINERS.has(tokens[i - 1]?.norm ?? '') && nominalLead(tokens, i) === 'sequence')) subordinate.add(i);
    i += resolved.span;
  }
  // "once the swap of 2 eth is done" / "once you have swapped 2 eth" on its own is a condition, not a request: a
  // sequence-led nominal or past-tense step stands only beside another step ("…, repay 1000 dai").
  if (subordinate.size > 0 && cues.every((c) => subordinate.has(c.index) || c.kind === 'unsupported')) return cues.filter((c) => !subordinate.has(c.index));
  return cues;
}

/** Words before "a/the <action> of …" that make the nominalised action a requested step. */
const SEQUENCE_LEADS: ReadonlySet<string> = new Set(['then', 'once', 'after', 'before']);
const WISH_LEADS: ReadonlySet<string> = new Set(['need', 'needs', 'want', 'wanna', 'like']);
/** What follows a nominalised action that is a step: its object ("of 2 eth", "from eth to usdc", "into aave"). */
const NOMINAL_OBJECT: ReadonlySet<string> = new Set(['of', 'from', 'into', 'to', 'on', 'in']);

/**
 * A nominalised action that is a step, not a noun: "… followed by a deposit of 2 eth", "once the swap of 2 eth to dai is
 * done, …", "then a repayment of 500 dai", "I need a swap of 2 eth to usdc". It needs an article (not "my": "my deposit"
 * is a position), its object right after the noun, and right before the article a sequence word (a/an/the) or a wish
 * word (a/an only: "I need the deposit of 5 eth reversed" is about an existing one).
 */
function nominalLead(tokens: readonly DefiToken[], i: number): 'sequence' | 'wish' | null {
  const art = tokens[i - 1]?.norm ?? '';
  if (art !== 'a' && art !== 'an' && art !== 'the') return null;
  if (!NOMINAL_OBJECT.has(tokens[i + 1]?.norm ?? '')) return null;
  const lead = tokens[i - 2]?.norm ?? '';
  if (SEQUENCE_LEADS.has(lead) || (lead === 'by' && tokens[i - 3]?.norm === 'followed')) return 'sequence';
  return WISH_LEADS.has(lead) && art !== 'the' ? 'wish' : null;
}

function isNominalStep(tokens: readonly DefiToken[], i: number): boolean {
  return nominalLead(tokens, i) !== null;
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

const SUBJECTS: ReadonlySet<string> = new Set(['you', 'u', 'i', 'we']);

/**
 * "… once you have swapped 1 eth for usdc", "after we've claimed", "when you swapped …": a past form whose subject is
 * the agent or the user, right after once/after/when (perfect or simple past), names the step to do first.
 */
function isPastInSubordinate(tokens: readonly DefiToken[], i: number): boolean {
  let j = i - 1;
  if (tokens[j]?.norm === 'have' || tokens[j]?.norm === 'has') j -= 1;
  if (!SUBJECTS.has(tokens[j]?.norm ?? '')) return false;
  return SUBORDINATOR_WORDS.has(tokens[j - 1]?.norm ?? '');
}

function isNounUse(tokens: readonly DefiToken[], i: number, ing: boolean): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (DETERMINERS.has(prev)) {
    const light = (prev === 'a' || prev === 'an' || prev === 'the') && LIGHT_VERBS.has(tokens[i - 2]?.norm ?? '');
    if (!light && !isNominalStep(tokens, i)) return true;
  }
  if (ing ? NOUN_AFTER_ING.has(next) || isRewardWord(next) : NOUN_AFTER.has(next)) return true;
  if (ing && (next === 'is' || next === 'was' || next === 'are' || next === 'isnt')) return true;
  if (ing && PREP_BEFORE_ING.has(prev) && !(prev === 'of' && tokens[i - 2]?.norm === 'instead')) return true;
  // "my ETH stake", "the ether swap": a token name between a determiner and the word makes it a noun.
  const prev2 = tokens[i - 2]?.norm ?? '';
  if ((KNOWN_TICKERS.has(prev) || SINGLE_WORD_NAMES.has(prev)) && DETERMINERS.has(prev2)) return true;
  return false;
}
