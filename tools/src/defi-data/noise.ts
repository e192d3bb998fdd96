import type { Seg } from './clause';
import type { VerbForm } from './morph';
import { pickFor, type Rng } from './rng';
import type { Held, Split } from './types';

/** A politeness or filler wrapper around a request. */
export interface Wrapper extends Held {
  readonly text: string;
  /** The verb form the wrapped clause must take ("would you mind depositing"). */
  readonly form?: VerbForm;
  /** The request reads as a question ("could you …?"). */
  readonly question?: boolean;
}

const W = (text: string, w = 1, extra: Omit<Wrapper, 'text' | 'w'> = {}): Wrapper => ({ text, w, ...extra });

/** Polite or intent-marking lead-ins; `''` means none. */
export const POLITE_PREFIXES: readonly Wrapper[] = [
  W('', 50),
  W('please', 6), W('pls', 2), W('plz', 1), W('kindly', 0.5), W('just', 1),
  W('could you', 3, { question: true }), W('can you', 3, { question: true }), W('would you', 1, { question: true }),
  W('could you please', 1, { question: true }), W('can you please', 1, { question: true }),
  W("I'd like to", 3), W('I want to', 3), W('I need to', 2), W('I wanna', 1), W('I would like to', 1),
  W("let's", 2), W('go ahead and', 1.5), W('help me', 1), W("i'm looking to", 1), W('time to', 1),
  W('please go ahead and', 0.5),
  W('would you mind', 1, { form: 'ing', question: true, held: true }),
  W("I'd appreciate it if you could", 1, { held: true }),
  W('be a dear and', 0.5, { held: true }),
  W("I've decided to", 1, { held: true }),
  W('make sure to', 1, { held: true }),
  W('I need you to', 1, { held: true }),
  W("I'm gonna", 1, { held: true }),
  W('go on and', 0.5, { held: true }),
];

/** Trailing politeness, urgency and execution modifiers; `''` means none. */
export const SUFFIXES: readonly Wrapper[] = [
  W('', 60),
  W('please', 4), W('pls', 1), W('thanks', 2), W('thx', 1), W('ty', 0.5), W('thanks!', 1), W('cheers', 0.5),
  W('asap', 1.5), W('now', 1.5), W('right now', 1), W('right away', 1), W('today', 1), W('for me', 1),
  W('real quick', 0.5), W('when you can', 0.5),
  W('with fast gas', 1), W('use normal gas', 0.5), W('minimize gas', 0.5), W('with low slippage', 1),
  W('with max slippage 0.5%', 0.5), W('slippage 1%', 0.5),
  W('at your earliest convenience', 1, { held: true }), W("if that's ok", 1, { held: true }),
  W('thank you so much', 1, { held: true }), W('using fast gas', 1, { held: true }), W('with 0.3% slippage', 0.5, { held: true }),
];

/** Conversational openers; `''` means none. */
export const FILLERS: readonly Wrapper[] = [
  W('', 85),
  W('hey', 2), W('hi', 1), W('ok so', 1), W('alright', 1), W('um', 0.5), W('so', 1), W('quick one:', 0.5), W('yo', 0.5),
  W('gm', 0.5), W('hello', 0.5), W('okay', 0.5), W('hmm', 0.3), W('hey there,', 0.5),
  W('gas is cheap right now.', 0.4), W('rates look good today.', 0.4), W("I've got some idle funds.", 0.4), W('following up on earlier:', 0.3),
  W('right then,', 0.5, { held: true }), W('sup,', 0.5, { held: true }), W('hiya', 0.5, { held: true }), W('listen,', 0.5, { held: true }),
  W('long day, anyway.', 0.4, { held: true }),
];

/** Draws a wrapper allowed in the split; `''` wrappers mean "none". */
export function pickWrapper(rng: Rng, items: readonly Wrapper[], split: Split, filter: (w: Wrapper) => boolean = () => true): Wrapper {
  return pickFor(rng, items.filter(filter), split);
}

const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'sqwz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn',
  k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji',
  v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

/** One seeded typo in a word: adjacent swap, dropped, doubled or neighbouring-key letter (first letter kept). */
export function typo(rng: Rng, word: string): string {
  if (word.length < 4) return word;
  const i = rng.range(1, word.length - 2);
  switch (rng.int(4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const near = KEYBOARD_NEIGHBOURS[word[i].toLowerCase()];
      return near ? word.slice(0, i) + rng.pick(near.split('')) + word.slice(i + 1) : word;
    }
  }
}

/**
 * Words inside an argument phrase that may get a typo too: reward nouns and quantifiers ("claim my rewrds",
 * "swap hlaf my usdc"). The reader tolerates one typo on them, so the gold args stay recoverable.
 */
const TYPO_ARG_WORDS: ReadonlySet<string> = new Set(['rewards', 'reward', 'yield', 'incentives', 'emissions', 'airdrop', 'half', 'everything', 'entire', 'whole']);

/**
 * Adds 1–2 typos to free words, verbs, and reward nouns or quantifiers inside argument phrases (never to amounts,
 * tickers, protocols, chains or order words).
 */
export function addTypos(rng: Rng, segs: readonly Seg[]): Seg[] {
  const out = segs.slice();
  const candidates: [number, number][] = [];
  out.forEach((s, i) => {
    if ((s.role === 'free' || s.role === 'verb') && /^[a-z]{4,}$/i.test(s.text)) candidates.push([i, -1]);
    else if (s.role === 'arg') s.text.split(' ').forEach((w, k) => TYPO_ARG_WORDS.has(w) && candidates.push([i, k]));
  });
  const n = Math.min(candidates.length, rng.chance(0.7) ? 1 : 2);
  for (const [i, k] of rng.shuffle(candidates).slice(0, n)) {
    if (k < 0) out[i] = { ...out[i], text: typo(rng, out[i].text) };
    else {
      const words = out[i].text.split(' ');
      words[k] = typo(rng, words[k]);
      out[i] = { ...out[i], text: words.join(' ') };
    }
  }
  return out;
}

/** Casing and final punctuation as people type them (mostly as-is, sometimes all lower-case or shouted). */
export function finish(rng: Rng, text: string, question: boolean): string {
  let t = text;
  if (question && !/[?!.]$/.test(t) && rng.chance(0.6)) t += '?';
  else if (!question && !/[?!.]$/.test(t)) {
    const r = rng.next();
    if (r < 0.12) t += '.';
    else if (r < 0.18) t += '!';
  }
  const r = rng.next();
  if (r < 0.2) return t.toLowerCase();
  if (r < 0.32) return t[0].toUpperCase() + t.slice(1);
  if (r < 0.335) return t.toUpperCase();
  return t;
}

/** Splits free text into free segments (for wrappers and negative templates). */
export function freeSegs(text: string, role: Seg['role'] = 'free'): Seg[] {
  return text === '' ? [] : text.split(' ').map((w) => ({ text: w, role }));
}
