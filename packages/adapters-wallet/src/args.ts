import { CHAINS, KNOWN_ASSETS } from './labels';
import { words } from './tokenize';

/** How the amount was given: a number of units, everything, half, a dollar value, or not at all. */
export type AmountKind = 'exact' | 'all' | 'half' | 'usd' | 'none';

/** Arguments of one wallet step; null when the prompt does not say (never guessed). */
export interface WalletArgs {
  /** Units of `asset` (or dollars when `amount_kind` is "usd"); null for all / half / none. */
  readonly amount: number | null;
  readonly amount_kind: AmountKind;
  /** Upper-case ticker as written ("usdc" → "USDC"). */
  readonly asset: string | null;
  /** A 0x address (lower-case), an ENS name ("vitalik.eth") or a contact name (lower-case). */
  readonly recipient: string | null;
  /** Lower-case chain when one is named ("mainnet" → "ethereum"). */
  readonly chain: string | null;
}

const ADDRESS = /\b0x[0-9a-fA-F]{40}\b/;
const ENS = /\b([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.eth)\b/i;
// "1,250.75", "0.5", ".5", "2k"; a "$" in front makes it a dollar amount.
const AMOUNT = /(^|[^\w.$])(\$\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(k)?(?![\w.])/i;
const SEND_VERBS = new Set(['send', 'pay', 'tip', 'give', 'transfer', 'wire', 'forward']);
const ALL_WORDS = new Set(['all', 'everything', 'max', 'entire', 'whole']);
const NOT_AN_ASSET = new Set(['to', 'of', 'for', 'from', 'on', 'in', 'into', 'and', 'the', 'my', 'a', 'an', 'usd', 'dollars', 'bucks', 'worth', 'k']);
const NOT_A_NAME = new Set(['my', 'the', 'a', 'an', 'me', 'this', 'that', 'him', 'her', 'them', 'it', 'address', 'wallet', 'account']);

function amountOf(prompt: string, w: readonly string[]): { amount: number | null; kind: AmountKind; after: string | null } {
  const m = AMOUNT.exec(prompt.replace(ADDRESS, ' '));
  if (m !== null) {
    const base = Number(m[3].replace(/,/g, ''));
    const amount = m[4] !== undefined ? base * 1000 : base;
    const rest = prompt.slice(m.index + m[0].length);
    const next = words(rest)[0] ?? null;
    const usd = m[2] !== undefined || next === 'usd' || next === 'dollars' || next === 'bucks';
    return { amount, kind: usd ? 'usd' : 'exact', after: next };
  }
  if (w.includes('half')) return { amount: null, kind: 'half', after: null };
  if (w.some((x) => ALL_WORDS.has(x))) return { amount: null, kind: 'all', after: null };
  return { amount: null, kind: 'none', after: null };
}

function assetOf(w: readonly string[], after: string | null, usd: boolean): string | null {
  // "$50 of ETH", "50 usd worth of eth": the asset follows "of"/"in"
  if (usd) {
    const i = w.findIndex((x, k) => (x === 'of' || x === 'in') && k + 1 < w.length && /^[a-z][a-z0-9]{1,9}$/.test(w[k + 1]));
    if (i >= 0 && !NOT_AN_ASSET.has(w[i + 1])) return w[i + 1].toUpperCase();
  } else if (after !== null && /^[a-z][a-z0-9]{1,9}$/.test(after) && !NOT_AN_ASSET.has(after) && !(after in CHAINS && !KNOWN_ASSETS.includes(after.toUpperCase()))) {
    return after.toUpperCase();
  }
  const known = w.find((x) => KNOWN_ASSETS.includes(x.toUpperCase()) && !isChainUse(w, x));
  return known === undefined ? null : known.toUpperCase();
}

// "on eth" names the chain, not the asset.
function isChainUse(w: readonly string[], x: string): boolean {
  const i = w.indexOf(x);
  return i > 0 && w[i - 1] === 'on';
}

function nameLike(x: string): boolean {
  return /^[a-z][a-z0-9_-]*$/.test(x) && !NOT_A_NAME.has(x) && !SEND_VERBS.has(x) && !(x in CHAINS) && !KNOWN_ASSETS.includes(x.toUpperCase()) && !ALL_WORDS.has(x) && x !== 'half';
}

function recipientOf(prompt: string, w: readonly string[]): string | null {
  const a = ADDRESS.exec(prompt);
  if (a !== null) return a[0].toLowerCase();
  const e = ENS.exec(prompt);
  if (e !== null) return e[1].toLowerCase();
  // the "to" after the send verb ("i'd like to send mom …" has an earlier one)
  const v = w.findIndex((x) => SEND_VERBS.has(x));
  const to = w.indexOf('to', v + 1);
  if (to >= 0) {
    // "to alice", "to my alice" (one filler word is skipped)
    const k = to + 1 < w.length && NOT_A_NAME.has(w[to + 1]) ? to + 2 : to + 1;
    return k < w.length && nameLike(w[k]) ? w[k] : null;
  }
  // "pay bob 20 dai", "send alice 5 usdc": a name right after the verb
  return v >= 0 && v + 1 < w.length && nameLike(w[v + 1]) && v + 2 < w.length && /^[\d$.]/.test(w[v + 2]) ? w[v + 1] : null;
}

function chainOf(w: readonly string[]): string | null {
  for (let k = 0; k + 1 < w.length; k++) if ((w[k] === 'on' || w[k] === 'via') && w[k + 1] in CHAINS) return CHAINS[w[k + 1]];
  return null;
}

/** Extract the step arguments from a prompt (pure; the same prompt always gives the same args). */
export function extractArgs(prompt: string): WalletArgs {
  const w = words(prompt);
  const { amount, kind, after } = amountOf(prompt, w);
  return {
    amount: kind === 'exact' || kind === 'usd' ? amount : null,
    amount_kind: kind,
    asset: assetOf(w, after, kind === 'usd'),
    recipient: recipientOf(prompt, w),
    chain: chainOf(w),
  };
}
