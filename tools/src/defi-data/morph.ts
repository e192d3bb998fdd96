/** A verb form a clause can be rendered in: imperative, gerund, simple past, past participle, action noun ("a swap of"). */
export type VerbForm = 'base' | 'ing' | 'past' | 'pp' | 'noun';

const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  take: ['took', 'taken'],
  put: ['put', 'put'],
  sell: ['sold', 'sold'],
  buy: ['bought', 'bought'],
  pay: ['paid', 'paid'],
  repay: ['repaid', 'repaid'],
  unwind: ['unwound', 'unwound'],
  draw: ['drew', 'drawn'],
  lend: ['lent', 'lent'],
  get: ['got', 'gotten'],
  stick: ['stuck', 'stuck'],
  withdraw: ['withdrew', 'withdrawn'],
  throw: ['threw', 'thrown'],
  go: ['went', 'gone'],
  set: ['set', 'set'],
  make: ['made', 'made'],
  do: ['did', 'done'],
  free: ['freed', 'freed'],
  sink: ['sank', 'sunk'],
};

// Short verbs whose final consonant doubles before -ing/-ed.
const DOUBLING = new Set(['put', 'swap', 'get', 'stop', 'drop', 'top', 'flip', 'set', 'plug', 'ship', 'grab', 'commit', 'snag', 'chip', 'swop', 'plop']);

/** Inflects an English verb head ("swap" → "swapping"/"swapped"; "take" → "taking"/"took"/"taken"). */
export function inflect(verb: string, form: VerbForm): string {
  if (form === 'base' || form === 'noun') return verb;
  const lower = verb.toLowerCase();
  if (form === 'ing') {
    if (DOUBLING.has(lower)) return verb + verb[verb.length - 1] + 'ing';
    if (lower.endsWith('ie')) return verb.slice(0, -2) + 'ying';
    if (lower.endsWith('e') && !lower.endsWith('ee')) return verb.slice(0, -1) + 'ing';
    return verb + 'ing';
  }
  const irr = IRREGULAR[lower];
  if (irr) return form === 'past' ? irr[0] : irr[1];
  if (DOUBLING.has(lower)) return verb + verb[verb.length - 1] + 'ed';
  if (lower.endsWith('e')) return verb + 'd';
  if (/[^aeiou]y$/.test(lower)) return verb.slice(0, -1) + 'ied';
  return verb + 'ed';
}
