import type { Held, Primitive } from './types';

/** A way of writing something in a prompt; `held` surfaces appear only in the dev split. */
export interface Surface extends Held {
  readonly text: string;
}

/** An asset: the upper-case ticker used in args and the ways people write it. */
export interface Asset {
  readonly ticker: string;
  readonly surfaces: readonly Surface[];
}

const s = (text: string, w = 1, held = false): Surface => ({ text, w, held });

/** Ticker written upper-case, lower-case and (rarely) capitalised. */
function cased(ticker: string): Surface[] {
  const cap = ticker[0] + ticker.slice(1).toLowerCase();
  return [s(ticker, 5), s(ticker.toLowerCase(), 3), s(cap, 0.5)];
}

/**
 * Name → ticker mapping (documented in datasets/defi/README.md). Args always carry the upper-case ticker; the
 * text carries any of the surfaces. Names that collide with other slots are avoided on purpose ("ethereum" is
 * an asset name only right after an amount or a swap verb; "staked ether" is never a name for STETH because
 * "withdraw my staked ETH" is an unstake of ETH).
 */
export const ASSETS: Readonly<Record<string, Asset>> = Object.fromEntries(
  (
    [
      ['ETH', [...cased('ETH'), s('ether', 2), s('ethereum', 0.5), s('Ether', 0.5)]],
      ['WETH', [...cased('WETH'), s('wrapped eth', 1), s('wrapped ether', 1), s('wEth', 0.3, true)]],
      ['BTC', [...cased('BTC'), s('bitcoin', 2), s('Bitcoin', 1)]],
      ['WBTC', [...cased('WBTC'), s('wrapped bitcoin', 1), s('wrapped btc', 1, true)]],
      ['USDC', [...cased('USDC'), s('usd coin', 1), s('USD Coin', 0.5)]],
      ['USDT', [...cased('USDT'), s('tether', 2), s('Tether', 1)]],
      ['DAI', [...cased('DAI'), s('Dai', 1)]],
      ['STETH', [s('stETH', 5), s('steth', 3), s('STETH', 1)]],
      ['WSTETH', [s('wstETH', 4), s('wsteth', 2)]],
      ['RETH', [s('rETH', 4), s('reth', 2)]],
      ['CBETH', [s('cbETH', 4), s('cbeth', 2)]],
      ['WEETH', [s('weETH', 4), s('weeth', 2)]],
      ['FRAX', cased('FRAX')],
      ['LUSD', cased('LUSD')],
      ['GHO', cased('GHO')],
      ['USDE', [s('USDe', 4), s('usde', 2), s('USDE', 1)]],
      ['SUSDE', [s('sUSDe', 4), s('susde', 2)]],
      ['CRV', cased('CRV')],
      ['CVX', cased('CVX')],
      ['AAVE', [s('AAVE', 1)]],
      ['COMP', [s('COMP', 1)]],
      ['UNI', [s('UNI', 1)]],
      ['LINK', [s('LINK', 3), s('chainlink', 1), s('Chainlink', 0.5, true)]],
      ['MKR', cased('MKR')],
      ['LDO', cased('LDO')],
      ['ARB', [s('ARB', 4), s('arb', 1)]],
      ['OP', [s('OP', 1)]],
      ['MATIC', cased('MATIC')],
      ['POL', [s('POL', 1)]],
      ['SOL', [s('SOL', 4), s('sol', 1)]],
      ['AVAX', cased('AVAX')],
      ['BNB', cased('BNB')],
      ['PENDLE', [s('PENDLE', 1)]],
      ['GMX', [s('GMX', 1)]],
      ['EIGEN', cased('EIGEN')],
      ['RPL', cased('RPL')],
      ['BAL', [s('BAL', 1)]],
      ['SUSHI', [s('SUSHI', 1)]],
      ['PEPE', cased('PEPE')],
      ['DOGE', [...cased('DOGE'), s('dogecoin', 1, true)]],
    ] as const
  ).map(([ticker, surfaces]) => [ticker, { ticker, surfaces }]),
);

/** Weighted ticker pools per primitive: which assets people plausibly use with it. */
export const ASSET_POOLS: Readonly<Record<Primitive | 'any' | 'stable', Readonly<Record<string, number>>>> = {
  deposit_asset: { ETH: 8, WETH: 3, WBTC: 3, USDC: 8, USDT: 4, DAI: 4, STETH: 3, WSTETH: 3, RETH: 2, CBETH: 1, WEETH: 1, FRAX: 1, LUSD: 1, USDE: 1, SUSDE: 1, LINK: 1, ARB: 1, OP: 1, MATIC: 1, AVAX: 1, SOL: 1, BNB: 1, CRV: 1, BTC: 1 },
  withdraw_asset: { ETH: 8, WETH: 3, WBTC: 3, USDC: 8, USDT: 4, DAI: 4, STETH: 3, WSTETH: 3, RETH: 2, CBETH: 1, WEETH: 1, FRAX: 1, LUSD: 1, USDE: 1, SUSDE: 1, LINK: 1, ARB: 1, OP: 1, MATIC: 1, AVAX: 1, SOL: 1, BNB: 1, BTC: 1 },
  borrow_asset: { USDC: 8, USDT: 4, DAI: 6, GHO: 2, LUSD: 1, FRAX: 1, USDE: 1, ETH: 4, WETH: 2, WBTC: 2 },
  repay_asset: { USDC: 8, USDT: 4, DAI: 6, GHO: 2, LUSD: 1, FRAX: 1, USDE: 1, ETH: 4, WETH: 2, WBTC: 2 },
  swap_asset: { ETH: 10, WETH: 3, BTC: 2, WBTC: 3, USDC: 10, USDT: 6, DAI: 5, STETH: 2, WSTETH: 1, RETH: 1, FRAX: 1, USDE: 1, CRV: 2, CVX: 1, AAVE: 1, UNI: 1, LINK: 2, MKR: 1, LDO: 1, ARB: 2, OP: 2, MATIC: 1, POL: 1, SOL: 2, AVAX: 1, BNB: 1, PENDLE: 1, GMX: 1, EIGEN: 1, PEPE: 1, DOGE: 1 },
  stake_asset: { ETH: 12, SOL: 3, MATIC: 2, POL: 1, AVAX: 1, BNB: 1, STETH: 2, WSTETH: 1, RETH: 1, WEETH: 1, GMX: 1, CRV: 1, CVX: 1, AAVE: 1, PENDLE: 1, EIGEN: 1, RPL: 1 },
  unstake_asset: { ETH: 12, STETH: 3, SOL: 3, MATIC: 2, POL: 1, AVAX: 1, BNB: 1, WSTETH: 1, RETH: 1, WEETH: 1, GMX: 1, CRV: 1, CVX: 1, AAVE: 1, PENDLE: 1, EIGEN: 1, RPL: 1 },
  // No AAVE / GMX / PENDLE: "claim aave rewards" could be the token or the venue, so the generator never says it.
  claim_rewards: { CRV: 3, CVX: 2, COMP: 2, LDO: 2, ARB: 2, OP: 2, EIGEN: 2, BAL: 1, RPL: 1, SUSHI: 1, UNI: 1, ETH: 2, USDC: 1 },
  any: { ETH: 6, USDC: 6, USDT: 3, DAI: 3, WBTC: 2, BTC: 2, STETH: 2, WETH: 2, SOL: 1, ARB: 1, OP: 1, LINK: 1, AAVE: 1, CRV: 1, MATIC: 1, PEPE: 1 },
  stable: { USDC: 6, USDT: 3, DAI: 3, GHO: 1, FRAX: 1, LUSD: 1, USDE: 1 },
};

/** A protocol: the lower-case brand used in args (no version) and how it is written. */
export interface Protocol extends Held {
  readonly brand: string;
  readonly surfaces: readonly Surface[];
}

const p = (brand: string, surfaces: Surface[], held = false): Protocol => ({ brand, surfaces, held });

/**
 * Protocols. Versions and suffixes are dropped in args ("aave v3" → "aave", "curve finance" → "curve",
 * "makerdao" → "maker", "morpho blue" → "morpho", "eigen layer" → "eigenlayer"). The held-out ones (silo,
 * stakewise, ajna, gearbox, …) are long-tail brands only the dev split uses: they measure whether an extractor
 * passes unknown venues through as the lower-case brand.
 */
export const PROTOCOLS: Readonly<Record<string, Protocol>> = Object.fromEntries(
  [
    p('aave', [s('aave', 6), s('Aave', 3), s('aave v3', 2), s('Aave V3', 1), s('aave v2', 0.5)]),
    p('compound', [s('compound', 4), s('Compound', 2), s('compound v3', 1), s('compound finance', 0.5, true)]),
    p('spark', [s('spark', 3), s('Spark', 1), s('spark protocol', 0.5, true)]),
    p('morpho', [s('morpho', 3), s('Morpho', 1), s('morpho blue', 1)]),
    p('maker', [s('maker', 3), s('makerdao', 1), s('MakerDAO', 1)]),
    p('euler', [s('euler', 2), s('euler v2', 1)]),
    p('radiant', [s('radiant', 1)]),
    p('venus', [s('venus', 1)]),
    p('benqi', [s('benqi', 1)]),
    p('kamino', [s('kamino', 1)]),
    p('moonwell', [s('moonwell', 1)]),
    p('fluid', [s('fluid', 1)]),
    p('uniswap', [s('uniswap', 6), s('Uniswap', 3), s('uniswap v3', 2), s('Uniswap V4', 0.5)]),
    p('curve', [s('curve', 4), s('Curve', 2), s('curve finance', 1)]),
    p('balancer', [s('balancer', 2), s('balancer v2', 0.5)]),
    p('sushiswap', [s('sushiswap', 2), s('SushiSwap', 1)]),
    p('1inch', [s('1inch', 3)]),
    p('cowswap', [s('cowswap', 1), s('cow swap', 0.5, true)]),
    p('paraswap', [s('paraswap', 1)]),
    p('pancakeswap', [s('pancakeswap', 1)]),
    p('jupiter', [s('jupiter', 1)]),
    p('aerodrome', [s('aerodrome', 1)]),
    p('velodrome', [s('velodrome', 1)]),
    p('lido', [s('lido', 6), s('Lido', 3), s('lido finance', 0.5)]),
    p('rocket pool', [s('rocket pool', 4), s('Rocket Pool', 2)]),
    p('eigenlayer', [s('eigenlayer', 4), s('EigenLayer', 2), s('eigen layer', 0.5, true)]),
    p('ether.fi', [s('ether.fi', 1)]),
    p('renzo', [s('renzo', 1)]),
    p('swell', [s('swell', 1)]),
    p('jito', [s('jito', 1)]),
    p('marinade', [s('marinade', 1)]),
    p('pendle', [s('pendle', 2), s('Pendle', 1)]),
    p('gmx', [s('gmx', 2), s('GMX', 1)]),
    p('convex', [s('convex', 3), s('Convex', 1), s('convex finance', 0.5)]),
    p('yearn', [s('yearn', 2), s('yearn finance', 0.5)]),
    p('aura', [s('aura', 1)]),
    p('beefy', [s('beefy', 1)]),
    p('silo', [s('silo', 1)], true),
    p('stakewise', [s('stakewise', 1)], true),
    p('ajna', [s('ajna', 1)], true),
    p('gearbox', [s('gearbox', 1)], true),
    p('notional', [s('notional', 1)], true),
    p('dolomite', [s('dolomite', 1)], true),
    p('stader', [s('stader', 1)], true),
    p('kelp', [s('kelp', 1)], true),
    p('camelot', [s('camelot', 1)], true),
    p('sommelier', [s('sommelier', 1)], true),
  ].map((x) => [x.brand, x]),
);

const LENDING = { aave: 10, compound: 6, spark: 3, morpho: 3, maker: 1, euler: 2, radiant: 1, venus: 1, benqi: 1, kamino: 1, moonwell: 1, fluid: 1, silo: 1, ajna: 1, gearbox: 1, notional: 1, dolomite: 1 };
const VAULTS = { yearn: 2, convex: 2, curve: 2, pendle: 1, beefy: 1, aura: 1, balancer: 1, sommelier: 1 };
const DEXES = { uniswap: 10, '1inch': 3, curve: 3, sushiswap: 2, balancer: 2, cowswap: 1, paraswap: 1, pancakeswap: 1, jupiter: 1, aerodrome: 1, velodrome: 1, camelot: 1 };
const STAKING = { lido: 10, 'rocket pool': 5, eigenlayer: 4, 'ether.fi': 1, renzo: 1, swell: 1, jito: 1, marinade: 1, gmx: 1, convex: 1, pendle: 1, curve: 1, aura: 1, stakewise: 1, stader: 1, kelp: 1 };

/** Weighted protocol pools per primitive (brands; held-out brands are filtered out of train). */
export const PROTOCOL_POOLS: Readonly<Record<Primitive | 'any' | 'liquid_staking', Readonly<Record<string, number>>>> = {
  deposit_asset: { ...LENDING, ...VAULTS },
  withdraw_asset: { ...LENDING, ...VAULTS },
  borrow_asset: LENDING,
  repay_asset: LENDING,
  swap_asset: DEXES,
  stake_asset: STAKING,
  unstake_asset: STAKING,
  claim_rewards: { ...STAKING, ...VAULTS, aave: 3, compound: 3, uniswap: 1, morpho: 1 },
  any: { ...LENDING, ...DEXES, ...STAKING },
  /** Venues that only stake ("park 5 eth in lido" can only mean staking there). */
  liquid_staking: { lido: 10, 'rocket pool': 5, eigenlayer: 4, 'ether.fi': 1, renzo: 1, swell: 1, jito: 1, marinade: 1, stakewise: 1, stader: 1, kelp: 1 },
};

/** A chain: the lower-case canonical name used in args and its aliases. */
export interface Chain extends Held {
  readonly name: string;
  readonly surfaces: readonly Surface[];
}

const c = (name: string, surfaces: Surface[], w = 1, held = false): Chain => ({ name, surfaces, w, held });

/** Chains ("mainnet" → "ethereum", "bsc" → "bnb chain", "op mainnet" → "optimism", "arbitrum one" → "arbitrum"). */
export const CHAINS: readonly Chain[] = [
  c('ethereum', [s('ethereum', 3), s('mainnet', 3), s('Ethereum', 1), s('eth mainnet', 1), s('ethereum mainnet', 0.5, true)], 4),
  c('arbitrum', [s('arbitrum', 4), s('Arbitrum', 2), s('arbitrum one', 1)], 4),
  c('optimism', [s('optimism', 3), s('Optimism', 1), s('op mainnet', 1, true)], 3),
  c('base', [s('base', 3), s('Base', 2)], 3),
  c('polygon', [s('polygon', 3), s('Polygon', 1), s('polygon pos', 0.5, true)], 2),
  c('bnb chain', [s('bsc', 3), s('bnb chain', 2), s('BSC', 1), s('binance smart chain', 1)], 2),
  c('avalanche', [s('avalanche', 2), s('Avalanche', 1)], 2),
  c('solana', [s('solana', 2), s('Solana', 1)], 1),
  c('zksync', [s('zksync', 1), s('zksync era', 0.5)], 1),
  c('gnosis', [s('gnosis', 1), s('gnosis chain', 1)], 1),
  c('linea', [s('linea', 1)], 1, true),
  c('scroll', [s('scroll', 1)], 1, true),
  c('mantle', [s('mantle', 1)], 1, true),
  c('blast', [s('blast', 1)], 1, true),
];
