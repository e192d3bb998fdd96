import { inflect, type VerbForm } from './morph';
import type { Rng } from './rng';
import { pickChain, pickProtocol, pickTicker, renderAmountAsset, renderDebt, renderRewards, writeAsset, type AmountMode, type Carry } from './slots';
import type { Template } from './templates';
import { EMPTY_ARGS, type Primitive, type Split, type StepArgs } from './types';

/** Role of a text segment: free words may get typos; args, protocol and chain phrases are kept intact. */
export type Role = 'free' | 'verb' | 'arg' | 'proto' | 'chain' | 'order';

/** A piece of prompt text with its role. */
export interface Seg {
  readonly text: string;
  readonly role: Role;
}

/** A rendered clause: its segments and the gold step it denotes. */
export interface Clause {
  readonly primitive: Primitive;
  readonly segs: readonly Seg[];
  readonly args: StepArgs;
}

/** How a clause is rendered. */
export interface ClauseOptions {
  readonly form: VerbForm;
  /** Output of the previous step (execution order), or null: a swap target never repeats it. */
  readonly carry: Carry | null;
  /** The clause may refer to `carry` by pronoun or leave its object out ("deposit it", "then deposit into aave"). */
  readonly pronouns: boolean;
  /** Probability that an optional protocol / chain phrase is present. */
  readonly pProb: number;
  readonly cProb: number;
}

/** True when a template can be put in the given verb form (terse and head-less templates are base-only). */
export function canInflect(tpl: Template, form: VerbForm): boolean {
  if (form === 'noun') return !tpl.terse && hasNominal(tpl);
  return form === 'base' || (!tpl.terse && tpl.t.includes('['));
}

/** Verbs with an action noun the reader knows ("a deposit of", "the withdrawal of", "a repayment of"). */
const NOMINALS: Readonly<Record<string, string>> = {
  deposit: 'deposit', supply: 'supply', withdraw: 'withdrawal', borrow: 'borrow', repay: 'repayment', swap: 'swap', trade: 'trade',
  exchange: 'exchange', stake: 'stake', restake: 'restake', unstake: 'unstake', claim: 'claim',
};

/** A template whose head verb has an action noun and is followed straight by its object: "[swap] {A} to {T}". */
function hasNominal(tpl: Template): boolean {
  const m = /^\[(\w+)\] \{(A|RW)[:}]/.exec(tpl.t);
  return m !== null && NOMINALS[m[1]] !== undefined;
}

/** "swap" → "swap of", "withdraw" → "withdrawal of": the nominalised head of a clause ("followed by a swap of 2 ETH"). */
function nominal(verb: string): string {
  return `${NOMINALS[verb.toLowerCase()] ?? verb} of`;
}

// Slots are filled in this order so that `{T}` and `{X}` can avoid the asset `{A}` chose.
const PRIORITY = (tok: string): number => (tok.startsWith('{A') || tok.startsWith('{L') || tok.startsWith('{RW') ? 0 : 1);

/** Renders a template into segments and gold args. */
export function renderClause(rng: Rng, split: Split, prim: Primitive, tpl: Template, opt: ClauseOptions): Clause {
  const tokens = tpl.t.split(' ');
  const out: (Seg | null)[] = tokens.map(() => null);
  const args: { -readonly [K in keyof StepArgs]: StepArgs[K] } = { ...EMPTY_ARGS };
  const order = tokens.map((tok, i) => [tok, i] as const).sort((a, b) => PRIORITY(a[0]) - PRIORITY(b[0]) || a[1] - b[1]);
  for (const [tok, i] of order) {
    // A slot may carry trailing punctuation ("{Pn}: deposit …").
    const m = /^([[{].*[\]}])([,:;.])$/.exec(tok);
    const seg = renderToken(rng, split, prim, tpl, m ? m[1] : tok, opt, args);
    out[i] = m && seg ? { ...seg, text: seg.text + m[2] } : seg;
  }
  const segs = out.filter((s): s is Seg => s !== null && s.text !== '');
  return { primitive: prim, segs: pronounBeforeParticle(segs), args };
}

function renderToken(
  rng: Rng,
  split: Split,
  prim: Primitive,
  tpl: Template,
  tok: string,
  opt: ClauseOptions,
  args: { -readonly [K in keyof StepArgs]: StepArgs[K] },
): Seg | null {
  if (tok.startsWith('[') && tok.endsWith(']')) {
    // "[chuck|shove|sink]": one of several verb heads.
    const heads = tok.slice(1, -1).split('|');
    const head = heads.length > 1 ? rng.pick(heads) : heads[0];
    return { text: opt.form === 'noun' ? nominal(head) : inflect(head, opt.form), role: 'verb' };
  }
  if (tok.startsWith('(') && tok.endsWith(')')) return { text: rng.pick(tok.slice(1, -1).split('|')).replace(/_/g, ' '), role: 'free' };
  if (!tok.startsWith('{')) return { text: tok.replace(/_/g, ' '), role: 'free' };
  const [name, param = ''] = tok.slice(1, -1).split(':');
  switch (name) {
    case 'A': {
      const carry = opt.pronouns ? opt.carry : null;
      const v = renderAmountAsset(rng, split, prim, (param || 'full') as AmountMode, carry, tpl.omit === true && carry !== null);
      args.amount = v.amount ?? null;
      args.amount_kind = v.amount_kind ?? 'none';
      args.asset = v.asset ?? null;
      return { text: v.text, role: 'arg' };
    }
    case 'L':
    case 'RW': {
      const v = name === 'L' ? renderDebt(rng, split, opt.pronouns ? opt.carry : null) : renderRewards(rng, split, param.split('/').map((n) => n.replace(/_/g, ' ')));
      args.amount = v.amount ?? null;
      args.amount_kind = v.amount_kind ?? 'none';
      args.asset = v.asset ?? null;
      return { text: v.text, role: 'arg' };
    }
    case 'T': {
      const ticker = pickTicker(rng, 'swap_asset', [args.asset, opt.carry?.ticker ?? null]);
      args.to_asset = ticker;
      return { text: writeAsset(rng, ticker, split), role: 'arg' };
    }
    case 'X':
      return { text: writeAsset(rng, pickTicker(rng, 'deposit_asset', [args.asset]), split), role: 'arg' };
    case 'P':
    case 'P!': {
      if (name === 'P' && !rng.chance(opt.pProb)) return null;
      const pr = pickProtocol(rng, prim, split);
      args.protocol = pr.brand;
      return { text: `${rng.pick(param.split('/')).replace(/_/g, ' ')} ${pr.text}`, role: 'proto' };
    }
    case 'Pn': {
      // "claim aave rewards" / "harvest gmx": a bare brand that is also a ticker would be ambiguous.
      // `{Pn:liquid}`: a staking-only venue ("park 5 eth in lido").
      const pr = pickProtocol(rng, param === 'liquid' ? 'liquid_staking' : prim, split, prim === 'claim_rewards');
      args.protocol = pr.brand;
      return { text: pr.text, role: 'arg' };
    }
    case 'C': {
      if (!rng.chance(opt.cProb)) return null;
      const ch = pickChain(rng, split);
      args.chain = ch.name;
      return { text: ch.phrase, role: 'chain' };
    }
    default:
      throw new Error(`unknown template slot ${tok}`);
  }
}

const PARTICLES = new Set(['out', 'up', 'back', 'down', 'off', 'in']);

/** "lock up it" → "lock it up": a bare pronoun object goes before the particle of a phrasal verb. */
function pronounBeforeParticle(segs: Seg[]): Seg[] {
  const out = segs.slice();
  for (let i = 1; i < out.length; i++) {
    if (out[i].role === 'arg' && /^(it|them|that)$/.test(out[i].text) && out[i - 1].role === 'free' && PARTICLES.has(out[i - 1].text)) {
      const particle = out[i - 1];
      out[i - 1] = out[i];
      out[i] = particle;
    }
  }
  return out;
}

/** Joins segments into text, tidying the space before punctuation. */
export function joinSegs(segs: readonly Seg[]): string {
  return segs
    .map((s) => s.text)
    .join(' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
