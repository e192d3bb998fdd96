import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { shiftDecimal, withCommas, wordsUnder100 } from './amounts';
import { dedupeKey, generateDataset, generateSplit, stats, toJsonl, type Counts } from './dataset';
import { carryOf, resolveAsset } from './compose';
import { buildFiles } from './generate';
import { inflect } from './morph';
import { addTypos } from './noise';
import { countsMarkdown, replaceBlock, type FileFacts } from './readme-block';
import { Rng } from './rng';
import { EMPTY_ARGS, LABELS, NEG_KINDS, PRIMITIVES, type Example, type Primitive, type Step, type StepArgs } from './types';

const step = (primitive: Primitive, args: Partial<StepArgs>): Step => ({ primitive, args: { ...EMPTY_ARGS, ...args } });

const SMALL: Counts = {
  singlePerPrimitive: 12,
  multi2: 12,
  multi3: 6,
  negatives: { info_question: 6, balance_or_price: 6, hypothetical: 6, negation: 6, chitchat: 6, gibberish: 6, other_domain: 6, unsupported_action: 6 },
};
const small = (seed: number, split: 'train' | 'dev' = 'train'): Example[] => generateDataset({ seed, split, counts: SMALL, prefix: 't' });

describe('defi data generator', () => {
  it('is deterministic: the same seed gives byte-identical JSONL, another seed does not', () => {
    const a = toJsonl(small(7));
    expect(toJsonl(small(7))).toBe(a);
    expect(toJsonl(small(8))).not.toBe(a);
  });

  it('makes exactly the requested counts and covers every label and negative kind', () => {
    const rows = small(1);
    const s = stats(rows);
    expect(s.total).toBe(8 * 12 + 12 + 6 + 8 * 6);
    expect(s.byKind).toEqual({ single: 96, multi: 18, negative: 48 });
    expect(s.byPlanLength).toEqual({ '1': 96, '2': 12, '3': 6 });
    for (const l of LABELS) expect(s.byLabel[l]).toBeGreaterThan(0);
    for (const k of NEG_KINDS) expect(s.byNegKind[k]).toBe(6);
    expect(s.byLabel.unsupported).toBe(6);
    expect(s.byLabel.non_exec).toBe(42);
  });

  it("gives every positive a plan whose first step is its label, and every negative no steps", () => {
    for (const r of small(3)) {
      if (r.kind === 'negative') {
        expect(r.steps).toEqual([]);
        expect(r.neg_kind).toBeDefined();
        expect(r.label).toBe(r.neg_kind === 'unsupported_action' ? 'unsupported' : 'non_exec');
        continue;
      }
      expect(r.neg_kind).toBeUndefined();
      expect(r.steps.length).toBe(r.kind === 'single' ? 1 : r.steps.length);
      if (r.kind === 'multi') expect([2, 3]).toContain(r.steps.length);
      expect(r.label).toBe(r.steps[0].primitive);
      for (const s of r.steps) {
        expect(PRIMITIVES).toContain(s.primitive);
        const a = s.args;
        expect(a.amount === null).toBe(['all', 'half', 'none'].includes(a.amount_kind));
        if (a.amount !== null) expect(a.amount).toBeGreaterThan(0);
        if (a.asset !== null) expect(a.asset).toBe(a.asset.toUpperCase());
        if (a.to_asset !== null) expect(a.to_asset).not.toBe(a.asset);
        if (a.protocol !== null) expect(a.protocol).toBe(a.protocol.toLowerCase());
        if (s.primitive !== 'swap_asset') expect(a.to_asset).toBeNull();
      }
    }
  });

  it('writes rows with a stable key order (DESIGN §4 args order)', () => {
    const rows = small(4);
    const pos = JSON.parse(toJsonl(rows.filter((r) => r.kind === 'single').slice(0, 1)));
    expect(Object.keys(pos)).toEqual(['id', 'text', 'label', 'kind', 'steps']);
    expect(Object.keys(pos.steps[0].args)).toEqual(['amount', 'amount_kind', 'asset', 'to_asset', 'protocol', 'chain']);
    const neg = JSON.parse(toJsonl(rows.filter((r) => r.kind === 'negative').slice(0, 1)));
    expect(Object.keys(neg)).toEqual(['id', 'text', 'label', 'kind', 'steps', 'neg_kind']);
  });

  it('never repeats a text within a split, and keeps excluded texts out', () => {
    const train = small(5);
    const keys = train.map((r) => dedupeKey(r.text));
    expect(new Set(keys).size).toBe(keys.length);
    const dev = generateDataset({ seed: 6, split: 'dev', counts: SMALL, prefix: 'd', exclude: new Set(keys) });
    for (const r of dev) expect(keys).not.toContain(dedupeKey(r.text));
  });

  it('keeps held-out templates and words out of train and uses them in dev', () => {
    const train = generateSplit({ seed: 9, split: 'train', counts: SMALL, prefix: 't' });
    const dev = generateSplit({ seed: 9, split: 'dev', counts: SMALL, prefix: 'd' });
    expect(train.heldOutRows).toBe(0);
    expect(dev.heldOutRows).toBeGreaterThan(0);
    // Words that only held-out templates or vocabulary produce.
    const heldOnly = /\b(offload|rotate|stakewise|silo|gearbox|but first|refrain from|would you mind)\b/i;
    const big = generateDataset({ seed: 10, split: 'train', counts: { ...SMALL, singlePerPrimitive: 60, multi2: 60 }, prefix: 't' });
    expect(big.filter((r) => heldOnly.test(r.text))).toEqual([]);
  });

  it('gold amounts follow the written amount: "$… of" is usd, commas and k/m suffixes scale exactly', () => {
    // An independent reading of the numbers in the text (digits, commas, k/m suffix).
    const written = (text: string): number[] =>
      [...text.matchAll(/(\d[\d,]*(?:\.\d+)?|\.\d+)(?:(k|m)(?![a-z]))?/gi)].map((m) => {
        const base = Number(m[1].replace(/,/g, ''));
        const suffix = (m[2] ?? '').toLowerCase();
        return suffix === 'k' ? Math.round(base * 1000 * 1e6) / 1e6 : suffix === 'm' ? Math.round(base * 1e6 * 1e6) / 1e6 : base;
      }).concat([...text.matchAll(/(\d+(?:\.\d+)?) grand\b/gi)].map((m) => Math.round(Number(m[1]) * 1000 * 1e6) / 1e6));
    const words = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b/i;
    let checked = 0;
    for (const r of small(11)) {
      for (const s of r.steps) {
        if (s.args.amount_kind === 'usd') expect(r.text).toMatch(/\$|dollars|usd|bucks|grand/i);
        if (s.args.amount === null || words.test(r.text)) continue;
        expect(written(r.text)).toContain(s.args.amount);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe('multi-step coreference', () => {
  it('a consuming step with no asset takes what the previous step produced', () => {
    expect(resolveAsset(step('deposit_asset', { protocol: 'aave' }), step('swap_asset', { asset: 'ETH', to_asset: 'USDC' })).args.asset).toBe('USDC');
    expect(resolveAsset(step('swap_asset', { to_asset: 'DAI' }), step('claim_rewards', { asset: 'CRV' })).args.asset).toBe('CRV');
    expect(resolveAsset(step('repay_asset', {}), step('withdraw_asset', { asset: 'WETH' })).args.asset).toBe('WETH');
    expect(resolveAsset(step('stake_asset', {}), step('unstake_asset', { asset: 'SOL' })).args.asset).toBe('SOL');
  });

  it('a consuming step with no amount of what the previous step produced takes it all (carried reference)', () => {
    const swap = step('swap_asset', { asset: 'ETH', to_asset: 'USDC' });
    expect(resolveAsset(step('deposit_asset', { protocol: 'aave' }), swap).args).toMatchObject({ asset: 'USDC', amount_kind: 'all' });
    expect(resolveAsset(step('deposit_asset', { asset: 'USDC' }), swap).args).toMatchObject({ asset: 'USDC', amount_kind: 'all' });
    expect(resolveAsset(step('stake_asset', { asset: 'ETH' }), step('borrow_asset', { asset: 'ETH', amount: 2, amount_kind: 'exact' })).args.amount_kind).toBe('all');
    // its own amount, half, or another asset stays as written; nothing is carried after a deposit
    expect(resolveAsset(step('deposit_asset', { asset: 'USDC', amount: 5, amount_kind: 'exact' }), swap).args.amount_kind).toBe('exact');
    expect(resolveAsset(step('deposit_asset', { amount_kind: 'half' }), swap).args).toMatchObject({ asset: 'USDC', amount_kind: 'half' });
    expect(resolveAsset(step('deposit_asset', { asset: 'DAI' }), swap).args.amount_kind).toBe('none');
    expect(resolveAsset(step('stake_asset', { asset: 'ETH' }), step('deposit_asset', { asset: 'ETH' })).args.amount_kind).toBe('none');
  });

  it('leaves named assets, non-consuming steps and outputs-free predecessors alone', () => {
    expect(resolveAsset(step('deposit_asset', { asset: 'DAI' }), step('swap_asset', { asset: 'ETH', to_asset: 'USDC' })).args.asset).toBe('DAI');
    expect(resolveAsset(step('withdraw_asset', { amount_kind: 'all' }), step('swap_asset', { asset: 'ETH', to_asset: 'USDC' })).args.asset).toBeNull();
    expect(resolveAsset(step('claim_rewards', {}), step('unstake_asset', { asset: 'ETH' })).args.asset).toBeNull();
    expect(resolveAsset(step('repay_asset', {}), step('stake_asset', { asset: 'ETH' })).args.asset).toBeNull();
    expect(resolveAsset(step('deposit_asset', {}), step('swap_asset', { asset: 'ETH', to_asset: null })).args.asset).toBeNull();
    expect(resolveAsset(step('swap_asset', { to_asset: 'USDC' }), step('withdraw_asset', { asset: 'USDC' })).args.asset).toBeNull();
    expect(resolveAsset(step('deposit_asset', {}), null).args.asset).toBeNull();
  });

  it('generated plans respect it, and a leading "on <chain>," applies to every step', () => {
    const rows = generateDataset({ seed: 12, split: 'train', counts: { ...SMALL, multi2: 80, multi3: 40 }, prefix: 't' }).filter((r) => r.kind === 'multi');
    let led = 0;
    for (const r of rows) {
      r.steps.forEach((s, i) => {
        if (i > 0) expect(resolveAsset(s, r.steps[i - 1])).toEqual(s);
      });
      if (/^on [^,]+,/i.test(r.text)) {
        led++;
        for (const s of r.steps) expect(s.args.chain).not.toBeNull();
      }
    }
    expect(carryOf(step('deposit_asset', { asset: 'ETH' }))).toBeNull();
    expect(led).toBeGreaterThan(0);
  });
});

describe('slang, nominalised steps and typos', () => {
  const big = generateDataset({ seed: 13, split: 'train', counts: { ...SMALL, singlePerPrimitive: 150, multi2: 150, multi3: 40 }, prefix: 't' });

  it('writes slang verbs for every primitive', () => {
    const slang: Record<Primitive, RegExp> = {
      deposit_asset: /\b(chuck|shove|sink|toss|drop|plonk|load|ape|stash)\b/i,
      withdraw_asset: /\b(yank|yoink)\b/i,
      borrow_asset: /\b(snag|off)\b/i,
      repay_asset: /\b(wipe|knock|nuke|kill|chip|retire)\b/i,
      swap_asset: /\b(ditch|unload|swop)\b/i,
      stake_asset: /\b(chuck|shove|sink|toss|park|stash|ape)\b/i,
      unstake_asset: /\b(yank|yoink|pull)\b/i,
      claim_rewards: /\b(snag|scoop)\b/i,
    };
    for (const prim of PRIMITIVES) expect(big.some((r) => r.kind === 'single' && r.label === prim && slang[prim].test(r.text))).toBe(true);
  });

  it('writes nominalised steps after sequence words ("followed by a deposit of …", "once the swap of … is done")', () => {
    const nominal = big.filter((r) => r.kind === 'multi' && /\b(followed by an?|once the|after the|then an?) (deposit|supply|withdrawal|borrow|repayment|swap|trade|exchange|stake|restake|unstake|claim) of\b/i.test(r.text));
    expect(nominal.length).toBeGreaterThan(5);
    expect(big.filter((r) => /\ba (unstake|exchange) of\b/i.test(r.text))).toEqual([]);
  });

  it('gives "N grand" and "bucks" amounts the usd kind in dollars', () => {
    const grand = big.flatMap((r) => r.steps.map((s) => [r.text, s] as const)).filter(([t, s]) => s.args.amount_kind === 'usd' && /\bgrand\b/.test(t));
    expect(grand.length).toBeGreaterThan(0);
    for (const [, s] of grand) expect(s.args.amount! % 500).toBe(0);
  });

  it('may put a typo on a reward noun or quantifier inside an argument, never on its ticker or amount', () => {
    const r = new Rng(3);
    let changed = 0;
    for (let i = 0; i < 200; i++) {
      const out = addTypos(r, [{ text: 'claim', role: 'verb' }, { text: 'my 5 CRV rewards', role: 'arg' }]);
      const words = out[1].text.split(' ');
      expect(words.slice(0, 3)).toEqual(['my', '5', 'CRV']);
      if (words[3] !== 'rewards') changed++;
    }
    expect(changed).toBeGreaterThan(20);
  });
});

describe('committed files', () => {
  it('are exactly what the generator writes (pnpm gen:defi reproduces them byte for byte)', () => {
    const dir = path.join(__dirname, '../../../datasets/defi');
    const { train, dev } = buildFiles();
    const trainText = toJsonl(train.rows);
    const devText = toJsonl(dev.rows);
    expect(readFileSync(path.join(dir, 'train.jsonl'), 'utf8') === trainText).toBe(true);
    expect(readFileSync(path.join(dir, 'gen-dev.jsonl'), 'utf8') === devText).toBe(true);
    // The README's counts block (with the sha256 of each file) is current too.
    const facts = (name: string, split: typeof train, text: string): FileFacts => ({ name, split, bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') });
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(replaceBlock(readme, countsMarkdown(facts('train.jsonl', train, trainText), facts('gen-dev.jsonl', dev, devText)))).toBe(readme);
    expect(train.rows.filter((r) => r.kind !== 'negative').length).toBeGreaterThanOrEqual(5000);
    expect(train.rows.filter((r) => r.kind === 'multi').length).toBeGreaterThanOrEqual(600);
    expect(train.rows.filter((r) => r.kind === 'negative').length).toBeGreaterThanOrEqual(2000);
  });
});

describe('amount helpers', () => {
  it('shifts decimals exactly', () => {
    expect(shiftDecimal('2.3', 3)).toBe('2300');
    expect(shiftDecimal('1.5', 6)).toBe('1500000');
    expect(shiftDecimal('7.25', 1)).toBe('72.5');
    expect(shiftDecimal('10', 3)).toBe('10000');
  });

  it('groups thousands with commas', () => {
    expect(withCommas('1250.75')).toBe('1,250.75');
    expect(withCommas('999')).toBe('999');
    expect(withCommas('1000000')).toBe('1,000,000');
  });

  it('spells numbers under 100', () => {
    expect(wordsUnder100(60, false)).toBe('sixty');
    expect(wordsUnder100(25, false)).toBe('twenty five');
    expect(wordsUnder100(25, true)).toBe('twenty-five');
    expect(wordsUnder100(13, true)).toBe('thirteen');
  });
});

describe('verb inflection', () => {
  it('handles doubling, silent e, irregulars', () => {
    expect(inflect('swap', 'ing')).toBe('swapping');
    expect(inflect('stake', 'ing')).toBe('staking');
    expect(inflect('dump', 'ing')).toBe('dumping');
    expect(inflect('withdraw', 'pp')).toBe('withdrawn');
    expect(inflect('take', 'past')).toBe('took');
    expect(inflect('repay', 'past')).toBe('repaid');
    expect(inflect('grab', 'ing')).toBe('grabbing');
    expect(inflect('supply', 'past')).toBe('supplied');
  });
});

describe('Rng', () => {
  it('is reproducible and stays in range', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      expect(b.next()).toBe(x);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('never draws a zero-weight item', () => {
    const r = new Rng(1);
    for (let i = 0; i < 500; i++) expect(r.weighted(['a', 'b', 'c'], (x) => (x === 'b' ? 0 : 1))).not.toBe('b');
  });
});
