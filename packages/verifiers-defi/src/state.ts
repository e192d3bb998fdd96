import { Dec, ZERO, decString } from './decimal';
import type { DefiContext } from './schema/context';
import { BOOK_NAMES, type BookName, type StateJson } from './types';

/** A book as the simulation reads it. */
export type Book = ReadonlyMap<string, Dec>;

/** The simulated account: each book, or null when the context did not give it. */
export type SimState = Record<BookName, Book | null>;

// Books this simulation has copied and may write. Copy-on-write: most plans touch one or two of the five books,
// and the context's own books are shared by every plan verified against the same (memoised) snapshot.
const writable = new WeakSet<Book>();

/** The simulated account at the start: the context's books, copied only when a step first writes one. */
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
  let b: Map<string, Dec>;
  if (cur !== null && writable.has(cur)) b = cur as Map<string, Dec>;
  else {
    b = new Map(cur ?? []);
    writable.add(b);
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
