import type { WalletArgs } from './args';
import { div, gt, over, ratioOf, show, type Ratio } from './exact';
import { WALLET_REQUIRED_ARGS, isWalletPrimitive, type WalletArgName, type WalletPrimitive } from './labels';

/** One plan step. */
export interface WalletStep {
  readonly primitive: WalletPrimitive;
  readonly args: WalletArgs;
}

/** Why a plan was refused (the first failing check). */
export type WalletBlockReason =
  | 'unknown_primitive'
  | 'missing_argument'
  | 'missing_context'
  | 'invalid_context'
  | 'invalid_policy'
  | 'unknown_recipient'
  | 'insufficient_balance'
  | 'limit_exceeded';

/** One check as it appears in a result. */
export interface WalletCheck {
  readonly name: 'primitive' | 'args' | 'recipient' | 'funds' | 'limit' | 'read_only';
  readonly ok: boolean;
  readonly value: string | null;
  readonly limit: string | null;
  readonly step: number;
}

/** The verifier's answer: ok only when every check of every step passed. */
export interface WalletVerdict {
  readonly ok: boolean;
  readonly reason: 'verified' | WalletBlockReason;
  readonly checks: readonly WalletCheck[];
}

const ADDRESS = /^0x[0-9a-f]{40}$/i;
const ENS = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.eth$/;

type Book = Readonly<Record<string, unknown>>;

function isBook(x: unknown): x is Book {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A section of the context/policy: 'absent', 'invalid' (present but not an object) or the object. */
function section(root: unknown, key: string): Book | 'absent' | 'invalid' {
  if (root === undefined || root === null) return 'absent';
  if (!isBook(root)) return 'invalid';
  const v = root[key];
  if (v === undefined) return 'absent';
  return isBook(v) ? v : 'invalid';
}

/** A ticker's entry in a book of non-negative numbers, read case-insensitively; null when malformed. */
function entry(book: Book, ticker: string): Ratio | 'absent' | null {
  const hits = Object.keys(book).filter((k) => k.toUpperCase() === ticker);
  if (hits.length === 0) return 'absent';
  if (hits.length > 1) return null; // "eth" and "ETH" both given: ambiguous, refuse
  return ratioOf(book[hits[0]]);
}

class Blocked {
  constructor(readonly reason: WalletBlockReason) {}
}

/**
 * Verify a plan against the wallet context (`{ balances, prices?, contacts? }`) and policy
 * (`{ max_send?: { TICKER: units } }`), fail closed: a needed section that is absent blocks with
 * `missing_context`, a malformed one with `invalid_context` / `invalid_policy`; first failure wins.
 */
export function verifyPlan(steps: readonly WalletStep[], context?: unknown, policy?: unknown, required: Readonly<Record<string, readonly WalletArgName[]>> = WALLET_REQUIRED_ARGS): WalletVerdict {
  const checks: WalletCheck[] = [];
  if (steps.length === 0) return { ok: false, reason: 'unknown_primitive', checks };
  try {
    steps.forEach((s, i) => verifyStep(s, i, context, policy, required, checks));
  } catch (e) {
    if (e instanceof Blocked) return { ok: false, reason: e.reason, checks };
    // an unexpected error is never a pass
    return { ok: false, reason: 'invalid_context', checks };
  }
  return { ok: true, reason: 'verified', checks };
}

function verifyStep(s: WalletStep, i: number, context: unknown, policy: unknown, required: Readonly<Record<string, readonly WalletArgName[]>>, checks: WalletCheck[]): void {
  const fail = (c: Omit<WalletCheck, 'ok' | 'step'>, reason: WalletBlockReason): never => {
    checks.push({ ...c, ok: false, step: i });
    throw new Blocked(reason);
  };
  const pass = (c: Omit<WalletCheck, 'ok' | 'step'>) => checks.push({ ...c, ok: true, step: i });
  const known = typeof s.primitive === 'string' && isWalletPrimitive(s.primitive);
  if (!known) fail({ name: 'primitive', value: String(s.primitive), limit: null }, 'unknown_primitive');
  pass({ name: 'primitive', value: s.primitive, limit: null });
  const a = s.args;
  const missing = (required[s.primitive] ?? []).filter((k) => (k === 'amount' ? a.amount_kind === 'none' || ((a.amount_kind === 'exact' || a.amount_kind === 'usd') && a.amount === null) : a[k] === null));
  if (missing.length > 0) fail({ name: 'args', value: missing.join(','), limit: null }, 'missing_argument');
  pass({ name: 'args', value: null, limit: null });
  if (s.primitive !== 'send_asset') {
    pass({ name: 'read_only', value: s.primitive, limit: null });
    return;
  }
  checkRecipient(a.recipient as string, context, pass, fail);
  const units = sendUnits(a, context, fail);
  if (units === 'empty') fail({ name: 'funds', value: '0', limit: '0' }, 'insufficient_balance');
  const { amount, balance } = units as { amount: Ratio; balance: Ratio };
  if (gt(amount, balance)) fail({ name: 'funds', value: show(amount), limit: show(balance) }, 'insufficient_balance');
  pass({ name: 'funds', value: show(amount), limit: show(balance) });
  const limits = section(policy, 'max_send');
  if (limits === 'invalid') fail({ name: 'limit', value: 'max_send', limit: null }, 'invalid_policy');
  if (limits === 'absent') return;
  const max = entry(limits as Book, a.asset as string);
  if (max === null) fail({ name: 'limit', value: `max_send.${a.asset}`, limit: null }, 'invalid_policy');
  if (max === 'absent') return;
  if (gt(amount, max as Ratio)) fail({ name: 'limit', value: show(amount), limit: show(max as Ratio) }, 'limit_exceeded');
  pass({ name: 'limit', value: show(amount), limit: show(max as Ratio) });
}

type Pass = (c: Omit<WalletCheck, 'ok' | 'step'>) => void;
type Fail = (c: Omit<WalletCheck, 'ok' | 'step'>, reason: WalletBlockReason) => never;

function checkRecipient(r: string, context: unknown, pass: Pass, fail: Fail): void {
  if (ADDRESS.test(r) || ENS.test(r)) {
    pass({ name: 'recipient', value: r, limit: null });
    return;
  }
  // a contact name must resolve through the caller's address book to a well-formed address
  const contacts = section(context, 'contacts');
  if (contacts === 'absent') fail({ name: 'recipient', value: r, limit: 'contacts' }, 'missing_context');
  if (contacts === 'invalid') fail({ name: 'recipient', value: r, limit: 'contacts' }, 'invalid_context');
  const book = contacts as Book;
  const hit = Object.keys(book).find((k) => k.toLowerCase() === r);
  if (hit === undefined) fail({ name: 'recipient', value: r, limit: null }, 'unknown_recipient');
  const addr = book[hit as string];
  if (typeof addr !== 'string' || !ADDRESS.test(addr)) fail({ name: 'recipient', value: r, limit: null }, 'invalid_context');
  pass({ name: 'recipient', value: `${r} → ${(addr as string).toLowerCase()}`, limit: null });
}

function sendUnits(a: WalletArgs, context: unknown, fail: Fail): { amount: Ratio; balance: Ratio } | 'empty' {
  const asset = a.asset as string;
  const balances = section(context, 'balances');
  if (balances === 'absent') fail({ name: 'funds', value: asset, limit: 'balances' }, 'missing_context');
  if (balances === 'invalid') fail({ name: 'funds', value: asset, limit: 'balances' }, 'invalid_context');
  const bal = entry(balances as Book, asset);
  if (bal === null) fail({ name: 'funds', value: asset, limit: 'balances' }, 'invalid_context');
  const balance: Ratio = bal === 'absent' ? { num: 0n, den: 1n } : (bal as Ratio);
  if (a.amount_kind === 'all' || a.amount_kind === 'half') {
    if (balance.num === 0n) return 'empty';
    return { amount: a.amount_kind === 'all' ? balance : over(balance, 2n), balance };
  }
  const amount = ratioOf(a.amount);
  if (amount === null || amount.num === 0n) fail({ name: 'args', value: String(a.amount), limit: '> 0' }, 'missing_argument');
  if (a.amount_kind === 'exact') return { amount: amount as Ratio, balance };
  const prices = section(context, 'prices');
  if (prices === 'absent') fail({ name: 'funds', value: `${asset} price`, limit: 'prices' }, 'missing_context');
  if (prices === 'invalid') fail({ name: 'funds', value: `${asset} price`, limit: 'prices' }, 'invalid_context');
  const price = entry(prices as Book, asset);
  if (price === 'absent') fail({ name: 'funds', value: `${asset} price`, limit: 'prices' }, 'missing_context');
  if (price === null || (price as Ratio).num === 0n) fail({ name: 'funds', value: `${asset} price`, limit: 'prices' }, 'invalid_context');
  return { amount: div(amount as Ratio, price as Ratio), balance };
}
