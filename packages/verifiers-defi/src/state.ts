import { Dec, ZERO, decString } from './decimal';
import type { DefiContext } from './schema/context';
import { BOOK_NAMES, type BookName, type StateJson } from './types';

/** A book as the simulation reads it. */
export type Book = ReadonlyMap<string, Dec>;

/** The simulated account: each book, or null when the context did not give it. */
export type SimState = Record<BookName, Book | null>;

/**
 * A book a plan writes: its own entries over the context's (shared, never written) book. Most plans write a few
 * tickers of one or two books; copying whole books per plan cost more than the checks. Iteration (rare: risk and
 * oracle checks, state_after) walks a merged copy in the order a copied Map would have: base keys, then new ones.
 */
class OverlayBook implements ReadonlyMap<string, Dec> {
  private readonly own = new Map<string, Dec>();
  private view: Map<string, Dec> | null = null;

  constructor(private readonly base: ReadonlyMap<string, Dec> | null) {}

  get(t: string): Dec | undefined {
    const v = this.own.get(t);
    return v !== undefined ? v : this.base?.get(t);
  }

  has(t: string): boolean {
    return this.own.has(t) || (this.base?.has(t) ?? false);
  }

  set(t: string, v: Dec): void {
    this.own.set(t, v);
    this.view = null;
  }

  get size(): number {
    return this.merged().size;
  }

  keys(): MapIterator<string> {
    return this.merged().keys();
  }

  values(): MapIterator<Dec> {
    return this.merged().values();
  }

  entries(): MapIterator<[string, Dec]> {
    return this.merged().entries();
  }

  [Symbol.iterator](): MapIterator<[string, Dec]> {
    return this.merged()[Symbol.iterator]();
  }

  forEach(cb: (value: Dec, key: string, map: ReadonlyMap<string, Dec>) => void, thisArg?: unknown): void {
    this.merged().forEach((v, k) => cb.call(thisArg, v, k, this));
  }

  private merged(): Map<string, Dec> {
    if (this.view === null) {
      const m = new Map(this.base ?? []);
      for (const [k, v] of this.own) m.set(k, v);
      this.view = m;
    }
    return this.view;
  }
}

/** The simulated account at the start: the context's books, overlaid only when a step first writes one. */
export function initialState(ctx: DefiContext): SimState {
  const a = ctx.account;
  return { balances: a.balances, collateral: a.collateral, debt: a.debt, staked: a.staked, rewards: a.rewards };
}

/** Units of a ticker in a book (0 when absent). */
export function unitsOf(book: ReadonlyMap<string, Dec> | null, t: string): Dec {
  return book?.get(t) ?? ZERO;
}

/**
 * Adds (or with a negative delta removes) units. A book the context did not give is created: it then holds only
 * what the plan put there, which can only under-count wallet, collateral or staked units (debt is always read
 * before it is written, so it is never created this way).
 */
export function move(state: SimState, book: BookName, t: string, delta: Dec): void {
  const cur = state[book];
  let b: OverlayBook;
  if (cur instanceof OverlayBook) b = cur;
  else {
    b = new OverlayBook(cur);
    state[book] = b;
  }
  b.set(t, unitsOf(b, t).plus(delta));
}

/** Tickers in a book with a non-zero amount, sorted. */
export function heldTickers(book: ReadonlyMap<string, Dec> | null): string[] {
  if (book === null) return [];
  return [...book.entries()].filter(([, u]) => !u.isZero()).map(([t]) => t).sort();
}

/** Plain-JSON state: books with sorted keys and decimal strings. */
export function stateToJson(state: SimState): StateJson {
  const out = {} as Record<BookName, Record<string, string> | null>;
  for (const name of BOOK_NAMES) {
    const b = state[name];
    if (b === null) {
      out[name] = null;
      continue;
    }
    const rec: Record<string, string> = {};
    for (const t of [...b.keys()].sort()) rec[t] = decString(b.get(t) as Dec);
    out[name] = rec;
  }
  return out;
}
