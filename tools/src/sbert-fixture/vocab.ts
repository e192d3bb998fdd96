/**
 * Vocabulary of the tiny test model, grouped into concepts. Words in one group get nearby embeddings, so tests can
 * assert real similarity structure ("deposit" ≈ "supply", far from "rotate").
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  deposit: ['deposit', 'supply', 'lend', 'provide', 'park', 'put', 'collateral'],
  withdraw: ['withdraw', 'remove', 'pull', 'redeem'],
  borrow: ['borrow', 'loan', 'draw', 'credit'],
  repay: ['repay', 'pay', 'settle', 'debt', 'back', 'off'],
  swap: ['swap', 'exchange', 'convert', 'trade', 'sell', 'buy'],
  stake: ['stake', 'lock', 'delegate', 'restake', 'staking'],
  unstake: ['unstake', 'unbond', 'unlock', 'exit', 'staked'],
  claim: ['claim', 'harvest', 'collect', 'rewards', 'reward', 'yield'],
  asset: ['eth', 'ether', 'usdc', 'usdt', 'dai', 'btc', 'wbtc', 'weth', 'steth', 'sol', 'token', 'tokens', 'coin'],
  venue: ['aave', 'compound', 'uniswap', 'curve', 'lido', 'rocket', 'pool', 'maker', 'morpho', 'balancer', 'protocol'],
  chain: ['ethereum', 'mainnet', 'arbitrum', 'optimism', 'base', 'polygon', 'chain'],
  rotate: ['rotate', 'turn', 'rotation', 'clockwise', 'quarter', 'degrees'],
  mirror: ['mirror', 'flip', 'reflect', 'reverse', 'horizontally', 'vertically'],
  grid: ['grid', 'cells', 'image', 'picture', 'board'],
  question: ['what', 'how', 'why', 'when', 'is', 'does', 'should'],
  chat: ['hello', 'hi', 'thanks', 'weather', 'joke', 'lunch', 'today'],
  glue: ['my', 'the', 'a', 'to', 'into', 'on', 'from', 'for', 'of', 'it', 'then', 'and', 'after', 'before', 'all', 'half', 'please', 'with', 'in', 'me', 'i', 'want'],
};

/** Special tokens in BERT order. */
export const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/** WordPiece continuation pieces so unknown words still split into something (digits, common suffixes). */
export const PIECES = ['##s', '##ed', '##ing', '##er', '##ly', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ',', '$', '?', '!', "'"];
