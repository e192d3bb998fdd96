/** Exit codes: 0 for any decision (accept/abstain/block), these for everything else. */
export const EXIT = { ok: 0, internal: 1, usage: 2, replayMismatch: 3 } as const;

/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A thrown value as one line (no stack trace ever reaches the user). */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s+/g, ' ').trim();
}
