/** Fixed, varied prompts for latency benches (DeFi actions, questions, noise; short and long). */
export const BENCH_PROMPTS: readonly string[] = [
  'deposit 10 ETH into aave',
  'swap 2 ETH to USDC on uniswap then deposit it into aave',
  "what's my health factor?",
  'asdf qwerty',
  'Please supply 1,250.75 USDC to Compound on Arbitrum',
  'borrow $500 of DAI against my ETH on aave v3',
  'repay all my USDT debt',
  'stake half of my ETH with lido',
  'unstake 32 ETH from rocket pool',
  'claim my staking rewards',
  'withdraw 2k DAI from maker',
  'convert 0.5 wbtc into eth on curve, then stake it',
  "don't swap anything yet",
  'if I borrowed 1000 USDC would my position be safe?',
  'bridge 3 ETH to optimism',
  'hey there, how are you doing today?',
  'take out a loan of 5k usdc on spark',
  'yo pls swp 100 usdc 4 eth asap',
  'after you swap my ETH to stETH, deposit it into aave on mainnet',
  'harvest the rewards from my curve gauge and restake them',
  'I would like to withdraw everything I supplied to aave on polygon',
  'exchange sixty LINK for UNI',
  'what is the price of bitcoin right now',
  'mint 10 nfts on zora',
];

/**
 * `n` distinct prompts made by joining the first part of one bench prompt with the last part of another (seeded
 * LCG). Cycling through thousands of different texts keeps the CPU's branch predictor from learning a short
 * repeating sequence, which would make latencies look better than they are on fresh prompts.
 */
export function variedPrompts(n: number, seed = 1): string[] {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const words = BENCH_PROMPTS.map((p) => p.split(' '));
  return Array.from({ length: n }, () => {
    const a = words[Math.floor(next() * words.length)];
    const b = words[Math.floor(next() * words.length)];
    return [...a.slice(0, 1 + Math.floor(next() * a.length)), ...b.slice(Math.floor(next() * b.length))].join(' ');
  });
}
