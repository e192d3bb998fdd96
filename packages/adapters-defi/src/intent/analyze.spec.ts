import { analyzePrompt } from './analyze';

const seq = (text: string): string[] => analyzePrompt(text).steps.map((s) => s.primitive);

describe('order words', () => {
  it.each([
    ['swap 2 ETH to USDC then deposit it into aave', ['swap_asset', 'deposit_asset']],
    ['deposit into aave after you swap my ETH to USDC', ['swap_asset', 'deposit_asset']],
    ['after you swap my ETH to USDC, deposit it into aave', ['swap_asset', 'deposit_asset']],
    ['swap 1 ETH to USDC before depositing it into aave', ['swap_asset', 'deposit_asset']],
    ['before depositing into aave, swap 1 ETH to USDC', ['swap_asset', 'deposit_asset']],
    ['deposit 500 USDC into compound but first withdraw 1 ETH from aave', ['withdraw_asset', 'deposit_asset']],
    ['first claim my rewards on curve, then stake 100 CRV on convex', ['claim_rewards', 'stake_asset']],
    ['stake 100 CRV on convex once my rewards on curve are claimed', ['claim_rewards', 'stake_asset']],
    ['withdraw 2 ETH from aave followed by swapping it for USDC', ['withdraw_asset', 'swap_asset']],
    ['borrow 100 DAI on aave and also stake 1 ETH with lido', ['borrow_asset', 'stake_asset']],
    ['unstake 10 ETH from lido, then swap it to USDC, and finally deposit it into aave', ['unstake_asset', 'swap_asset', 'deposit_asset']],
    ['before you deposit 2 eth into compound, unstake 2 eth from lido and claim my staking rewards', ['unstake_asset', 'claim_rewards', 'deposit_asset']],
    ['swap 1 ETH to USDC then swap 100 USDC to DAI', ['swap_asset', 'swap_asset']],
  ])('%s', (text, expected) => {
    expect(seq(text)).toEqual(expected);
  });

  it('carries the earlier output into "it" (asset = swap target, amount all)', () => {
    const a = analyzePrompt('swap 2 ETH to USDC on uniswap then deposit it into aave');
    expect(a.steps[1].args).toEqual({ amount: null, amount_kind: 'all', asset: 'USDC', to_asset: null, protocol: 'aave', chain: null });
    expect(a.steps[0].args.protocol).toBe('uniswap');
  });

  describe('carried references: a spending step with no amount of what the previous step produced takes it all', () => {
    const kinds = (text: string): string[] => analyzePrompt(text).steps.map((s) => `${s.primitive}:${s.args.asset}:${s.args.amount_kind}`);
    it.each([
      // the later step names the carried asset (or none) without an amount → all
      ['deposit into aave after you swap 2 eth for usdc', ['swap_asset:ETH:exact', 'deposit_asset:USDC:all']],
      ['borrow 2k usdc, swap it to eth and stake the eth with lido', ['borrow_asset:USDC:exact', 'swap_asset:USDC:all', 'stake_asset:ETH:all']],
      ['withdraw 3 eth from aave then swap eth to usdc', ['withdraw_asset:ETH:exact', 'swap_asset:ETH:all']],
      ['unstake 5 eth from lido, then deposit eth into compound', ['unstake_asset:ETH:exact', 'deposit_asset:ETH:all']],
      ['claim my CRV rewards and then swap crv to eth', ['claim_rewards:CRV:none', 'swap_asset:CRV:all']],
      ['swap 2 eth to dai then repay dai on maker', ['swap_asset:ETH:exact', 'repay_asset:DAI:all']],
      // an amount of its own, half, or a different asset stays as written
      ['swap 2 eth to usdc then deposit 1000 usdc into aave', ['swap_asset:ETH:exact', 'deposit_asset:USDC:exact']],
      ['swap 2 eth to usdc then deposit half the usdc into aave', ['swap_asset:ETH:exact', 'deposit_asset:USDC:half']],
      ['swap 2 eth to usdc then deposit eth into aave', ['swap_asset:ETH:exact', 'deposit_asset:ETH:none']],
      // no producing step before it: deposit, repay and stake leave nothing; withdraw/borrow draw on a venue
      ['deposit usdc into aave', ['deposit_asset:USDC:none']],
      ['deposit 2 eth into aave then borrow usdc', ['deposit_asset:ETH:exact', 'borrow_asset:USDC:none']],
      ['stake 2 eth with lido then deposit eth into aave', ['stake_asset:ETH:exact', 'deposit_asset:ETH:none']],
      ['unstake 2 eth from lido then withdraw eth from aave', ['unstake_asset:ETH:exact', 'withdraw_asset:ETH:none']],
      // execution order, not text order: the deposit runs first, so it carries nothing
      ['swap usdc to eth after depositing 500 usdc into aave', ['deposit_asset:USDC:exact', 'swap_asset:USDC:none']],
    ])('%s', (text, expected) => {
      expect(kinds(text)).toEqual(expected);
    });
  });

  it('applies a fronted chain to every step, and venues only to their own clause', () => {
    const a = analyzePrompt('on arbitrum, swap 1 ETH to USDC then deposit it into aave');
    expect(a.steps.map((s) => s.args.chain)).toEqual(['arbitrum', 'arbitrum']);
    expect(a.steps.map((s) => s.args.protocol)).toEqual([null, 'aave']);
  });
});

describe('confusable verbs (DESIGN §4)', () => {
  it.each([
    ['withdraw my staked ETH', 'unstake_asset'],
    ['withdraw 2 ETH from lido', 'unstake_asset'],
    ['claim staking rewards', 'claim_rewards'],
    ['withdraw my rewards from convex', 'claim_rewards'],
    ['take out a loan of 500 USDC', 'borrow_asset'],
    ['take out 2 ETH from aave', 'withdraw_asset'],
    ['lend 100 USDC on aave', 'deposit_asset'],
    ['lend me 100 USDC', 'borrow_asset'],
    ['pay back 300 DAI on aave', 'repay_asset'],
    ['add 5 ETH as collateral on aave', 'deposit_asset'],
    ['sell 2 ETH for USDC', 'swap_asset'],
    ['stop staking my ETH on lido', 'unstake_asset'],
    ['make a deposit of 4 ETH on spark', 'deposit_asset'],
    ['depost 10 eth into aave', 'deposit_asset'],
    ['swpa 2 ETH for USDC', 'swap_asset'],
  ])('%s → %s', (text, primitive) => {
    expect(seq(text)).toEqual([primitive]);
  });

  it('reads nouns as nouns: "withdraw my deposit" is one withdraw', () => {
    expect(seq('withdraw my deposit from aave')).toEqual(['withdraw_asset']);
  });
});

describe('slang verbs, resolved in context', () => {
  it.each([
    // place-like slang deposits only into a named venue; a staking-only venue takes a stake
    ['chuck 3 eth into aave', ['deposit_asset']],
    ['shove 500 usdc into compound', ['deposit_asset']],
    ['sink 2k dai into spark', ['deposit_asset']],
    ['dump 1000 dai into aave', ['deposit_asset']],
    ['throw 2 eth into lido', ['stake_asset']],
    ['put 4 eth to work on rocket pool', ['stake_asset']],
    ['park 10 eth in lido', ['stake_asset']],
    ['ape 2 eth into aave', ['deposit_asset']],
    ['ape 1 eth into PEPE', ['swap_asset']],
    // withdraw-like slang
    ['yank 2 eth out of aave', ['withdraw_asset']],
    ['yank my eth out of staking', ['unstake_asset']],
    ['grab 500 usdc back from aave', ['withdraw_asset']],
    ['grab a 2k usdc loan from aave', ['borrow_asset']],
    ['snag my rewards from curve', ['claim_rewards']],
    ['scoop up my crv rewards', ['claim_rewards']],
    // debt slang repays only a debt or loan
    ['wipe out my dai debt on aave', ['repay_asset']],
    ['knock out 500 usdc of my aave debt', ['repay_asset']],
    ['nuke my usdc loan on compound', ['repay_asset']],
    // weak swap slang needs a token
    ['ditch 2 eth for usdc', ['swap_asset']],
    ['unload my link for eth', ['swap_asset']],
  ])('%s → %s', (text, expected) => {
    expect(seq(text)).toEqual(expected);
  });

  it.each([
    ['ape some steth into compound', 'deposit_asset', 'STETH'],
    ['ape the usdc into morpho', 'deposit_asset', 'USDC'],
    ['stash 12 wstETH in staking', 'stake_asset', 'WSTETH'],
    ['once you have done a swap of 2 eth to dai, repay 500 dai', 'swap_asset', 'ETH'],
    ['instead of doing a swap of 2 eth to dai, pull 3 usdc out of aave', 'withdraw_asset', 'USDC'],
    ['withdraw 2 eth from aave then pay it back to compound', 'withdraw_asset', 'ETH'],
  ])('%s: first step %s of %s (a verb is never the asset, even when it spells a ticker)', (text, primitive, asset) => {
    const a = analyzePrompt(text);
    expect(a.steps.length).toBeGreaterThan(0);
    expect([a.steps[0].primitive, a.steps[0].args.asset]).toEqual([primitive, asset]);
    expect(a.steps.every((s) => s.args.protocol !== 'staking')).toBe(true);
  });

  it('"pay it back" after a step is a repay', () => {
    expect(seq('withdraw 2 eth from aave then pay it back to compound')).toEqual(['withdraw_asset', 'repay_asset']);
  });

  it.each(['chuk 2 eth into aave', 'shoev 500 usdc into compound', 'ditsh 2 eth for usdc'])('one typo on a slang verb of 5+ letters: %s', (text) => {
    expect(seq(text)).toHaveLength(1);
  });

  it.each(['check my aave position', 'upload my file to aave', 'pitch 2 eth to bob'])('real words near a slang verb stay words: %s', (text) => {
    expect(seq(text)).toEqual([]);
  });

  it.each(['drop 2 eth to bob', 'a pile of eth in aave', 'load up on eth', 'wipe my hard drive', 'scoop me some ice cream', 'dump 2 eth on the floor', 'sink the ship', 'kill the process'])(
    'slang words outside their context are no step: %s',
    (text) => {
      expect(seq(text).filter((p) => p === 'deposit_asset' || p === 'repay_asset')).toEqual([]);
    },
  );
});

describe('typo\'d reward nouns', () => {
  it.each(['claim my rewardz', 'harvest my rewrds', 'collect my rewads on convex', 'claim my yeild from aave', 'claim the airdorp', 'withdraw my rewardss from convex'])('%s is a claim', (text) => {
    const a = analyzePrompt(text);
    expect(a.steps.map((s) => s.primitive)).toEqual(['claim_rewards']);
    expect(a.empty).toBe(false);
  });

  it('real words near a reward noun stay words', () => {
    expect(analyzePrompt('claim regards').empty).toBe(true);
    expect(seq('withdraw my field notes from aave')).toEqual(['withdraw_asset']);
  });
});

describe('nominalised actions', () => {
  it.each([
    ['unstake 2 eth from lido followed by a deposit of 2 eth into aave', ['unstake_asset', 'deposit_asset']],
    ['once the swap of 2 eth to dai is done, repay 1000 dai on aave', ['swap_asset', 'repay_asset']],
    ['swap 1 eth to usdc then a deposit of 2000 usdc into aave', ['swap_asset', 'deposit_asset']],
    ['after the withdrawal of 3 eth from aave, stake 3 eth on lido', ['withdraw_asset', 'stake_asset']],
    ['repay 500 dai before a withdrawal of 1 eth from aave', ['repay_asset', 'withdraw_asset']],
    ['I need a swap of 2 eth to usdc', ['swap_asset']],
  ])('%s', (text, expected) => {
    expect(seq(text)).toEqual(expected);
  });

  it('carries the args of the nominal clause, not of the main one', () => {
    const a = analyzePrompt('once the deposit of 5 eth into aave is done, borrow 2k usdc');
    expect(a.steps.map((s) => [s.primitive, s.args.amount, s.args.asset, s.args.protocol])).toEqual([
      ['deposit_asset', 5, 'ETH', 'aave'],
      ['borrow_asset', 2000, 'USDC', null],
    ]);
  });

  it.each(['once the swap of 2 eth settles', 'cancel the swap of 2 eth to usdc', 'I need the deposit of 5 eth reversed', 'the price impact of a swap of 100 eth', 'withdraw my deposit from aave'])(
    'a noun stays a noun without a sequence or wish lead, or alone: %s',
    (text) => {
      expect(seq(text).filter((p) => p === 'swap_asset' || p === 'deposit_asset')).toEqual([]);
    },
  );
});

describe('past-tense steps in once/after/when clauses', () => {
  it.each([
    ['deposit into aave once you have swapped 1 eth for usdc', ['swap_asset', 'deposit_asset']],
    ['deposit into aave after you swapped 1 eth for usdc', ['swap_asset', 'deposit_asset']],
    ['stake the eth on lido when we have unstaked 2 eth from rocket pool', ['unstake_asset', 'stake_asset']],
  ])('%s', (text, expected) => {
    expect(seq(text)).toEqual(expected);
  });

  it.each(['once you have swapped 1 eth for usdc', 'i have swapped 1 eth for usdc', 'you swapped 1 eth for usdc yesterday'])(
    'a past action alone is not a request: %s',
    (text) => {
      expect(seq(text)).toEqual([]);
    },
  );
});

describe('non-executable prompts', () => {
  it.each([
    ["don't swap my ETH", 'negation'],
    ['never stake my eth', 'negation'],
    ['hold off on the deposit', 'negation'],
    ["what's my health factor?", 'question'],
    ['how do I stake ETH?', 'question'],
    ['should I repay my loan', 'question'],
    ['what if I borrow 1000 DAI', 'question'],
    ['suppose I borrowed 1000 DAI against my ETH', 'hypothetical'],
    ['maybe swap some ETH later', 'hypothetical'],
    ['swap ETH to USDC when ETH hits 4000', 'conditional'],
    ['if eth drops below 2000 sell it', 'hypothetical'],
    ['I deposited 5 eth yesterday', 'narrative'],
    ['tell me how to claim rewards', 'question'],
    ['can I borrow 500 usdc?', 'question'],
    ['could I swap 2 eth to usdc', 'question'],
    ['show me the best pool to stake ETH in', 'informational'],
  ])('%s → %s', (text, marker) => {
    expect(analyzePrompt(text).nonExec).toBe(marker);
  });

  it.each(['neger swap my eth', 'nevr stake my eth on lido', 'dnot deposit my usdc into aave', 'dontt borrow 5k usdc'])('a typo\'d negation is still a negation: %s', (text) => {
    expect(analyzePrompt(text).nonExec).toBe('negation');
  });

  it.each(['can you swap 2 eth to usdc?', 'can i get a loan of 500 usdc', 'could you deposit 5 ETH into aave please', "I'd appreciate it if you could repay 30 DAI", 'withdraw 6 ETH from aave if that is ok', 'swap 2 eth to usdc?'])(
    'a polite request is a request: %s',
    (text) => {
      expect(analyzePrompt(text).nonExec).toBeNull();
    },
  );

  it('a negated action with an alternative keeps only the alternative', () => {
    const a = analyzePrompt("don't swap my ETH, instead stake 2 ETH with lido");
    expect(a.nonExec).toBeNull();
    expect(a.steps.map((s) => [s.primitive, s.args.amount])).toEqual([['stake_asset', 2]]);
  });

  it.each(['bridge 2 ETH to arbitrum', 'send 5 USDC to bob', 'swap 1 ETH to USDC then bridge it to base', 'mint an NFT', 'approve USDC spending', 'open a 5x long on ETH', 'add liquidity to the ETH/USDC pool'])(
    'unsupported action: %s',
    (text) => {
      expect(analyzePrompt(text).unsupported).toBe(true);
    },
  );

  it('finds no action in gibberish or past-tense narration', () => {
    expect(analyzePrompt('asdf qwerty').steps).toEqual([]);
    expect(analyzePrompt('I swapped 2 ETH last week').steps).toEqual([]);
  });

  it('flags steps with nothing to act on', () => {
    expect(analyzePrompt('swap swap swap').empty).toBe(true);
    expect(analyzePrompt('claim').empty).toBe(true);
    expect(analyzePrompt('claim my rewards').empty).toBe(false);
    const sugar = analyzePrompt('borrow a cup of sugar');
    expect(sugar.incomplete && sugar.domainless).toBe(true);
  });

  it('flags an amount it cannot represent', () => {
    expect(analyzePrompt('swap a third of my ETH to USDC').amountIssue).toBe('unrepresentable_fraction');
    expect(analyzePrompt('swap 25% of my ETH to USDC').amountIssue).toBe('unrepresentable_fraction');
    expect(analyzePrompt('swap 50% of my ETH to USDC').amountIssue).toBeNull();
  });

  it('flags two sized assets under one verb (one step cannot hold both)', () => {
    expect(analyzePrompt('withdraw 5 ETH and 100 USDC from aave').amountIssue).toBe('several_assets');
    expect(analyzePrompt('swap 1 ETH and 2 WBTC to USDC').amountIssue).toBe('several_assets');
    expect(analyzePrompt('swap 2 eth for 5000 usdc').amountIssue).toBeNull();
    expect(analyzePrompt('borrow 500 usdc against 1 eth').amountIssue).toBeNull();
  });
});
