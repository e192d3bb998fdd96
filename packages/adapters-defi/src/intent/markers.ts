import type { DefiToken } from '../tokenize';
import type { Cue } from './cues';
import { isShortVerbTypo, isTransposition, withinOneEdit } from './fuzzy';

/** Why a prompt is not an executable request even though it may name an action. */
export type NonExecMarker = 'negation' | 'question' | 'hypothetical' | 'conditional' | 'informational' | 'narrative';

const NEGATIONS: ReadonlySet<string> = new Set(['dont', 'not', 'never', 'cannot', 'cant', 'wont', 'shouldnt', 'mustnt', 'neither', 'nor', 'avoid', 'refrain', 'didnt', 'doesnt', 'isnt', 'arent', 'wouldnt', 'couldnt', 'nope', 'stop', 'cancel', 'skip', 'forbid', 'prevent']);
const QUESTION_START: ReadonlySet<string> = new Set(['what', 'whats', 'how', 'hows', 'why', 'whys', 'when', 'whens', 'where', 'wheres', 'which', 'who', 'whos', 'whom', 'whose', 'is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'should', 'shall', 'has', 'have', 'had', 'isnt', 'arent', 'whether', 'wat', 'wut', 'hw']);
const POLITE_AUX: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'may', 'might']);
const YOU: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'yall']);
const HYPOTHETICAL: ReadonlySet<string> = new Set(['if', 'unless', 'suppose', 'supposing', 'imagine', 'hypothetically', 'hypothetical', 'theoretically', 'theory', 'pretend', 'whether', 'might', 'maybe', 'perhaps', 'considering', 'thinking', 'wondering', 'wonder', 'curious', 'should', 'tomorrow', 'someday', 'eventually', 'possibly', 'planning', 'contemplating', 'debating', 'simulate', 'simulation', 'dry']);
const INFORMATIONAL: ReadonlySet<string> = new Set(['eli5', 'tell', 'explain', 'show', 'check', 'calculate', 'estimate', 'preview', 'quote', 'describe', 'compare', 'teach', 'remind', 'list', 'display', 'know', 'learn', 'understand', 'research', 'analyze', 'analyse', 'predict', 'forecast', 'track', 'monitor', 'notify', 'alert', 'watch', 'lookup', 'advise', 'recommend', 'suggest', 'review', 'summarize', 'summarise', 'define']);
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'whenever', 'once', 'until', 'till', 'soon']);
// What makes a when/once clause a market condition rather than "once it's done".
const MARKET_WORDS: ReadonlySet<string> = new Set(['hits', 'hit', 'reaches', 'reach', 'drops', 'drop', 'falls', 'fall', 'rises', 'rise', 'goes', 'above', 'below', 'under', 'over', 'price', 'prices', 'gas', 'cheap', 'cheaper', 'low', 'lower', 'high', 'higher', 'dips', 'dip', 'pumps', 'pump', 'moons', 'crashes', 'crash', 'apy', 'apr', 'rate', 'rates', 'trades', 'touches', 'breaks', 'market', 'ratio', 'health', 'hf', 'ltv', 'liquidation', 'spikes', 'exceeds', 'less', 'more', 'reaches', 'surges', 'tanks']);

/** The first reason this prompt is not an executable request, or null when it reads as a command. */
export function nonExecMarker(tokens: readonly DefiToken[], cues: readonly Cue[]): NonExecMarker | null {
  if (negations(tokens).length > 0) return 'negation';
  return nonExecOtherThanNegation(tokens, cues);
}

/** The non-exec markers other than negation (negation is scoped per clause by the analyzer). */
export function nonExecOtherThanNegation(tokens: readonly DefiToken[], cues: readonly Cue[]): NonExecMarker | null {
  if (hasNarrative(tokens)) return 'narrative';
  if (isQuestion(tokens, cues)) return 'question';
  if (hasHypothetical(tokens)) return 'hypothetical';
  if (hasMarketCondition(tokens, cues)) return 'conditional';
  if (hasInformationalLead(tokens, cues)) return 'informational';
  return null;
}

/** Token indices of negation words ("don't", "never", "hold off", "no need to"). */
export function negations(tokens: readonly DefiToken[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const w = tokens[i].norm;
    const next = tokens[i + 1]?.norm ?? '';
    if (w === 'no' && next.endsWith('ing') && next.length > 4) out.push(i);
    else if (w === 'no' && (next === 'need' || next === 'longer' || next === 'more' || next.startsWith('circ') || next === 'way')) out.push(i);
    else if (w === 'hold' && next === 'off') out.push(i);
    else if (NEGATIONS.has(w) || NEGATION_TYPOS.has(w) || isNegationTypo(w)) {
      // "don't forget to": a reminder, not a negation; "stop staking" is an unstake cue; "not only" is emphasis.
      if ((w === 'dont' || w === 'not') && (next === 'forget' || next === 'only')) continue;
      if (w === 'stop' && (next.startsWith('stak') || next === 'delegating')) continue;
      out.push(i);
    }
  }
  return out;
}

const NEGATION_TYPOS: ReadonlySet<string> = new Set(['nevver', 'nver', 'neve', 'dnt', 'donot']);
const NOT_NEGATION_TYPOS: ReadonlySet<string> = new Set(['newer', 'nerve', 'neve', 'nevis', 'donut', 'dint', 'dolt', 'dent', 'font', 'wont']);

/** One typo on "never" ("neger", "nevr", "enver") or a swapped/doubled letter in "dont" ("dnot", "dontt"): still a negation. */
function isNegationTypo(w: string): boolean {
  if (NOT_NEGATION_TYPOS.has(w)) return false;
  if (w.length >= 4 && (w[0] === 'n' || isTransposition(w, 'never')) && withinOneEdit(w, 'never') && w !== 'never') return true;
  return isShortVerbTypo(w, 'dont') && w.length >= 4;
}
const OK_WORDS: ReadonlySet<string> = new Set(['ok', 'okay', 'fine', 'alright', 'possible', 'cool', 'good']);
const NARRATIVE: ReadonlySet<string> = new Set(['yesterday', 'ago', 'already', 'previously', 'lastnight', 'went']);

function hasNarrative(tokens: readonly DefiToken[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const w = tokens[i].norm;
    if (NARRATIVE.has(w)) return true;
    if (w === 'used' && tokens[i + 1]?.norm === 'to') return true;
    if (w === 'last' && (tokens[i + 1]?.norm === 'week' || tokens[i + 1]?.norm === 'night' || tokens[i + 1]?.norm === 'month')) return true;
  }
  return false;
}

function isPoliteAux(w: string): boolean {
  return POLITE_AUX.has(w) || withinOneEdit(w, 'could') || withinOneEdit(w, 'would');
}

/**
 * "could you …", "can u …", "would you mind …" anywhere: a request, not a question. "can I …" asks what is
 * possible ("can I borrow more?") unless it asks to be given something ("can I get a loan of …").
 */
function hasPoliteRequest(tokens: readonly DefiToken[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (!isPoliteAux(tokens[i].norm)) continue;
    const who = tokens[i + 1].norm;
    if (YOU.has(who)) return true;
    if ((who === 'i' || who === 'we') && (tokens[i + 2]?.norm === 'get' || tokens[i + 2]?.norm === 'have')) return true;
  }
  return false;
}

function isQuestion(tokens: readonly DefiToken[], cues: readonly Cue[]): boolean {
  if (tokens.length === 0) return false;
  let i = 0;
  // Skip greetings and fillers at the start ("hey, what is …", "ok so how do I …").
  while (i < tokens.length && (FILLERS.has(tokens[i].norm) || tokens[i].kind === 'punct')) i += 1;
  const first = tokens[i]?.norm ?? '';
  const second = tokens[i + 1]?.norm ?? '';
  const polite = hasPoliteRequest(tokens);
  if (first === 'do' && !(second === 'i' || second === 'we' || YOU.has(second) || second === 'they' || second === 'my')) return false;
  if (QUESTION_START.has(first)) {
    // "how about you swap …" is a request.
    if (first === 'how' && second === 'about') return false;
    return true;
  }
  if (isPoliteAux(first) && !polite) return true;
  if (first === 'any' || first === 'anything') return true;
  for (let j = 0; j + 1 < tokens.length; j += 1) {
    const w = tokens[j].norm;
    const n = tokens[j + 1].norm;
    if ((w === 'how' && (n === 'to' || n === 'do' || n === 'does' || n === 'much' || n === 'many' || n === 'can' || n === 'long')) || (w === 'what' && (n === 'is' || n === 'are' || n === 'happens' || n === 'would' || n === 'if'))) return true;
    if (w === 'whats' || w === 'hows') return true;
  }
  const endsWithQ = tokens[tokens.length - 1].norm === '?';
  if (endsWithQ && !polite) {
    // An imperative with a question mark ("swap 2 eth to usdc?") still reads as a request.
    const firstCue = cues.length > 0 ? cues[0].index : -1;
    return firstCue !== i;
  }
  return false;
}

const FILLERS: ReadonlySet<string> = new Set(['hey', 'hi', 'hello', 'yo', 'ok', 'okay', 'so', 'um', 'uh', 'hmm', 'well', 'quick', 'question', 'btw', 'also', 'gm', 'sir', 'bro', 'ser', 'fren', 'please', 'pls', 'plz', 'kindly', 'just', 'and', 'alright']);

function hasHypothetical(tokens: readonly DefiToken[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const w = tokens[i].norm;
    const next = tokens[i + 1]?.norm ?? '';
    if (w === 'might' || w === 'should') {
      // "might you", "should you" would be odd; they are still not commands.
      return true;
    }
    // "I'd appreciate it if you could …" is a polite request, not a condition.
    if (w === 'if' && (YOU.has(next) || next === 'ya') && isPoliteAux(tokens[i + 2]?.norm ?? '')) continue;
    // "… if that's ok", "if possible": politeness, not a condition.
    if (w === 'if' && (((next === 'thats' || next === 'its' || next === 'that' || next === 'it') && OK_WORDS.has(tokens[i + 2]?.norm ?? tokens[i + 3]?.norm ?? '')) || next === 'possible' || OK_WORDS.has(tokens[i + 3]?.norm ?? ''))) continue;
    if (HYPOTHETICAL.has(w)) return true;
    if ((w === 'would' || w === 'could') && !YOU.has(next) && !YOU.has(tokens[i - 1]?.norm ?? '') && next !== 'like' && next !== 'love' && next !== 'u') {
      if (i === 0 && (next === 'i' || next === 'we')) continue;
      return true;
    }
    if (w === 'lets' && next === 'say') return true;
    if (w === 'in' && next === 'case') return true;
    if (w === 'as' && next === 'long' && tokens[i + 2]?.norm === 'as') return true;
    if (w === 'next' && (next === 'week' || next === 'month' || next === 'year')) return true;
  }
  return false;
}

function hasMarketCondition(tokens: readonly DefiToken[], cues: readonly Cue[]): boolean {
  const cueAt = new Set(cues.map((c) => c.index));
  for (let i = 0; i < tokens.length; i += 1) {
    if (!CONDITION_WORDS.has(tokens[i].norm)) continue;
    for (let j = i + 1; j < tokens.length && !cueAt.has(j); j += 1) {
      const t = tokens[j];
      if (t.norm === ',' || t.norm === 'then') break;
      if (MARKET_WORDS.has(t.norm) || t.kind === 'number' || t.norm === '$' || t.norm === '%') return true;
    }
  }
  return false;
}

function hasInformationalLead(tokens: readonly DefiToken[], cues: readonly Cue[]): boolean {
  const end = cues.length > 0 ? cues[0].index : tokens.length;
  for (let i = 0; i < end; i += 1) if (INFORMATIONAL.has(tokens[i].norm)) return true;
  return false;
}
