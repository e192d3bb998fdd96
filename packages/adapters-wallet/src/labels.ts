/** The wallet primitives: the actions a prompt may ask for (edit, then regenerate the data and retrain). */
export const WALLET_PRIMITIVES = ['send_asset', 'receive_address', 'check_balance'] as const;

/** One wallet primitive. */
export type WalletPrimitive = (typeof WALLET_PRIMITIVES)[number];

/** The mapper's negative label: chit-chat, questions and other domains (never a plan step). */
export const NON_EXEC = 'non_exec';

/** Mapper labels: every primitive plus the negative label. */
export const WALLET_LABELS = [...WALLET_PRIMITIVES, NON_EXEC] as const;

/** One mapper label. */
export type WalletLabel = (typeof WALLET_LABELS)[number];

/**
 * Lexical cues, the parser half of the mapper/parser agreement: a prompt asks for a primitive only if one of its
 * words is a cue of that primitive. Lower-case whole words.
 */
export const WALLET_CUES: Readonly<Record<WalletPrimitive, readonly string[]>> = {
  send_asset: ['send'],
  receive_address: ['receive'],
  check_balance: ['check'],
};

/** Arguments a step must carry before the verifier lets it through (missing → block `missing_argument`). */
export const WALLET_REQUIRED_ARGS: Readonly<Record<WalletPrimitive, readonly ('amount' | 'target')[]>> = {
  send_asset: [],
  receive_address: [],
  check_balance: [],
};

/** True when `x` is one of the primitives. */
export function isWalletPrimitive(x: string): x is WalletPrimitive {
  return (WALLET_PRIMITIVES as readonly string[]).includes(x);
}
