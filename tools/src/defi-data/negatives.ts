import { writeNumber, writeUsd } from './amounts';
import { canInflect, joinSegs, renderClause, type Seg } from './clause';
import type { VerbForm } from './morph';
import { NEG_TEMPLATES } from './negative-templates';
import { addTypos, FILLERS, finish, pickWrapper } from './noise';
import { pickFor, type Rng } from './rng';
import { pickChain, pickProtocol, pickTicker, renderAmountAsset, writeAsset } from './slots';
import { TEMPLATES } from './templates';
import { PRIMITIVES, type NegKind, type Split } from './types';

const GERUNDS = ['staking', 'lending', 'borrowing', 'swapping', 'restaking', 'yield farming', 'liquid staking', 'unstaking', 'depositing', 'providing collateral', 'claiming rewards', 'repaying a loan'];
const VERBS = ['deposit', 'withdraw', 'borrow', 'repay', 'swap', 'stake', 'unstake', 'claim', 'lend', 'supply', 'restake', 'harvest'];
const NAMES = ['alice', 'bob', 'jake', 'maria', 'chen', 'priya', 'tom', 'sara', 'omar', 'lucas'];
const CITIES = ['paris', 'tokyo', 'berlin', 'new york', 'lagos', 'sydney', 'lima', 'toronto'];
const BANKS = ['chase', 'wells fargo', 'barclays', 'hsbc', 'my bank', 'the credit union'];
const HEX = '0123456789abcdef';

function address(rng: Rng): string {
  const r = rng.next();
  if (r < 0.35) return `${rng.pick(NAMES)}.eth`;
  if (r < 0.4) return 'vitalik.eth';
  let h = '';
  for (let i = 0; i < 40; i++) h += HEX[rng.int(16)];
  return r < 0.75 ? `0x${h}` : `0x${h.slice(0, 4)}...${h.slice(-4)}`;
}

/** A request clause of a random primitive, for negative frames ("don't {CL}", "what if I {CL:past}"). */
function clauseSegs(rng: Rng, split: Split, form: VerbForm): Seg[] {
  const prim = rng.pick(PRIMITIVES);
  const tpl = pickFor(rng, TEMPLATES[prim].filter((t) => !t.terse && t.t.startsWith('[') && canInflect(t, form)), split);
  return renderClause(rng, split, prim, tpl, { form, carry: null, pronouns: false, pProb: 0.5, cProb: 0.1 }).segs.slice();
}

function fillSlot(rng: Rng, split: Split, slot: string, used: Map<string, string>): Seg[] {
  const [name, param] = slot.split(':');
  const arg = (text: string): Seg[] => [{ text, role: 'arg' }];
  switch (name) {
    case 'CL':
      return clauseSegs(rng, split, (param ?? 'base') as VerbForm);
    case 'A':
      return arg(renderAmountAsset(rng, split, 'swap_asset', 'full', null, false).text);
    case 'asset':
    case 'asset2': {
      const t = pickTicker(rng, 'any', [used.get('asset') ?? null]);
      used.set(name, t);
      return arg(writeAsset(rng, t, split));
    }
    case 'Pn':
    case 'Pn2': {
      let pr = pickProtocol(rng, 'any', split);
      while (name === 'Pn2' && pr.brand === used.get('Pn')) pr = pickProtocol(rng, 'any', split);
      used.set(name, pr.brand);
      return arg(pr.text);
    }
    case 'chain':
    case 'chain2': {
      let ch = pickChain(rng, split);
      while (name === 'chain2' && ch.name === used.get('chain')) ch = pickChain(rng, split);
      used.set(name, ch.name);
      return arg(ch.word);
    }
    case 'num':
      return arg(writeNumber(rng, 'token', false).text);
    case 'n':
      return arg(String(rng.range(2, 20)));
    case 'usd':
      return arg(writeUsd(rng).text);
    case 'Ving':
    case 'Ving2': {
      let g = rng.pick(GERUNDS);
      while (name === 'Ving2' && g === used.get('Ving')) g = rng.pick(GERUNDS);
      used.set(name, g);
      return arg(g);
    }
    case 'Vbase':
      return arg(rng.pick(VERBS));
    case 'addr':
      return arg(address(rng));
    case 'name':
      return arg(rng.pick(NAMES));
    case 'city':
      return arg(rng.pick(CITIES));
    case 'bank':
      return arg(rng.pick(BANKS));
    default:
      throw new Error(`unknown negative slot {${slot}}`);
  }
}

/** Fills a negative template into segments (clause slots keep their roles, so typos spare arguments). */
export function fillNegative(rng: Rng, split: Split, template: string): Seg[] {
  const out: Seg[] = [];
  const used = new Map<string, string>();
  for (const tok of template.split(' ')) {
    const m = /^(.*?)(\{[^}]+\}|\([^)]+\))(.*)$/.exec(tok);
    if (!m) {
      out.push({ text: tok, role: 'free' });
      continue;
    }
    const [, pre, core, post] = m;
    let segs: Seg[];
    if (core.startsWith('(')) segs = [{ text: rng.pick(core.slice(1, -1).split('|')).replace(/_/g, ' '), role: 'free' }];
    else segs = fillSlot(rng, split, core.slice(1, -1), used);
    if (segs.length === 0) continue;
    segs[0] = { ...segs[0], text: pre + segs[0].text };
    const last = segs.length - 1;
    segs[last] = { ...segs[last], text: segs[last].text + post };
    out.push(...segs);
  }
  return out;
}

const ROWS = ['asdf', 'qwerty', 'zxcv', 'hjkl', 'uiop', 'asdfgh', 'fdsa', 'jkl', 'wasd', 'zxcvbn'];
const LOREM = ['lorem ipsum', 'lorem ipsum dolor sit amet', 'dolor sit amet', 'ipsum lorem dolor'];
const SALAD = ['blue', 'the', 'zebra', 'banana', 'quantum', 'purple', 'seven', 'window', 'cloud', 'river', 'jazz', 'potato', 'of', 'and', 'green', 'moon', 'lamp', 'tuesday', 'eth', 'usdc', 'aave', 'lido', 'arbitrum', 'dai', 'gas', 'pool', 'yield', 'vault', 'token', 'banana', 'chair', 'seventeen'];
const SYMBOLS = ['???', '...', '!!!', '#$%^&', '@@@', '---', '?!?!', ':)', '^^', '***'];

function mash(rng: Rng, len: number): string {
  let w = '';
  for (let i = 0; i < len; i++) w += String.fromCharCode(97 + rng.int(26));
  return w;
}

/** Gibberish: key mashes, keyboard rows, lorem ipsum, symbols, bare addresses, word salad without a verb, reversed requests. */
export function gibberish(rng: Rng, split: Split): string {
  const r = rng.next();
  const words = (n: number, f: () => string): string => Array.from({ length: n }, f).join(' ');
  if (r < 0.28) return words(rng.range(1, 4), () => mash(rng, rng.range(3, 9)));
  if (r < 0.42) return words(rng.range(1, 3), () => rng.pick(ROWS));
  if (r < 0.48) return rng.pick(LOREM);
  if (r < 0.56) return rng.chance(0.5) ? rng.pick(SYMBOLS) : `${rng.pick(['a', 'h', 'z', 'o', 'x'])}${rng.pick(['a', 'm', 'z', 'o', 'x']).repeat(rng.range(3, 9))}`;
  if (r < 0.63) return words(rng.range(1, 4), () => String(rng.range(1, 99999)));
  if (r < 0.68) return address(rng);
  if (r < 0.88) return words(rng.range(3, 7), () => rng.pick(SALAD));
  if (split === 'dev' && r < 0.92) return words(rng.range(2, 4), () => rng.pick(['qwertyuiop', 'aoeu', 'htns', 'mnbvcxz', 'poiuy']));
  return joinSegs(clauseSegs(rng, split, 'base')).split('').reverse().join('');
}

/** One negative prompt of a kind (text only; label and empty plan are added by the caller). */
export function negativeText(rng: Rng, split: Split, kind: NegKind): string {
  if (kind === 'gibberish') {
    const g = gibberish(rng, split);
    return rng.chance(0.1) ? g.toUpperCase() : g;
  }
  const tpl = pickFor(rng, NEG_TEMPLATES[kind], split);
  let segs = fillNegative(rng, split, tpl.t);
  if (kind !== 'chitchat' && rng.chance(0.1)) {
    const filler = pickWrapper(rng, FILLERS, split, (w) => !w.text.endsWith('.') && !w.text.endsWith(':')).text;
    if (filler) segs = [{ text: `${filler}${filler.endsWith(',') ? '' : ','}`, role: 'free' }, ...segs];
  }
  if (rng.chance(0.1)) segs = addTypos(rng, segs);
  return finish(rng, joinSegs(segs), /\?$/.test(tpl.t));
}
