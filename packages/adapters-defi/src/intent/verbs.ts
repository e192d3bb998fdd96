import type { DefiPrimitive } from '../labels';

/** How a verb word relates to a primitive before context rules run. */
export type VerbClass =
  | DefiPrimitive
  /** withdraw-like: withdraw, unless the clause is about staking (unstake) or rewards (claim) or a loan (borrow). */
  | 'withdraw_like'
  /** deposits only with a destination ("put 5 ETH into aave", "add … to", "move … into"). */
  | 'place'
  /** "pay back/off/down" or "pay my debt" is repay; a bare "pay" is a transfer. */
  | 'pay'
  /** settle/clear/close a debt or loan. */
  | 'settle'
  /** "turn/change X into Y". */
  | 'turn'
  /** actions outside the primitive set (DESIGN §4). */
  | 'unsupported';

/** Verb base forms (and the -ing forms people type) → class. Only these words start a step. */
export const VERBS: Readonly<Record<string, VerbClass>> = {
  deposit: 'deposit_asset', dep: 'deposit_asset', wd: 'withdraw_like', supply: 'deposit_asset', lend: 'deposit_asset', provide: 'deposit_asset', ape: 'deposit_asset',
  park: 'deposit_asset', stash: 'deposit_asset', commit: 'place', earn: 'place', pledge: 'place', square: 'settle', reduce: 'settle', withdrawal: 'withdraw_like', repayment: 'repay_asset', cover: 'settle', return: 'settle', unwind: 'withdraw_like', free: 'withdraw_like', offload: 'swap_asset', rotate: 'swap_asset', end: 'withdraw_like', request: 'withdraw_like', go: 'turn', bodn: 'stake_asset', fund: 'deposit_asset', stick: 'place', collateralize: 'deposit_asset', collateralise: 'deposit_asset',
  depositing: 'deposit_asset', supplying: 'deposit_asset', lending: 'deposit_asset', providing: 'deposit_asset',
  withdraw: 'withdraw_like', remove: 'withdraw_like', pull: 'withdraw_like', retrieve: 'withdraw_like', redeem: 'withdraw_like',
  take: 'withdraw_like', cash: 'withdraw_like', unlend: 'withdraw_like', withdrawing: 'withdraw_like', removing: 'withdraw_like',
  pulling: 'withdraw_like', redeeming: 'withdraw_like', get: 'withdraw_like', taking: 'withdraw_like', grab: 'withdraw_like', open: 'borrow_asset',
  borrow: 'borrow_asset', borrowing: 'borrow_asset', loan: 'borrow_asset', draw: 'borrow_asset',
  repay: 'repay_asset', repaying: 'repay_asset', payback: 'repay_asset', pay: 'pay', paying: 'pay', settle: 'settle', clear: 'settle', close: 'settle',
  swap: 'swap_asset', convert: 'swap_asset', exchange: 'swap_asset', trade: 'swap_asset', sell: 'swap_asset', buy: 'swap_asset',
  purchase: 'swap_asset', flip: 'swap_asset', dump: 'swap_asset', switch: 'swap_asset', swapping: 'swap_asset', converting: 'swap_asset',
  trading: 'swap_asset', selling: 'swap_asset', buying: 'swap_asset', exchanging: 'swap_asset', turn: 'turn', change: 'turn',
  stake: 'stake_asset', restake: 'stake_asset', delegate: 'stake_asset', bond: 'stake_asset', lock: 'stake_asset', staking: 'stake_asset',
  restaking: 'stake_asset',
  unstake: 'unstake_asset', unbond: 'unstake_asset', undelegate: 'unstake_asset', unlock: 'unstake_asset', destake: 'unstake_asset',
  unstaking: 'unstake_asset', unbonding: 'unstake_asset',
  claim: 'claim_rewards', harvest: 'claim_rewards', collect: 'claim_rewards', claiming: 'claim_rewards', harvesting: 'claim_rewards',
  collecting: 'claim_rewards',
  put: 'place', add: 'place', move: 'place', place: 'place', throw: 'place', toss: 'place', allocate: 'place', top: 'place',
  // Slang (DESIGN §4 confusables are resolved in context): a place verb only deposits into a named venue; a withdraw-like
  // grab only claims rewards or takes a loan; a settle verb only repays a debt or loan; a weak swap needs a token.
  chuck: 'place', shove: 'place', drop: 'place', plonk: 'place', plop: 'place', pour: 'place', sink: 'place',
  slap: 'place', load: 'place', bung: 'place', pile: 'place', dunk: 'place',
  yank: 'withdraw_like', yoink: 'withdraw_like', snag: 'withdraw_like', scoop: 'withdraw_like',
  wipe: 'settle', knock: 'settle', nuke: 'settle', kill: 'settle', retire: 'settle', chip: 'settle',
  ditch: 'swap_asset', unload: 'swap_asset', swop: 'swap_asset',
  bridge: 'unsupported', bridging: 'unsupported', send: 'unsupported', sending: 'unsupported', transfer: 'unsupported',
  transferring: 'unsupported', mint: 'unsupported', minting: 'unsupported', vote: 'unsupported', voting: 'unsupported',
  approve: 'unsupported', approving: 'unsupported', leverage: 'unsupported', lever: 'unsupported', loop: 'unsupported',
  looping: 'unsupported', tip: 'unsupported', donate: 'unsupported', gift: 'unsupported', snipe: 'unsupported',
  liquidate: 'unsupported', hedge: 'unsupported', burn: 'unsupported', deploy: 'unsupported', wire: 'unsupported',
  short: 'unsupported', long: 'unsupported', shorting: 'unsupported', longing: 'unsupported', exit: 'withdraw_like',
  zap: 'unsupported', flash: 'unsupported', nft: 'unsupported', nfts: 'unsupported', cryptopunk: 'unsupported', bet: 'unsupported', gamble: 'unsupported', revoke: 'unsupported', sign: 'unsupported',
};

/** Verbs long enough to be matched with one typo (never 3-letter words; 4-letter ones by transposition only). */
export const FUZZY_VERBS: readonly string[] = [
  'deposit', 'supply', 'withdraw', 'borrow', 'repay', 'swap', 'convert', 'exchange', 'stake', 'unstake', 'claim', 'harvest',
  'redeem', 'restake', 'collect', 'bridge', 'transfer', 'trade', 'switch', 'unbond', 'undelegate', 'settle', 'clear',
  'take', 'pull', 'sell', 'fund', 'park', 'lend', 'exit', 'lock', 'stop', 'remove', 'provide', 'delegate', 'close', 'draw', 'open', 'grab', 'unlock', 'cash', 'earn', 'move', 'turn', 'flip', 'dump', 'stick', 'throw', 'pledge', 'unwind', 'offload', 'rotate', 'request', 'cover', 'reduce', 'square', 'commit', 'change', 'retrieve', 'pledge', 'offload',
  'shove', 'scoop', 'yoink', 'ditch', 'unload', 'plonk', 'stash', 'chuck',
];

/** Real words one edit away from a verb: never corrected ("state" is not "stake"). */
export const NOT_TYPOS: ReadonlySet<string> = new Set([
  'state', 'stage', 'stack', 'snake', 'shake', 'stale', 'stare', 'stoke', 'stave', 'spake', 'stakes', 'staked', 'staker',
  'replay', 'burrow', 'sorrow', 'end', 'led', 'top', 'ark', 'par', 'ell', 'ake', 'sop', 'lok', 'pak', 'len', 'fud', 'tak', 'ull', 'wap', 'loc', 'ock', 'xit', 'clams', 'claims', 'claimed', 'swaps', 'swamp', 'swag', 'sway', 'deposits', 'exchanged',
  'withdrew', 'repaid', 'converts', 'converted', 'collected', 'redeemed', 'bridged', 'bridges', 'transferred', 'borrowed',
  'supple', 'supplied', 'supplies', 'restaked', 'unstaked', 'harvested', 'collects', 'ridge', 'brigade', 'redeemer', 'steak',
  'repays', 'wrap', 'swat', 'slap', 'snap', 'soap', 'stape', 'slake', 'stakeholder', 'claimant', 'poll', 'pill', 'full', 'fill', 'tell', 'well', 'sale', 'self', 'fun', 'funk', 'find', 'bark', 'dark', 'mark', 'part', 'lead', 'land', 'lens', 'edit', 'exist', 'look', 'lick', 'luck', 'lack', 'step', 'shop', 'stops', 'tale', 'tame', 'tape', 'make', 'rake', 'wake', 'bake', 'cake', 'lake', 'fake', 'tab', 'trace', 'trader', 'traded', 'clean', 'clearly', 'cleat', 'sell', 'cell', 'settled', 'settler', 'removed', 'provider', 'provided', 'switches', 'twitch', 'stitch', 'lender', 'lent', 'took', 'funds', 'funded', 'parked', 'locked', 'stopped', 'sold', 'pulled', 'tables', 'pays', 'spell', 'shell', 'smell', 'swell', 'sells', 'seal', 'sail', 'soul', 'lets', 'eat', 'exits', 'exam', 'then', 'them', 'than', 'there', 'these', 'staff', 'stuff', 'start', 'stark', 'stakewise',
  'check', 'chunk', 'chucks', 'shave', 'stove', 'shore', 'shovel', 'swoop', 'snoop', 'stoop', 'scoot', 'scoops', 'pitch', 'bitch', 'witch',
  'hitch', 'dutch', 'ditto', 'upload', 'unlock', 'unloads', 'plank', 'plink', 'smash', 'slash', 'stack', 'stashes', 'unlead']);

/** Context that turns a withdraw-like verb into an unstake. */
export const STAKING_CONTEXT: ReadonlySet<string> = new Set(['staked', 'staking', 'stake', 'validator', 'validators', 'stakes']);
/** Context that turns a withdraw-like (or collect/get) verb into a claim. */
export const REWARD_CONTEXT: ReadonlySet<string> = new Set(['rewards', 'reward', 'yield', 'earnings', 'interest', 'emissions', 'incentives', 'airdrop', 'points', 'bribes', 'profits', 'profit']);
/** Reward nouns read with one typo ("rewardz", "rewrds", "yeild", "airdorp"): long ones by one edit, "yield" by a swap. */
export const FUZZY_REWARD_WORDS: readonly string[] = ['rewards', 'reward', 'earnings', 'emissions', 'incentives', 'airdrop', 'airdrops', 'profits', 'yield'];
/** Real words one edit away from a reward noun: never corrected. */
export const NOT_REWARD_TYPOS: ReadonlySet<string> = new Set(['regards', 'regard', 'rewind', 'rewire', 'reword', 'rewords', 'remand', 'earrings', 'field', 'wield']);
/** Context that turns "take out"/"get"/"open" into a borrow. */
export const LOAN_CONTEXT: ReadonlySet<string> = new Set(['loan', 'loans', 'credit', 'mortgage', 'debt']);
/** Words that make the next verb a noun ("my deposit", "the swap"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'my', 'your', 'a', 'an', 'our', 'his', 'her', 'its', 'their']);
/** Light verbs that make "a swap" an action again ("do a swap", "make a deposit"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['do', 'make', 'perform', 'execute', 'place', 'submit', 'run', 'initiate', 'process', 'done', 'made', 'performed', 'executed', 'doing', 'making', 'performing', 'executing']);

/** Past participles that act as a step inside "once you've …" / "after having …". */
export const PAST_FORMS: Readonly<Record<string, string>> = {
  claimed: 'claim', harvested: 'harvest', collected: 'collect', swapped: 'swap', deposited: 'deposit', withdrawn: 'withdraw',
  withdrew: 'withdraw', borrowed: 'borrow', repaid: 'repay', paid: 'pay', staked: 'stake', unstaked: 'unstake', gotten: 'get',
  got: 'get', sold: 'sell', bought: 'buy', traded: 'trade', converted: 'convert', exchanged: 'exchange', supplied: 'supply',
  switched: 'switch', pulled: 'pull', removed: 'remove', taken: 'take', parked: 'park', funded: 'fund', settled: 'settle',
  cleared: 'clear', closed: 'close', unbonded: 'unbond', exited: 'exit', grabbed: 'grab', redeemed: 'redeem', restaked: 'restake',
  delegated: 'delegate', undelegated: 'undelegate', flipped: 'flip', turned: 'turn', changed: 'change', lent: 'lend', put: 'put',
  added: 'add', locked: 'lock', unlocked: 'unlock', bridged: 'bridge', sent: 'send', transferred: 'transfer',
  chucked: 'chuck', shoved: 'shove', sunk: 'sink', sank: 'sink', tossed: 'toss', dropped: 'drop', plonked: 'plonk', loaded: 'load',
  aped: 'ape', stashed: 'stash', yanked: 'yank', yoinked: 'yoink', snagged: 'snag', scooped: 'scoop', wiped: 'wipe',
  knocked: 'knock', nuked: 'nuke', killed: 'kill', retired: 'retire', chipped: 'chip', ditched: 'ditch', unloaded: 'unload',
};
