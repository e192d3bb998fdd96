import { words } from './tokenize';

/** Arguments of one wallet step. */
export interface WalletArgs {
  /** The first number in the prompt ("1,250.5" → 1250.5), null when there is none. */
  readonly amount: number | null;
  /** A quoted name, or the word after "named" / "called" / "for" / "to"; null when there is none. */
  readonly target: string | null;
}

const NUMBER = /(?:^|[^\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w.])/;
const QUOTED = /["“']([^"”']{1,64})["”']/;
const TARGET_WORDS = new Set(['named', 'called', 'for', 'to']);

/** Extract the step arguments from a prompt (pure; the same prompt always gives the same args). */
export function extractArgs(prompt: string): WalletArgs {
  const n = NUMBER.exec(prompt);
  const amount = n === null ? null : Number(n[1].replace(/,/g, ''));
  const q = QUOTED.exec(prompt);
  if (q !== null) return { amount, target: q[1].trim() };
  const w = words(prompt);
  const at = w.findIndex((x) => TARGET_WORDS.has(x));
  const target = at >= 0 && at + 1 < w.length ? w[at + 1] : null;
  return { amount, target };
}
