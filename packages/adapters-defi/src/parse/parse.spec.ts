import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStage11, type TraceSet } from '@micro-lm/ngf-core';
import { DEFI_PRIMITIVES } from '../labels';
import { analyzePrompt } from '../intent/analyze';
import { DEFAULT_NULL_PATH, parseDefiNull } from '../model-files';
import { CONTEXT_AMPLITUDE, buildTraces, tokenTime } from './traces';
import { STAGE11_LEXICAL, detectPrimitives, parserSetup } from './detect';
import type { DefiNull } from './null';

// A null with the floor sd everywhere and zero mean: z = score / (0.1 · unit score).
const NUL: DefiNull = { stage10: { mean: new Array(8).fill(0), sd: new Array(8).fill(0.1) }, stage11: { mean: new Array(8).fill(0), sd: new Array(8).fill(0.1) }, n: 1 };

describe('buildTraces', () => {
  it('puts a lobe of the cue strength at the cue token on the primitive channel', () => {
    const a = analyzePrompt('swap 2 ETH to USDC');
    const tr = buildTraces(a.tokens, a.cues, 128, 19);
    const swap = tr.data[DEFI_PRIMITIVES.indexOf('swap_asset')];
    // token 0 of 5: centre (0.5/5)·127 = 12.7 → the lobe peaks at the nearest samples
    expect(tokenTime(0, 5, 128)).toBeCloseTo(12.7, 10);
    expect(Math.max(...swap)).toBeCloseTo(Math.cos((Math.PI * 0.3) / 18), 10);
    expect(swap[13]).toBe(Math.max(...swap));
    expect(swap[23]).toBe(0); // 12.7 + 9 < 23: outside the lobe
    for (const [k, name] of DEFI_PRIMITIVES.entries()) if (name !== 'swap_asset') expect(Math.max(...tr.data[k])).toBe(0);
  });

  it('gives hint words a weak lobe and never sums them', () => {
    const a = analyzePrompt('rewards rewards rewards');
    const tr = buildTraces(a.tokens, a.cues, 128, 19);
    const claim = tr.data[DEFI_PRIMITIVES.indexOf('claim_rewards')];
    expect(Math.max(...claim)).toBeLessThanOrEqual(CONTEXT_AMPLITUDE + 1e-12);
    expect(Math.max(...claim)).toBeGreaterThan(0.25);
  });
});

describe('detectPrimitives', () => {
  it.each(['stage10', 'stage11'] as const)('%s keeps both verbs of a two-step prompt in text order', (rails) => {
    const setup = parserSetup(rails, 128, NUL);
    const a = analyzePrompt('deposit into aave after you swap my ETH to USDC');
    const p = detectPrimitives(buildTraces(a.tokens, a.cues, 128, setup.width), setup);
    expect([...p.keep].sort()).toEqual(['deposit_asset', 'swap_asset']);
    expect(p.order).toEqual(['deposit_asset', 'swap_asset']);
    expect(p.perChannel.deposit_asset.passedAbs).toBe(true);
    expect(p.perChannel.borrow_asset).toEqual({ peak: 0, score: 0, z: 0, passedAbs: false, passedRel: false });
  });

  it.each(['stage10', 'stage11'] as const)('%s keeps nothing when only hint words are present (abstain, not a guess)', (rails) => {
    const setup = parserSetup(rails, 128, NUL);
    const a = analyzePrompt('my staking rewards and my loan');
    const p = detectPrimitives(buildTraces(a.tokens, a.cues, 128, setup.width), setup);
    expect(p.keep).toEqual([]);
    expect(p.perChannel.claim_rewards.score).toBeGreaterThan(0);
    expect(p.perChannel.claim_rewards.passedAbs).toBe(false);
  });

  it('drops a hint that is weaker than half the best verb (relative gate)', () => {
    const setup = parserSetup('stage10', 128, NUL);
    const a = analyzePrompt('stake 2 ETH and tell nobody about the loan');
    const p = detectPrimitives(buildTraces(a.tokens, a.cues, 128, setup.width), setup);
    expect(p.keep).toEqual(['stake_asset']);
    expect(p.perChannel.borrow_asset.passedRel).toBe(false);
  });

  it('works at other trace lengths', () => {
    const setup = parserSetup('stage10', 64, NUL);
    const a = analyzePrompt('claim my rewards then stake them');
    const p = detectPrimitives(buildTraces(a.tokens, a.cues, 64, setup.width), setup);
    expect(p.order).toEqual(['claim_rewards', 'stake_asset']);
  });
});

describe('Stage-11 on lexical traces', () => {
  it('runs without the phantom guard, which changes no keep or order on the generated dev split', () => {
    expect(STAGE11_LEXICAL.guardRuns).toBe(0);
    const nul = parseDefiNull(readFileSync(DEFAULT_NULL_PATH, 'utf8'));
    if (nul._tag === 'Left') throw new Error(nul.left);
    const setup = parserSetup('stage11', 128, nul.right);
    const lines = readFileSync(join(__dirname, '../../../../datasets/defi/gen-dev.jsonl'), 'utf8').trim().split('\n');
    let compared = 0;
    let detected = 0;
    for (const line of lines) {
      const a = analyzePrompt((JSON.parse(line) as { text: string }).text);
      const tr = buildTraces(a.tokens, a.cues, 128, setup.width);
      const idx = tr.data.flatMap((x, k) => (x.some((v) => v !== 0) ? [k] : []));
      if (idx.length === 0) continue;
      const sub: TraceSet = { names: idx.map((k) => tr.names[k]), T: 128, data: idx.map((k) => tr.data[k]) };
      const off = parseStage11(sub, setup.config);
      const on = parseStage11(sub, { ...setup.config, guardRuns: 3, guardMinVotes: 2, guardJitter: 0.5 });
      expect([on.keep, on.order]).toEqual([off.keep, off.order]);
      compared++;
      if (off.keep.length > 0) detected++;
    }
    expect(compared).toBeGreaterThan(1000);
    expect(detected).toBeGreaterThan(800);
  });
});
