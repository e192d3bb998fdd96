import type { DefiPrimitive } from '../labels';
import { CHAIN_NAMES, KNOWN_TICKERS, NOT_A_VENUE, PROTOCOL_NAMES, TICKER_ALSO_VENUE, VENUE_SUFFIXES, ASSET_NAMES } from '../lexicon';
import { tokenizeDefi, type DefiToken } from '../tokenize';
import { findAmount } from './amount';
import { readSpelledNumber } from './number-words';
import { matchPhrase } from './phrases';
import type { AmountIssue, StepArgs } from './types';

/** Arguments of one clause plus what the planner needs to know about them. */
export interface ClauseArgs {
  readonly args: StepArgs;
  /** The amount could not be represented ("a third of"): abstain rather than guess. */
  readonly issue: AmountIssue;
  /** The clause points back at the previous step's output ("it", "them", "the proceeds"). */
  readonly anaphor: boolean;
}

const BUY_WORDS: ReadonlySet<string> = new Set(['buy', 'buying', 'bought', 'purchase', 'purchasing', 'get', 'grab']);

type Role = 'free' | 'target' | 'collateral' | 'with' | 'source';

interface AssetMention {
  readonly index: number;
  readonly ticker: string;
  readonly role: Role;
}

const VENUE_PREPS: ReadonlySet<string> = new Set(['on', 'with', 'via', 'at', 'into', 'in', 'from', 'using', 'through', 'onto', 'thru']);
const CHAIN_PREPS: ReadonlySet<string> = new Set(['on', 'in', 'via', 'over', 'across', 'using', 'through', 'onto']);
// Chain names that are also ordinary words or tickers need "on …" before them.
const AMBIGUOUS_CHAINS: ReadonlySet<string> = new Set(['ethereum', 'base', 'polygon', 'arb', 'avax', 'matic', 'op', 'scroll', 'blast', 'mantle', 'solana', 'celo', 'l1']);
// Chain names that are also tickers: a chain only after "on/via/over/across" ("$500 in matic" is the token).
const TICKER_CHAINS: ReadonlySet<string> = new Set(['arb', 'avax', 'matic', 'op', 'ethereum', 'solana', 'polygon']);
const STRICT_CHAIN_PREPS: ReadonlySet<string> = new Set(['on', 'via', 'over', 'across', 'onto']);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['when', 'where', 'while', 'as', 'by', 'can', 'could', 'would', 'you', 'so', 'right', 'just', 'real', 'quick', 'less', 'other', 'another', 'if', 'because', 'since', 'than', 'then', 'too', 'also', 'very', 'really', 'like', 'lol', 'pls', 'plz', 'please', 'asap', 'now', 'today', 'tonight', 'tomorrow', 'soon', 'using', 'instead', 'only', 'ok', 'okay', 'worth', 'each', 'per', 'times', 'x', 'via', 'minimize', 'minimise', 'normal', 'standard', 'low', 'high', 'use', 'with', 'without']);
const NOT_TICKER_CAPS: ReadonlySet<string> = new Set(['I', 'A', 'HF', 'LTV', 'USD', 'OK', 'ASAP', 'NFT', 'DEX', 'APY', 'APR', 'TVL', 'DAO', 'L1', 'L2', 'ETA', 'PLS', 'PLZ', 'ID', 'TX', 'AM', 'PM', 'ME', 'MY', 'IT', 'TO', 'ON', 'IN', 'OF', 'AND', 'THE', 'ALL', 'MAX', 'NOW', 'FOR', 'CEX', 'LP', 'AMM', 'ETF', 'TVL', 'DO', 'NOT', 'DONT', 'NO', 'PLEASE']);
const ANAPHORS: ReadonlySet<string> = new Set(['it', 'them', 'that', 'those', 'proceeds', 'output']);

/** Extract typed step arguments for `primitive` from a single-step text (DESIGN §4). */
export function extractArgs(text: string, primitive: DefiPrimitive): StepArgs {
  const tokens = tokenizeDefi(text);
  return extractClauseArgs(tokens, 0, tokens.length, primitive, () => false).args;
}

/** Extract arguments from tokens[s, e); `isCue(i)` marks action-verb tokens so they are never read as venues. */
export function extractClauseArgs(
  tokens: readonly DefiToken[],
  s: number,
  e: number,
  primitive: DefiPrimitive,
  isCue: (i: number) => boolean,
): ClauseArgs {
  const claimed = new Uint8Array(tokens.length);
  const chain = findChain(tokens, s, e, claimed);
  const amount = findAmount(tokens, s, e);
  const protocol = findProtocol(tokens, s, e, claimed, isCue, primitive);
  const mentions = findAssets(tokens, s, e, claimed, amount.after, isCue, mostlyCaps(tokens));
  const { asset, toAsset } = assignAssets(tokens, s, e, primitive, mentions, amount.after);
  const sized = new Set(mentions.filter((m) => isSized(tokens, m.index, s) && m.role !== 'collateral' && m.role !== 'target').map((m) => m.ticker));
  const issue = amount.issue ?? (sized.size >= 2 ? 'several_assets' : null);
  let anaphor = false;
  for (let i = s; i < e && !anaphor; i += 1) anaphor = ANAPHORS.has(tokens[i].norm);
  return {
    args: { amount: amount.amount, amount_kind: amount.kind, asset, to_asset: toAsset, protocol, chain },
    issue,
    anaphor,
  };
}

function findChain(tokens: readonly DefiToken[], s: number, e: number, claimed: Uint8Array): string | null {
  for (let i = s; i < e; i += 1) {
    const m = matchPhrase(tokens, i, e, CHAIN_NAMES);
    if (m === null) continue;
    const first = tokens[i].norm;
    let p = i - 1;
    if (tokens[p]?.norm === 'the') p -= 1;
    const hasPrep = p >= s && CHAIN_PREPS.has(tokens[p].norm);
    if (m.len === 1 && AMBIGUOUS_CHAINS.has(first) && !hasPrep) continue;
    if (m.len === 1 && TICKER_CHAINS.has(first) && !(p >= s && STRICT_CHAIN_PREPS.has(tokens[p].norm))) continue;
    for (let k = 0; k < m.len; k += 1) claimed[i + k] = 1;
    if (tokens[i + m.len]?.norm === 'network' || tokens[i + m.len]?.norm === 'chain') claimed[i + m.len] = 1;
    return m.value;
  }
  return null;
}

const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['account', 'position', 'vault', 'pool', 'market', 'markets', 'v2', 'v3', 'v4', 'protocol', 'lending', ':']);
const DEBT_WORDS: ReadonlySet<string> = new Set(['debt', 'loan', 'borrow', 'collateral']);
const ASSET_BEFORE: ReadonlySet<string> = new Set(['my', 'of', 'all', 'max', 'half', 'some', 'more', 'entire', 'whole', '$', 'your', 'our']);
const REWARD_AFTER: ReadonlySet<string> = new Set(['rewards', 'reward', 'yield', 'emissions', 'incentives', 'tokens', 'token', 'airdrop', 'points']);
const PAID_TYPOS: ReadonlySet<string> = new Set(['wth', 'wiht', 'wigh', 'wit', 'whit']);

/** A brand that is also a ticker ("aave", "frax", "gmx") names the venue after a venue preposition or before "account". */
function isVenueUse(tokens: readonly DefiToken[], i: number, s: number, primitive: DefiPrimitive): boolean {
  const next = tokens[i + 1]?.norm ?? '';
  if (ACCOUNT_WORDS.has(next) || withinOneEditOf(next, 'account')) return true;
  // "my aave debt" names the venue; "my FRAX loan" (typed as a ticker) the token.
  if (DEBT_WORDS.has(next) && tokens[i].norm === 'aave' && tokens[i - 1]?.kind !== 'number' && tokens[i].raw !== tokens[i].raw.toUpperCase()) return true;
  let p = i - 1;
  if (p >= s && tokens[p].norm === 'the') p -= 1;
  if (p < s) return false;
  const w = tokens[p].norm;
  if (primitive === 'swap_asset' && (w === 'into' || w === 'to' || w === 'for' || w === 'with' || w === 'using' || PAID_TYPOS.has(w))) return false;
  // "$750 in AAVE", "5 of my GMX": after an amount the word is the token.
  if ((w === 'in' || w === 'of') && (tokens[p - 1]?.kind === 'number' || readSpelledNumber(tokens, p - 1) !== null)) return false;
  if (readSpelledNumber(tokens, p) !== null) return false;
  if (w === 'of') return tokens[p - 1]?.norm === 'out';
  if (VENUE_PREPS.has(w) || w === 'to') return true;
  if (tokens[p].kind === 'number' || ASSET_BEFORE.has(w) || REWARD_AFTER.has(next)) return false;
  // Bare brand ("harvest aave", "repay ether aave", "supply aave with my weth"): a venue when another token is named.
  if (primitive === 'claim_rewards') return true;
  if (primitive === 'swap_asset') return false;
  for (let j = s; j < tokens.length && j < i + 8; j += 1) if (j !== i && (KNOWN_TICKERS.has(tokens[j].norm) || matchPhrase(tokens, j, tokens.length, ASSET_NAMES) !== null) && !TICKER_ALSO_VENUE.has(tokens[j].norm)) return true;
  return false;
}

function withinOneEditOf(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a.length < 5) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

function mostlyCaps(tokens: readonly DefiToken[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.raw.length < 2) continue;
    words += 1;
    if (t.raw === t.raw.toUpperCase()) caps += 1;
  }
  return words > 0 && caps / words > 0.5;
}

function findProtocol(tokens: readonly DefiToken[], s: number, e: number, claimed: Uint8Array, isCue: (i: number) => boolean, primitive: DefiPrimitive): string | null {
  for (let i = s; i < e; i += 1) {
    if (claimed[i] === 1) continue;
    const m = matchPhrase(tokens, i, e, PROTOCOL_NAMES);
    if (m === null) continue;
    if (m.len === 1 && TICKER_ALSO_VENUE.has(tokens[i].norm) && !isVenueUse(tokens, i, s, primitive)) continue;
    for (let k = 0; k < m.len; k += 1) claimed[i + k] = 1;
    claimVersion(tokens, i + m.len, e, claimed);
    return m.value;
  }
  // A venue outside the built-in list: "on silo", "with stakewise", "via foo finance".
  for (let i = s; i < e - 1; i += 1) {
    if (!VENUE_PREPS.has(tokens[i].norm)) continue;
    let j = i + 1;
    if (tokens[j].norm === 'the') j += 1;
    if (j >= e) continue;
    const t = tokens[j];
    if (t.kind !== 'word' || claimed[j] === 1 || isCue(j) || NOT_A_VENUE.has(t.norm) || VENUE_SUFFIXES.has(t.norm)) continue;
    if (KNOWN_TICKERS.has(t.norm) || matchPhrase(tokens, j, e, ASSET_NAMES) !== null || matchPhrase(tokens, j, e, CHAIN_NAMES) !== null) continue;
    if (FUNCTION_WORDS.has(t.norm)) continue;
    if (readSpelledNumber(tokens, j) !== null || /^v\d+$/.test(t.norm)) continue;
    // "in stakig": a typo'd staking word is not a venue.
    if (withinOneEditOf(t.norm, 'staking')) continue;
    claimed[j] = 1;
    let k = j + 1;
    while (k < e && VENUE_SUFFIXES.has(tokens[k].norm)) claimed[k++] = 1;
    claimVersion(tokens, k, e, claimed);
    return t.norm;
  }
  return null;
}

function claimVersion(tokens: readonly DefiToken[], i: number, e: number, claimed: Uint8Array): void {
  if (i >= e) return;
  const w = tokens[i].norm;
  if (/^v\d+$/.test(w) || w === 'ii' || w === 'iii' || (w === 'v' && tokens[i + 1]?.kind === 'number')) {
    claimed[i] = 1;
    if (w === 'v') claimed[i + 1] = 1;
  } else if (tokens[i].kind === 'number' && Number.isInteger(tokens[i].value) && tokens[i].value <= 4 && tokens[i + 1]?.kind !== 'word') {
    claimed[i] = 1;
  }
}

/** In "buy/get Y with/for/using X", X is what is paid: the nearest marker word before the mention. */
function paidMarker(tokens: readonly DefiToken[], i: number, s: number): boolean {
  for (let p = i - 1, hops = 0; p >= s && hops < 6; p -= 1, hops += 1) {
    const w = tokens[p].norm;
    if (w === 'with' || w === 'using' || w === 'for' || w === 'from' || PAID_TYPOS.has(w)) return true;
    if (tokens[p].kind === 'number' || SKIP_IN_ROLE.has(w) || readSpelledNumber(tokens, p) !== null) continue;
    return false;
  }
  return false;
}

const SKIP_IN_ROLE: ReadonlySet<string> = new Set(['my', 'the', 'some', 'of', 'all', 'worth', '$', 'more', 'half', 'usd', 'dollars', 'our', 'in', 'entire', 'whole', 'every', 'last', 'a', 'bit', 'few']);

/** A mention with its own amount right before it ("5 ETH", "$100 of USDC", "half my DAI"). */
function isSized(tokens: readonly DefiToken[], i: number, s: number): boolean {
  for (let p = i - 1, hops = 0; p >= s && hops < 4; p -= 1, hops += 1) {
    const t = tokens[p];
    if (t.kind === 'number' || t.norm === 'half' || t.norm === 'all' || t.norm === 'max') return true;
    if (t.norm === 'of' || t.norm === 'my' || t.norm === 'the' || t.norm === 'worth' || t.norm === 'usd' || t.norm === 'dollars' || t.norm === 'more') continue;
    return false;
  }
  return false;
}

function roleOf(tokens: readonly DefiToken[], i: number, s: number, len = 1): Role {
  if (tokens[i + len]?.norm === 'as' && tokens[i + len + 1]?.norm?.startsWith('colla')) return 'collateral';
  for (let p = i - 1, hops = 0; p >= s && hops < 4; p -= 1, hops += 1) {
    const w = tokens[p].norm;
    if (w === 'to' || w === 'for' || w === 'into' || w === '->' || w === 'receive' || w === 'get') return 'target';
    if (w === 'against' || w === 'collateral' || w === 'backed') return 'collateral';
    if (w === 'with' || w === 'using') return 'with';
    if (w === 'from') return 'source';
    if (tokens[p].kind === 'number' || SKIP_IN_ROLE.has(w) || readSpelledNumber(tokens, p) !== null) continue;
    return 'free';
  }
  return 'free';
}

function findAssets(tokens: readonly DefiToken[], s: number, e: number, claimed: Uint8Array, afterAmount: number, isCue: (i: number) => boolean, shouting: boolean): AssetMention[] {
  const out: AssetMention[] = [];
  let unknownAfterAmount: AssetMention | null = null;
  for (let i = s; i < e; i += 1) {
    if (claimed[i] === 1 || tokens[i].kind !== 'word') continue;
    const named = matchPhrase(tokens, i, e, ASSET_NAMES);
    if (named !== null) {
      out.push({ index: i, ticker: named.value, role: roleOf(tokens, i, s, named.len) });
      i += named.len - 1;
      continue;
    }
    const t = tokens[i];
    const caps = !shouting && /^[A-Z][A-Z0-9]{1,6}$/.test(t.raw) && !NOT_TICKER_CAPS.has(t.raw);
    const afterAmt = i === afterAmount && !NOT_A_VENUE.has(t.norm) && !FUNCTION_WORDS.has(t.norm) && !isCue(i) && readSpelledNumber(tokens, i) === null && t.norm.length <= 8 && !t.norm.endsWith('ing');
    // An action verb is never the asset, even when it spells a ticker ("ape 2 eth into aave": APE).
    if ((KNOWN_TICKERS.has(t.norm) && !isCue(i)) || (caps && !isCue(i))) {
      out.push({ index: i, ticker: t.norm.toUpperCase(), role: roleOf(tokens, i, s) });
    } else if (afterAmt) {
      unknownAfterAmount = { index: i, ticker: t.norm.toUpperCase(), role: roleOf(tokens, i, s) };
    }
  }
  // A word right after the amount is a ticker we do not know ("50 FOO") only when no known token is named.
  if (out.length === 0 && unknownAfterAmount !== null) out.push(unknownAfterAmount);
  return out;
}

function assignAssets(
  tokens: readonly DefiToken[],
  s: number,
  e: number,
  primitive: DefiPrimitive,
  mentions: readonly AssetMention[],
  afterAmount: number,
): { asset: string | null; toAsset: string | null } {
  if (mentions.length === 0) return { asset: null, toAsset: null };
  const atAmount = mentions.find((m) => m.index === afterAmount);
  if (primitive !== 'swap_asset') {
    const usable = (m: AssetMention): boolean => m.role !== 'collateral' || primitive === 'deposit_asset';
    const pick =
      (atAmount !== undefined && usable(atAmount) ? atAmount : undefined) ??
      mentions.find((m) => usable(m) && (m.role === 'free' || m.role === 'source')) ??
      mentions.find(usable) ??
      null;
    return { asset: pick?.ticker ?? null, toAsset: null };
  }
  let buying = false;
  for (let i = s; i < e; i += 1) if (BUY_WORDS.has(tokens[i].norm)) buying = true;
  if (buying) {
    // "buy ETH with USDC" / "buy ETH for 500 USDC": what is paid is the asset, what is bought the to_asset.
    const paid = mentions.find((m) => paidMarker(tokens, m.index, s)) ?? null;
    const bought = mentions.find((m) => m !== paid) ?? null;
    return { asset: paid?.ticker ?? null, toAsset: bought?.ticker ?? null };
  }
  const target = mentions.find((m) => m.role === 'target' && m !== atAmount) ?? null;
  const source = atAmount ?? mentions.find((m) => m !== target && m.role !== 'target') ?? null;
  let toAsset = target?.ticker ?? null;
  if (toAsset === null && source !== null) toAsset = mentions.find((m) => m !== source && m.index > source.index)?.ticker ?? null;
  return { asset: source?.ticker ?? null, toAsset };
}
