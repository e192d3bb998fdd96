import type { DefiPrimitive } from '../labels';
import { extractArgs } from './extract';
import type { StepArgs } from './types';

const A = (amount: number | null, amount_kind: StepArgs['amount_kind'], asset: string | null, to_asset: string | null, protocol: string | null, chain: string | null): StepArgs => ({
  amount,
  amount_kind,
  asset,
  to_asset,
  protocol,
  chain,
});

const CASES: ReadonlyArray<readonly [string, DefiPrimitive, StepArgs]> = [
  // amounts: plain, decimals, thousands separators, suffixes, words
  ['deposit 10 ETH into aave', 'deposit_asset', A(10, 'exact', 'ETH', null, 'aave', null)],
  ['deposit 1,250.75 USDC into aave v3 on arbitrum', 'deposit_asset', A(1250.75, 'exact', 'USDC', null, 'aave', 'arbitrum')],
  ['swap 0.5 eth to usdc on uniswap', 'swap_asset', A(0.5, 'exact', 'ETH', 'USDC', 'uniswap', null)],
  ['swap .25 WBTC for DAI', 'swap_asset', A(0.25, 'exact', 'WBTC', 'DAI', null, null)],
  ['swap 2k USDC for ether', 'swap_asset', A(2000, 'exact', 'USDC', 'ETH', null, null)],
  ['borrow 1.5m DAI on maker', 'borrow_asset', A(1500000, 'exact', 'DAI', null, 'maker', null)],
  ['stake sixty ETH with lido', 'stake_asset', A(60, 'exact', 'ETH', null, 'lido', null)],
  ['stake twenty five ETH on rocket pool', 'stake_asset', A(25, 'exact', 'ETH', null, 'rocket pool', null)],
  ['deposit a hundred DAI in spark', 'deposit_asset', A(100, 'exact', 'DAI', null, 'spark', null)],
  ['repay one hundred and fifty USDC', 'repay_asset', A(150, 'exact', 'USDC', null, null, null)],
  ['swap one and a half ETH to tether with 0.5% slippage', 'swap_asset', A(1.5, 'exact', 'ETH', 'USDT', null, null)],
  ['deposit 3 thousand USDC into compound', 'deposit_asset', A(3000, 'exact', 'USDC', null, 'compound', null)],
  ['stake 2eth on rocket pool', 'stake_asset', A(2, 'exact', 'ETH', null, 'rocket pool', null)],
  ['withdraw 1,000 USDT from aave', 'withdraw_asset', A(1000, 'exact', 'USDT', null, 'aave', null)],
  // USD amounts
  ['swap $500 of ETH to USDC', 'swap_asset', A(500, 'usd', 'ETH', 'USDC', null, null)],
  ['swap $500 worth of ETH for DAI on mainnet', 'swap_asset', A(500, 'usd', 'ETH', 'DAI', null, 'ethereum')],
  ['deposit 200 dollars of ETH into aave', 'deposit_asset', A(200, 'usd', 'ETH', null, 'aave', null)],
  ['swap $1,200.50 of WBTC to USDC', 'swap_asset', A(1200.5, 'usd', 'WBTC', 'USDC', null, null)],
  ['stake $2k of ETH', 'stake_asset', A(2000, 'usd', 'ETH', null, null, null)],
  ['borrow 500 usd coin against my bitcoin', 'borrow_asset', A(500, 'exact', 'USDC', null, null, null)],
  ['stake 1000$ of eth', 'stake_asset', A(1000, 'usd', 'ETH', null, null, null)],
  ['borrow $2,000 in usdc', 'borrow_asset', A(2000, 'usd', 'USDC', null, null, null)],
  ['convert 250 bucks worth of link to eth', 'swap_asset', A(250, 'usd', 'LINK', 'ETH', null, null)],
  ['repay 2 grand of my dai loan', 'repay_asset', A(2000, 'usd', 'DAI', null, null, null)],
  ['deposit 2 grand worth of usdc into aave', 'deposit_asset', A(2000, 'usd', 'USDC', null, 'aave', null)],
  ['stake two grand of eth with lido', 'stake_asset', A(2000, 'usd', 'ETH', null, 'lido', null)],
  ['swap 1.5 grand worth of eth for dai', 'swap_asset', A(1500, 'usd', 'ETH', 'DAI', null, null)],
  ['repay a grand of my usdc debt', 'repay_asset', A(1000, 'usd', 'USDC', null, null, null)],
  ['deposit $2 grand of eth into aave', 'deposit_asset', A(2000, 'usd', 'ETH', null, 'aave', null)],
  ['swap 500 bucks of eth to usdc', 'swap_asset', A(500, 'usd', 'ETH', 'USDC', null, null)],
  ['deposit 300 dollars worth of link into aave', 'deposit_asset', A(300, 'usd', 'LINK', null, 'aave', null)],
  ['stake 2k usd worth of eth', 'stake_asset', A(2000, 'usd', 'ETH', null, null, null)],
  ['swap 5 hundred bucks of eth for dai', 'swap_asset', A(500, 'usd', 'ETH', 'DAI', null, null)],
  ['deposit 2 thousand usdc into aave', 'deposit_asset', A(2000, 'exact', 'USDC', null, 'aave', null)],
  ['deposit 1e3 usdc into aave', 'deposit_asset', A(1000, 'exact', 'USDC', null, 'aave', null)],
  ['stake every last SOL with jito', 'stake_asset', A(null, 'all', 'SOL', null, 'jito', null)],
  ['borrow as much DAI as I can on spark', 'borrow_asset', A(null, 'all', 'DAI', null, 'spark', null)],
  ['withdraw 30 more staked CRV from convex', 'withdraw_asset', A(30, 'exact', 'CRV', null, 'convex', null)],
  ['withdraw 2 staked eth', 'unstake_asset', A(2, 'exact', 'STETH', null, null, null)],
  ['get PENDLE for 10 tether', 'swap_asset', A(10, 'exact', 'USDT', 'PENDLE', null, null)],
  ['swap aave to uni', 'swap_asset', A(null, 'none', 'AAVE', 'UNI', null, null)],
  ['put fifteen usdc toward my aave debt', 'repay_asset', A(15, 'exact', 'USDC', null, 'aave', null)],
  ['deposit $500 in matic on base', 'deposit_asset', A(500, 'usd', 'MATIC', null, null, 'base')],
  // all / max / everything / half / none
  ['withdraw all my USDC from compound', 'withdraw_asset', A(null, 'all', 'USDC', null, 'compound', null)],
  ['repay max DAI on aave', 'repay_asset', A(null, 'all', 'DAI', null, 'aave', null)],
  ['swap everything to USDC', 'swap_asset', A(null, 'all', null, 'USDC', null, null)],
  ['unstake my entire ETH balance from lido', 'unstake_asset', A(null, 'all', 'ETH', null, 'lido', null)],
  ['repay half of my DAI debt on bsc', 'repay_asset', A(null, 'half', 'DAI', null, null, 'bnb chain')],
  ['swap 100% of my LINK for ETH', 'swap_asset', A(null, 'all', 'LINK', 'ETH', null, null)],
  ['swap 50% of my ETH into USDC', 'swap_asset', A(null, 'half', 'ETH', 'USDC', null, null)],
  ['claim my rewards', 'claim_rewards', A(null, 'none', null, null, null, null)],
  // one typo on a quantifier word of 4+ letters
  ['swap hlaf my usdc to dai', 'swap_asset', A(null, 'half', 'USDC', 'DAI', null, null)],
  ['swap ahlf of my eth for usdc', 'swap_asset', A(null, 'half', 'ETH', 'USDC', null, null)],
  ['repay haf my dai debt', 'repay_asset', A(null, 'half', 'DAI', null, null, null)],
  ['withdraw my entrie usdc balance from aave', 'withdraw_asset', A(null, 'all', 'USDC', null, 'aave', null)],
  ['stake my enitre eth stack on lido', 'stake_asset', A(null, 'all', 'ETH', null, 'lido', null)],
  ['swap evrything to dai', 'swap_asset', A(null, 'all', null, 'DAI', null, null)],
  ['withdraw everyting from compound', 'withdraw_asset', A(null, 'all', null, null, 'compound', null)],
  ['swap the whloe eth bag for usdc', 'swap_asset', A(null, 'all', 'ETH', 'USDC', null, null)],
  ['borrow the maximun usdc on aave', 'borrow_asset', A(null, 'all', 'USDC', null, 'aave', null)],
  // … but ordinary words near a quantifier stay words
  ['swap eth to usdc while gas is low', 'swap_asset', A(null, 'none', 'ETH', 'USDC', null, null)],
  ['deposit eth into the whale vault', 'deposit_asset', A(null, 'none', 'ETH', null, 'whale', null)],
  ['swap usdc to dai on hal', 'swap_asset', A(null, 'none', 'USDC', 'DAI', 'hal', null)],
  ['swap 2 eth to usdc, maximun slippage 1%', 'swap_asset', A(2, 'exact', 'ETH', 'USDC', null, null)],
  ['pull frax from morpho, max sllippage 0.5%', 'withdraw_asset', A(null, 'none', 'FRAX', null, 'morpho', null)],
  ['stake ETH with lido', 'stake_asset', A(null, 'none', 'ETH', null, 'lido', null)],
  ['swap ETH for USDC with max slippage 1%', 'swap_asset', A(null, 'none', 'ETH', 'USDC', null, null)],
  // asset names
  ['deposit 5 wrapped ether into silo', 'deposit_asset', A(5, 'exact', 'WETH', null, 'silo', null)],
  ['swap 2 bitcoin to tether', 'swap_asset', A(2, 'exact', 'BTC', 'USDT', null, null)],
  ['swap 3 ether for usd coin', 'swap_asset', A(3, 'exact', 'ETH', 'USDC', null, null)],
  ['stake 4 stETH on eigenlayer', 'stake_asset', A(4, 'exact', 'STETH', null, 'eigenlayer', null)],
  ['swap 1 wrapped bitcoin to ETH', 'swap_asset', A(1, 'exact', 'WBTC', 'ETH', null, null)],
  ['deposit 10 PENDLE in fluid on base', 'deposit_asset', A(10, 'exact', 'PENDLE', null, 'fluid', 'base')],
  ['buy 2 ETH with USDC', 'swap_asset', A(2, 'exact', 'USDC', 'ETH', null, null)],
  ['sell 300 ARB for ETH on arbitrum', 'swap_asset', A(300, 'exact', 'ARB', 'ETH', null, 'arbitrum')],
  ['claim 20 AAVE rewards from aave', 'claim_rewards', A(20, 'exact', 'AAVE', null, 'aave', null)],
  // protocols: versions, brands, unknown venues
  ['stake 3 ETH with stakewise', 'stake_asset', A(3, 'exact', 'ETH', null, 'stakewise', null)],
  ['deposit 7 USDC on foo finance', 'deposit_asset', A(7, 'exact', 'USDC', null, 'foo', null)],
  ['supply 9 DAI to morpho blue', 'deposit_asset', A(9, 'exact', 'DAI', null, 'morpho', null)],
  ['deposit 1 ETH into makerdao', 'deposit_asset', A(1, 'exact', 'ETH', null, 'maker', null)],
  ['swap 5 ETH to USDC via 1inch on optimism', 'swap_asset', A(5, 'exact', 'ETH', 'USDC', '1inch', 'optimism')],
  ['deposit 2 ETH into Aave V3 on Polygon', 'deposit_asset', A(2, 'exact', 'ETH', null, 'aave', 'polygon')],
  ['swap 10 USDC for DAI with low slippage', 'swap_asset', A(10, 'exact', 'USDC', 'DAI', null, null)],
  // chains
  ['swap 1 ETH to USDC on eth mainnet', 'swap_asset', A(1, 'exact', 'ETH', 'USDC', null, 'ethereum')],
  ['deposit 100 USDC into venus on binance smart chain', 'deposit_asset', A(100, 'exact', 'USDC', null, 'venus', 'bnb chain')],
  ['stake 10 ETH on ethereum', 'stake_asset', A(10, 'exact', 'ETH', null, null, 'ethereum')],
  ['swap 2 ethereum for USDC on arbitrum one', 'swap_asset', A(2, 'exact', 'ETH', 'USDC', null, 'arbitrum')],
];

describe('extractArgs (DESIGN §4)', () => {
  it.each(CASES)('%s', (text, primitive, expected) => {
    expect(extractArgs(text, primitive)).toEqual(expected);
  });

  it('covers at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it('returns keys in the DESIGN order', () => {
    expect(Object.keys(extractArgs('deposit 1 ETH', 'deposit_asset'))).toEqual(['amount', 'amount_kind', 'asset', 'to_asset', 'protocol', 'chain']);
  });
});
