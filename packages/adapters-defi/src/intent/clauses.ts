import type { DefiPrimitive } from '../labels';
import type { DefiToken } from '../tokenize';
import { CLAUSE_BREAKS, type Cue } from './cues';

/** How an order word places a clause relative to its neighbour. */
export type OrderMarker = 'none' | 'after' | 'before' | 'first';

/** One requested step in the text: its verb cue, its token span, and the order word that governs it. */
export interface Clause {
  readonly primitive: DefiPrimitive;
  readonly cue: Cue;
  readonly start: number;
  readonly end: number;
  readonly marker: OrderMarker;
  /** Position in the text (0-based), before order words are applied. */
  readonly textIndex: number;
}

const AFTER_WORDS: ReadonlySet<string> = new Set(['after', 'once', 'when', 'following', 'soon', 'whenever']);
const BEFORE_WORDS: ReadonlySet<string> = new Set(['before', 'prior']);
const FIRST_WORDS: ReadonlySet<string> = new Set(['first', 'firstly', 'initially', 'beforehand', '1st']);
const BACK_REFERENCES: ReadonlySet<string> = new Set(['that', 'this', 'it', 'thats', 'its', 'which', 'then', 'hand']);

/** Split the prompt into one clause per action cue; boundaries fall on the last break word between two cues. */
export function splitClauses(tokens: readonly DefiToken[], cues: readonly Cue[]): Clause[] {
  const actions = cues.filter((c) => c.kind !== 'unsupported');
  const out: Clause[] = [];
  let start = 0;
  for (let j = 0; j < actions.length; j += 1) {
    const cue = actions[j];
    const nextCue = actions[j + 1];
    let end = tokens.length;
    if (nextCue !== undefined) {
      end = nextCue.index;
      for (let p = nextCue.index - 1; p > cue.index + cue.span; p -= 1) {
        if (CLAUSE_BREAKS.has(tokens[p].norm) || FIRST_WORDS.has(tokens[p].norm)) {
          end = p;
          while (end - 1 > cue.index + cue.span && CLAUSE_BREAKS.has(tokens[end - 1].norm)) end -= 1;
          break;
        }
      }
    }
    out.push({ primitive: cue.kind as DefiPrimitive, cue, start, end, marker: markerOf(tokens, start, cue.index, end), textIndex: j });
    start = end;
  }
  return out;
}

function markerOf(tokens: readonly DefiToken[], start: number, cueAt: number, end: number): OrderMarker {
  for (let i = start; i < end; i += 1) {
    const w = tokens[i].norm;
    if (FIRST_WORDS.has(w)) return 'first';
    if (w === 'start' && tokens[i - 1]?.norm === 'to') return 'first';
  }
  for (let i = start; i < cueAt; i += 1) {
    const w = tokens[i].norm;
    const next = tokens[i + 1]?.norm ?? '';
    if (BEFORE_WORDS.has(w)) return BACK_REFERENCES.has(next) ? 'first' : 'before';
    if (AFTER_WORDS.has(w)) return BACK_REFERENCES.has(next) || next === 'done' ? 'none' : 'after';
    if (w === 'afterwards' || w === 'then' || w === 'next') return 'none';
  }
  return 'none';
}

/**
 * Apply order words: a leading "before X, Y" runs Y first; a trailing "Y after X" runs X first; "first"
 * moves a clause to the front. Everything else keeps text order ("then", "and", "after that").
 */
export function orderClauses(clauses: readonly Clause[]): Clause[] {
  const out = [...clauses];
  if (out.length > 1 && out[0].marker === 'before') {
    // "before X, A and B": X runs after the whole run of unmarked clauses that follows it.
    let j = 1;
    while (j + 1 < out.length && out[j + 1].marker === 'none') j += 1;
    const [sub] = out.splice(0, 1);
    out.splice(j, 0, sub);
  }
  for (let i = 1; i < out.length; i += 1) {
    if (out[i].marker === 'after' && out[i - 1].textIndex < out[i].textIndex) {
      // "A and B after X": X runs before the run of unmarked clauses it follows.
      let j = i - 1;
      while (j - 1 >= 0 && out[j - 1].marker === 'none' && out[j].marker === 'none') j -= 1;
      const [sub] = out.splice(i, 1);
      out.splice(j, 0, sub);
    }
  }
  const firsts = out.filter((c) => c.marker === 'first');
  return firsts.length > 0 ? [...firsts, ...out.filter((c) => c.marker !== 'first')] : out;
}
