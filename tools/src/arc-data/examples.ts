import { ARC_PRIMITIVES, isInstructionWord, type ArcPrimitive } from '@micro-lm/adapters-arc';
import type { Rng } from '@micro-lm/ngf-core';
import { NEGATIVE_FIXED, NEGATIVE_TEMPLATES, OBJECTS, PREFIXES, renderStep, STEP_BANK, StepPhrase, SUFFIXES } from './phrases';

/** One generated line: the prompt, its label (single primitive or non_exec, or "multi"), and the sequence. */
export interface ArcExample {
  readonly id: string;
  readonly prompt: string;
  readonly kind: 'single' | 'multi' | 'negative';
  readonly label: ArcPrimitive | 'non_exec' | 'multi';
  readonly sequence: readonly ArcPrimitive[];
  /** Negatives only: 'scoped' = a real step phrase under a negation/question/hypothetical (the parser's job, not
   * the mapper's: a bag of words cannot see scope), 'foreign' = everything else. */
  readonly neg?: 'scoped' | 'foreign';
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)];

/** Introduce one realistic typo (swap, drop or double a letter) into a random word of 6+ letters. */
function typo(rng: Rng, text: string): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{6,}$/.test(w));
  if (long.length === 0) return text;
  const [w, i] = pick(rng, long);
  const k = 1 + rng.int(w.length - 2);
  const kind = rng.int(3);
  words[i] = kind === 0 ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) : kind === 1 ? w.slice(0, k) + w.slice(k + 1) : w.slice(0, k) + w[k] + w.slice(k);
  return words.join(' ');
}

function step(rng: Rng, p: ArcPrimitive, obj?: string): { phrase: StepPhrase; pair: readonly [string, string] } {
  const pair = pick(rng, STEP_BANK[p]);
  return { phrase: renderStep(pair, obj ?? pick(rng, OBJECTS)), pair };
}

/** Words with no bearing on the label, added to positives and foreign negatives alike so the mapper learns to ignore them. */
const NEUTRAL = ['very', 'carefully', 'exactly', 'simply', 'basically', 'actually', 'maybe', 'just', 'buddy', 'mate', 'cool', 'nice', 'good', 'hmm', 'um',
  'so', 'literally', 'totally', 'kinda', 'today', 'quickly', 'neatly', 'friend', 'okay', 'alright', 'great', 'boss', 'dear', 'honestly', 'well'];

/**
 * Everyday words taken from the foreign negatives (minus every word the instruction phrases use). Sprinkled
 * into positives too, so the mapper cannot learn "an unfamiliar word means not an instruction": rejecting
 * other-domain requests is the parser's job (their objects are not grids), the mapper's is to name the step.
 */
const INSTRUCTION_WORDS = new Set(
  [...Object.values(STEP_BANK).flatMap((ps) => ps.flatMap(([v, m]) => [v, ...m.split(/[^a-z]+/)])), ...OBJECTS.flatMap((o) => o.split(' ')), 'left', 'right', 'top', 'bottom', 'half', 'quarter', 'turn', 'again', 'one', 'two', 'three', 'times', 'twice', 'side', 'up', 'down', 'not', 'no', 'don', 'never', 'if', 'what', 'how', 'why', 'which', 'is', 'are', 'can', 'would', 'could', 'suppose', 'imagine', 'cell', 'cells', 'red', 'blue', 'green', 'yellow', 'black', 'white', 'gray', 'grey', 'orange', 'pink', 'purple', 'brown', 'object', 'objects', 'square', 'shape', 'shapes', 'line', 'lines', 'dot', 'dots', 'border', 'edge', 'corner', 'background', 'colours', 'colors', 'colour', 'color', 'and', 'the', 'a', 'an', 'to', 'my', 'me', 'in', 'of', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'over'].filter((w) => w.length > 0),
);
const FOREIGN_POOL = [...new Set(NEGATIVE_FIXED.flatMap((t) => t.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 3 && !INSTRUCTION_WORDS.has(w) && !isInstructionWord(w)))].sort();

/** With probability p, put a neutral or everyday word at the start or the end. */
export function sprinkle(rng: Rng, text: string, p: number): string {
  if (rng.next() >= p) return text;
  const w = rng.next() < 0.5 ? pick(rng, NEUTRAL) : pick(rng, FOREIGN_POOL);
  return rng.next() < 0.5 ? `${w} ${text}` : `${text} ${w}`;
}

function wrap(rng: Rng, core: string, typoRate: number): string {
  let t = sprinkle(rng, `${pick(rng, PREFIXES)}${core}${pick(rng, SUFFIXES)}`, 0.25);
  if (rng.next() < typoRate) t = typo(rng, t);
  if (rng.next() < 0.15) t = t.charAt(0).toUpperCase() + t.slice(1);
  return t.replace(/\s+/g, ' ').trim();
}

/** One single-step instruction. */
export function singleExample(rng: Rng, id: string): ArcExample {
  const p = pick(rng, ARC_PRIMITIVES);
  return { id, prompt: wrap(rng, step(rng, p).phrase.imp, 0.12), kind: 'single', label: p, sequence: [p] };
}

const LATER_OBJ = ['it', 'it', 'the result', 'that', ''];

/** One multi-step instruction (2–3 steps) with an order-word pattern; the sequence is in execution order. */
export function multiExample(rng: Rng, id: string): ArcExample {
  const n = rng.next() < 0.7 ? 2 : 3;
  const seq: ArcPrimitive[] = [];
  for (let i = 0; i < n; i++) seq.push(pick(rng, ARC_PRIMITIVES));
  const steps = seq.map((p, i) => step(rng, p, i === 0 ? undefined : pick(rng, LATER_OBJ)));
  // Ellipsis: "flip it horizontally, then vertically".
  const elide = (i: number) => {
    const [va, ma] = steps[i - 1].pair;
    const [vb, mb] = steps[i].pair;
    return va === vb && ['flip', 'mirror', 'reflect'].includes(va) && ['horizontally', 'vertically'].includes(ma) && ['horizontally', 'vertically'].includes(mb) && ma !== mb;
  };
  const imp = steps.map((s, i) => (i > 0 && elide(i) ? steps[i].pair[1] : s.phrase.imp));
  const ger = steps.map((s) => s.phrase.ger);
  let core: string;
  let order = seq;
  if (n === 2) {
    const [a, b] = imp;
    const r = rng.int(17);
    const plain = [`${a} then ${b}`, `${a}, then ${b}`, `${a} and then ${b}`, `first ${a}, then ${b}`, `${a}, after that ${b}`, `${a} followed by ${ger[1]}`,
      `${a}; ${b}`, `${a}. ${b}`, `${a} and ${b} afterwards`, `${a}, next ${b}`, `start by ${ger[0]}, then ${b}`];
    if (r < plain.length) core = plain[r];
    else if (r === 11) core = `${steps[0].phrase.imp} before ${ger[1]}`;
    else if (r === 12) core = `before ${ger[1]}, ${steps[0].phrase.imp}`;
    else if (r === 13) core = `${steps[1].phrase.imp} after ${ger[0]}`;
    else if (r === 14) core = `after ${ger[0]}, ${steps[1].phrase.imp}`;
    else if (r === 15) core = `once you ${steps[0].phrase.imp}, ${steps[1].phrase.imp}`;
    else core = `${steps[1].phrase.imp}, but first ${steps[0].phrase.imp}`;
    if (rng.next() < 0.08) {
      core = `${steps[0].phrase.imp}, then ${pick(rng, ['do it again', 'repeat that', 'do the same again', 'do that once more'])}`;
      order = [seq[0], seq[0]];
    }
  } else {
    const [a, b, c] = imp;
    const r = rng.int(5);
    core = [`${a}, ${b}, ${c}`, `${a}, then ${b}, then ${c}`, `first ${a}, then ${b}, and finally ${c}`, `${a}, ${b} and then ${c}`, `${steps[1].phrase.imp} after ${ger[0]}, then ${c}`][r];
  }
  return { id, prompt: wrap(rng, core, 0.08), kind: 'multi', label: 'multi', sequence: order };
}

/** One negative (label non_exec). */
export function negativeExample(rng: Rng, id: string): ArcExample {
  let core: string;
  const scoped = rng.next() < 0.45;
  if (scoped) {
    const s = step(rng, pick(rng, ARC_PRIMITIVES)).phrase;
    core = pick(rng, NEGATIVE_TEMPLATES).replace('{s}', s.imp).replace('{g}', s.ger);
  } else core = sprinkle(rng, pick(rng, NEGATIVE_FIXED), 0.25);
  // Negatives get no polite prefix: "please what does … mean?" is not a sentence people write.
  const text = `${core}${rng.next() < 0.2 ? pick(rng, SUFFIXES) : ''}`;
  return { id, prompt: rng.next() < 0.15 ? text.charAt(0).toUpperCase() + text.slice(1) : text, kind: 'negative', label: 'non_exec', sequence: [], neg: scoped ? 'scoped' : 'foreign' };
}

/** A data set of `n` examples: 45% single, 30% multi, 25% negative, de-duplicated by prompt. */
export function generateExamples(rng: Rng, n: number, prefix: string): ArcExample[] {
  const out: ArcExample[] = [];
  const seen = new Set<string>();
  let tries = 0;
  while (out.length < n && tries < n * 20) {
    tries++;
    const id = `${prefix}-${String(out.length + 1).padStart(5, '0')}`;
    const u = rng.next();
    const ex = u < 0.45 ? singleExample(rng, id) : u < 0.75 ? multiExample(rng, id) : negativeExample(rng, id);
    const key = ex.prompt.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ex);
  }
  return out;
}
