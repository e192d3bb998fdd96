/** The wallet primitives: send funds, show a receiving address, read balances. */
export const WALLET_PRIMITIVES = ['send_asset', 'receive_address', 'check_balance'] as const;

/** One wallet primitive. */
export type WalletPrimitive = (typeof WALLET_PRIMITIVES)[number];

/** The mapper's negative label: chit-chat, questions, statements, other domains (never a plan step). */
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
  send_asset: ['send', 'transfer', 'pay', 'wire', 'tip', 'give', 'move', 'forward', 'remit'],
  receive_address: ['receive', 'address', 'qr', 'receiving'],
  check_balance: ['balance', 'balances', 'holdings', 'much', 'funds', 'portfolio'],
};

/** Argument names of a step. */
export type WalletArgName = 'amount' | 'asset' | 'recipient';

/** Arguments a step must carry before the verifier lets it through (missing → block `missing_argument`). */
export const WALLET_REQUIRED_ARGS: Readonly<Record<WalletPrimitive, readonly WalletArgName[]>> = {
  send_asset: ['amount', 'asset', 'recipient'],
  receive_address: [],
  check_balance: [],
};

/**
 * Actions a wallet sidecar must not plan (they belong to other domains or are not supported here): a prompt that
 * asks for one abstains with `abstain_unsupported`, even when it also names a wallet action.
 */
export const UNSUPPORTED_VERBS: readonly string[] = [
  'swap', 'trade', 'exchange', 'convert', 'stake', 'unstake', 'bridge', 'borrow', 'lend', 'deposit', 'withdraw',
  'buy', 'sell', 'mint', 'burn', 'vote', 'approve', 'sign', 'delete', 'export',
];

/** Words that turn a request into its opposite or into a non-request ("don't send", "never pay"). */
export const NEGATIONS: readonly string[] = ['not', "don't", 'dont', 'never', "didn't", "shouldn't", "won't"];

/** Tickers recognised without a number in front of them (anything written after an amount is taken as written). */
export const KNOWN_ASSETS: readonly string[] = ['ETH', 'BTC', 'WBTC', 'WETH', 'USDC', 'USDT', 'DAI', 'SOL', 'MATIC', 'POL', 'ARB', 'OP', 'LINK', 'UNI', 'AAVE', 'STETH', 'BNB'];

/** Chains as users name them → canonical lower-case name. */
export const CHAINS: Readonly<Record<string, string>> = {
  ethereum: 'ethereum', mainnet: 'ethereum', eth: 'ethereum', arbitrum: 'arbitrum', optimism: 'optimism', base: 'base',
  polygon: 'polygon', solana: 'solana', bsc: 'bnb chain', bnb: 'bnb chain', avalanche: 'avalanche', zksync: 'zksync',
};

/** True when `x` is one of the primitives. */
export function isWalletPrimitive(x: string): x is WalletPrimitive {
  return (WALLET_PRIMITIVES as readonly string[]).includes(x);
}
