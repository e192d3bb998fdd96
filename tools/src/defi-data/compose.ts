import { canInflect, joinSegs, renderClause, type Clause, type Seg } from './clause';
import type { VerbForm } from './morph';
import { addTypos, FILLERS, finish, freeSegs, pickWrapper, POLITE_PREFIXES, SUFFIXES } from './noise';
import { pickFor, type Rng } from './rng';
import { CONSUMERS, pickChain, type Carry } from './slots';
import { NATURAL_CHAINS, TEMPLATES, type Template } from './templates';
import { PRIMITIVES, type Held, type Primitive, type Split, type Step } from './types';

/** A generated positive prompt with its gold plan (execution order) and whether it used held-out material. */
export interface Positive {
  readonly text: string;
  readonly steps: readonly Step[];
}

function pickTemplate(rng: Rng, split: Split, prim: Primitive, ok: (t: Template) => boolean): Template {
  return pickFor(rng, TEMPLATES[prim].filter(ok), split);
}

/** What a step leaves in the wallet for a follow-up step to act on ("swap … then deposit it"); null for deposit, repay, stake. */
export function carryOf(step: Pick<Step, 'primitive' | 'args'>): Carry | null {
  switch (step.primitive) {
    case 'swap_asset':
      return { ticker: step.args.to_asset, plural: false };
    case 'withdraw_asset':
    case 'borrow_asset':
    case 'unstake_asset':
      return step.args.asset ? { ticker: step.args.asset, plural: false } : null;
    case 'claim_rewards':
      return { ticker: step.args.asset, plural: true };
    default:
      return null;
  }
}

/**
 * Coreference in a plan: a deposit, swap, stake or repay whose clause names no asset ("deposit it", "then swap
 * everything to DAI") acts on what the previous step produced (a swap's target; the asset withdrawn, borrowed,
 * unstaked or claimed). Withdraw, unstake, borrow and claim never inherit an asset. Returns the step with the
 * asset filled in when that is known. Such a step that names no amount ("deposit it", "stake the ETH" after
 * swapping to ETH) acts on all of that output: kind `all` (the product's carried-reference rule).
 */
export function resolveAsset(step: Step, prev: Step | null): Step {
  if (prev === null || !CONSUMERS.has(step.primitive)) return step;
  const ticker = carryOf(prev)?.ticker ?? null;
  if (ticker === null || ticker === step.args.to_asset) return step;
  if (step.args.asset !== null && step.args.asset !== ticker) return step;
  const kind = step.args.amount_kind === 'none' ? 'all' : step.args.amount_kind;
  if (step.args.asset === ticker && kind === step.args.amount_kind) return step;
  return { primitive: step.primitive, args: { ...step.args, asset: ticker, amount_kind: kind } };
}

/** Moves a protocol or chain phrase to the front ("into aave, deposit 3 ETH"). */
function front(rng: Rng, segs: readonly Seg[]): Seg[] {
  const idx = segs.map((s, i) => [s, i] as const).filter(([s]) => s.role === 'proto' || s.role === 'chain');
  if (idx.length === 0) return segs.slice();
  const [seg, i] = rng.pick(idx);
  const rest = segs.filter((_, j) => j !== i);
  return [{ ...seg, text: `${seg.text},` }, ...rest];
}

function wrap(rng: Rng, split: Split, body: Seg[], prefix: string, question: boolean, allowSuffix: boolean): string {
  const filler = pickWrapper(rng, FILLERS, split).text;
  const suffix = allowSuffix ? pickWrapper(rng, SUFFIXES, split).text : '';
  let segs = [...freeSegs(filler), ...freeSegs(prefix), ...body, ...freeSegs(suffix)];
  if (rng.chance(0.12)) segs = addTypos(rng, segs);
  return finish(rng, joinSegs(segs), question);
}

/** One single-step request for a primitive. */
export function singlePositive(rng: Rng, split: Split, prim: Primitive): Positive {
  const r = rng.next();
  if (r < 0.03) return contrastive(rng, split, prim);
  const tpl = pickTemplate(rng, split, prim, () => true);
  if (tpl.terse) {
    const c = renderClause(rng, split, prim, tpl, { form: 'base', carry: null, pronouns: false, pProb: 1, cProb: 0.1 });
    const text = joinSegs(rng.chance(0.12) ? addTypos(rng, c.segs) : c.segs);
    return { text: rng.chance(0.7) ? text.toLowerCase() : text, steps: [{ primitive: prim, args: c.args }] };
  }
  // "{Pn}: deposit …" and "liquid stake …" read badly after "could you": only verb-first templates take a prefix.
  const verbFirst = tpl.t.startsWith('[');
  const polite = pickWrapper(rng, POLITE_PREFIXES, split, (w) => (w.text === '' || verbFirst) && canInflect(tpl, w.form ?? 'base'));
  const c = renderClause(rng, split, prim, tpl, { form: polite.form ?? 'base', carry: null, pronouns: false, pProb: 0.55, cProb: 0.2 });
  const body = polite.text === '' && rng.chance(0.12) ? front(rng, c.segs) : c.segs.slice();
  return { text: wrap(rng, split, body, polite.text, polite.question === true, true), steps: [{ primitive: prim, args: c.args }] };
}

/** "don't swap my ETH, just stake it" / "instead of swapping, deposit 2 ETH": only the un-negated action is gold. */
function contrastive(rng: Rng, split: Split, prim: Primitive): Positive {
  const other = rng.pick(PRIMITIVES.filter((p) => p !== prim));
  const inst = rng.chance(0.5);
  const notTpl = pickTemplate(rng, split, other, (t) => canInflect(t, inst ? 'ing' : 'base') && t.t.startsWith('['));
  const no = renderClause(rng, split, other, notTpl, { form: inst ? 'ing' : 'base', carry: null, pronouns: false, pProb: 0.3, cProb: 0 });
  const tpl = pickTemplate(rng, split, prim, (t) => !t.terse && t.t.startsWith('['));
  const yes = renderClause(rng, split, prim, tpl, { form: 'base', carry: null, pronouns: false, pProb: 0.5, cProb: 0.1 });
  const lead = inst ? freeSegs('instead of', 'order') : freeSegs(rng.pick(["don't", 'do not']), 'order');
  const mid = inst ? [] : freeSegs(rng.pick(['just', 'instead', 'only']), 'order');
  const noSegs = no.segs.slice();
  const last = noSegs.length - 1;
  noSegs[last] = { ...noSegs[last], text: `${noSegs[last].text},` };
  return { text: wrap(rng, split, [...lead, ...noSegs, ...mid, ...yes.segs], '', false, false), steps: [{ primitive: prim, args: yes.args }] };
}

/** An order connector over clauses {1}..{3} (execution order); `fwd`: text order equals execution order. */
export interface Connector extends Held {
  readonly t: string;
  readonly arity: 2 | 3;
  readonly fwd: boolean;
}

const K = (t: string, fwd: boolean, w = 1, held = false): Connector => ({ t, arity: t.includes('{3') ? 3 : 2, fwd, w, held });

/** Connectors. "B after A" and "before B, A" put the text out of execution order; the gold stays A, B. */
export const CONNECTORS: readonly Connector[] = [
  K('{1} then {2}', true, 5), K('{1}, then {2}', true, 4), K('{1} and then {2}', true, 4), K('{1}, and then {2}', true, 2),
  K('first {1}, then {2}', true, 3), K('first {1} and then {2}', true, 2), K('{1}. then {2}', true, 1), K('{1}; then {2}', true, 1),
  K('{1}, after that {2}', true, 1.5), K('{1}. after that, {2}', true, 1), K('{1}, followed by {2:ing}', true, 1.5),
  K('{1} followed by {2:ing}', true, 1), K('{1} and once that is done {2}', true, 1), K("once you've {1:pp}, {2}", true, 1.5),
  K('after you {1}, {2}', true, 1.5), K('after {1:ing}, {2}', true, 1.5), K('{2} after you {1}', false, 2),
  K('{2} after {1:ing}', false, 2), K('before {2:ing}, {1}', false, 1.5), K('before you {2}, {1}', false, 1.5),
  K('{1} before {2:ing}', true, 1.5), K('{1} before you {2}', true, 1), K('{1} and {2}', true, 1.5), K('{1}, and {2}', true, 0.5),
  K('{1}, then {2}, then {3}', true, 3), K('{1} then {2} then {3}', true, 2), K('first {1}, then {2}, and finally {3}', true, 2),
  K('{1}, {2}, and then {3}', true, 1.5), K('{1}, then {2}, and after that {3}', true, 1), K('after {1:ing}, {2} and then {3}', true, 1),
  K('{2}, but first {1}', false, 1, true), K('{2} but {1} first', false, 1, true), K('{1}. once that is done, {2}', true, 1, true),
  K('{1}, once done {2}', true, 1, true), K('{1} & then {2}', true, 1, true), K('{1} -> {2}', true, 1, true),
  K('{1}, afterwards {2}', true, 1, true), K('{1}, next {2}', true, 1, true), K('{2} once you have {1:pp}', false, 1, true),
  K('{1} and subsequently {2}', true, 1, true), K('first {1}, next {2}, and finally {3}', true, 1, true), K('{1}; {2}; then {3}', true, 1, true),
  // Nominalised steps ("a deposit of 2 ETH", "the swap of 2 ETH to DAI"), led by a sequence word.
  K('{1} followed by a {2:noun}', true, 1.5), K('{1}, followed by a {2:noun}', true, 0.7), K('{1}, then a {2:noun}', true, 0.7),
  K('once the {1:noun} is done, {2}', true, 1.2), K('once the {1:noun} goes through, {2}', true, 0.5), K('after the {1:noun}, {2}', true, 0.8),
  K('{2} once the {1:noun} is done', false, 0.8), K('{2} after the {1:noun}', false, 1, true), K('once the {1:noun} is complete, {2}', true, 1, true),
  K('{1} followed by a {2:noun}, then {3}', true, 0.5),
];

/** A 2–3 step request with order words; steps are gold in execution order. */
export function multiPositive(rng: Rng, split: Split, arity: 2 | 3): Positive {
  const chains = NATURAL_CHAINS.filter((c) => c.length === arity);
  const prims: Primitive[] = rng.chance(0.7) ? [...rng.pick(chains)] : rng.shuffle(PRIMITIVES).slice(0, arity);
  const conn = pickFor(rng, CONNECTORS.filter((k) => k.arity === arity), split);
  const forms = new Map<number, VerbForm>();
  for (const m of conn.t.matchAll(/\{(\d)(?::(\w+))?\}/g)) forms.set(Number(m[1]), (m[2] as VerbForm | undefined) ?? 'base');
  const clauses: Clause[] = [];
  const steps: Step[] = [];
  for (let i = 0; i < arity; i++) {
    const form = forms.get(i + 1) ?? 'base';
    const tpl = pickTemplate(rng, split, prims[i], (t) => !t.terse && t.t.startsWith('[') && canInflect(t, form));
    const prev = i > 0 ? steps[i - 1] : null;
    // Pronouns only when the text runs in execution order ("swap … then deposit it", not "deposit it after …").
    // A nominalised step names its own object ("a deposit of it" reads badly).
    const c = renderClause(rng, split, prims[i], tpl, { form, carry: prev ? carryOf(prev) : null, pronouns: conn.fwd && form !== 'noun', pProb: 0.45, cProb: 0.08 });
    clauses.push(c);
    steps.push(resolveAsset({ primitive: c.primitive, args: c.args }, prev));
  }
  // "on arbitrum, swap … then deposit …": a chain named before the first clause applies to every step.
  let lead: Seg[] = [];
  let plan: Step[] = steps;
  if (rng.chance(0.06)) {
    const ch = pickChain(rng, split);
    lead = [{ text: `${ch.phrase},`, role: 'chain' }];
    plan = steps.map((s) => (s.args.chain === null ? { primitive: s.primitive, args: { ...s.args, chain: ch.name } } : s));
  }
  const body: Seg[] = [...lead];
  for (const part of conn.t.split(/(\{\d(?::\w+)?\})/)) {
    const m = /^\{(\d)/.exec(part);
    if (m) {
      const segs = clauses[Number(m[1]) - 1].segs;
      // "followed by a {2:noun}" before "unstake of …" is "an unstake of …".
      const last = body.length - 1;
      if (last >= 0 && body[last].text === 'a' && /^[aeiou]/i.test(segs[0]?.text ?? '')) body[last] = { ...body[last], text: 'an' };
      body.push(...segs);
    } else body.push(...freeSegs(part.trim(), 'order'));
  }
  const verbFirst = lead.length === 0 && (conn.t.startsWith('{1}') || conn.t.startsWith('first'));
  const polite = verbFirst ? pickWrapper(rng, POLITE_PREFIXES, split, (w) => w.form === undefined) : { text: '', question: false };
  return { text: wrap(rng, split, body, polite.text, polite.question === true, true), steps: plan };
}
