import { z } from 'zod';
import type { Dec } from '../decimal';

/** Tickers as written ("stETH", "USDC.e", "WBTC"): letters and digits, then also `.`, `_`, `-`. */
const TICKER_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** Upper-case form of a ticker, or null when the text is not a ticker. */
export function normalizeTicker(raw: string): string | null {
  return TICKER_RE.test(raw) ? raw.toUpperCase() : null;
}

const TICKER_MESSAGE = 'expected a ticker: 1-32 letters, digits, ".", "_" or "-", starting with a letter or digit';

/** A ticker, case-insensitive on input, upper-case after parsing. */
export const ticker = z.string().transform((raw, ctx) => {
  const t = normalizeTicker(raw);
  if (t === null) {
    ctx.addIssue({ code: 'custom', message: TICKER_MESSAGE });
    return z.NEVER;
  }
  return t;
});

/** Ticker → decimal map. Keys are upper-cased; "eth" and "ETH" with different values are a conflict. */
export function tickerMap<S extends z.ZodType<Dec, unknown>>(value: S) {
  return z.record(z.string(), value).transform((rec, ctx) => {
    const out = new Map<string, Dec>();
    for (const key of Object.keys(rec).sort()) {
      const t = normalizeTicker(key);
      const v = rec[key] as Dec;
      if (t === null) {
        ctx.addIssue({ code: 'custom', message: TICKER_MESSAGE, path: [key] });
        continue;
      }
      const seen = out.get(t);
      if (seen !== undefined && !seen.eq(v)) {
        ctx.addIssue({ code: 'custom', message: `ticker ${t} is given twice with different values`, path: [key] });
        continue;
      }
      out.set(t, v);
    }
    return out;
  });
}
