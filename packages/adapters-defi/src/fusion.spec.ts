import { fuse, type MapperVote } from './fusion';
import { analyzePrompt } from './intent/analyze';
import type { DefiParse } from './parse/detect';
import { buildTraces } from './parse/traces';
import { detectPrimitives, parserSetup } from './parse/detect';
import type { DefiNull } from './parse/null';

const NUL: DefiNull = { stage10: { mean: new Array(8).fill(0), sd: new Array(8).fill(0.1) }, stage11: { mean: new Array(8).fill(0), sd: new Array(8).fill(0.1) }, n: 1 };
const setup = parserSetup('stage10', 128, NUL);

function run(text: string, m: MapperVote, parseOverride?: DefiParse) {
  const a = analyzePrompt(text);
  const p = parseOverride ?? detectPrimitives(buildTraces(a.tokens, a.cues, 128, setup.width), setup);
  return fuse(a, p, m);
}
const vote = (label: string, abstain: MapperVote['abstain'] = null, p1 = 0.9): MapperVote => ({ label, p1, abstain });

describe('fuse (DESIGN §1)', () => {
  it('accepts a single step when the mapper names the same primitive', () => {
    const r = run('deposit 10 ETH into aave', vote('deposit_asset'));
    expect(r.kind).toBe('plan');
  });

  it('abstains with disagreement when the mapper names another primitive', () => {
    expect(run('deposit 10 ETH into aave', vote('withdraw_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
  });

  it('passes the mapper abstain reasons through on a single step', () => {
    expect(run('deposit 10 ETH into aave', vote('deposit_asset', 'low_confidence'))).toEqual({ kind: 'abstain', reason: 'abstain_low_confidence' });
    expect(run('deposit 10 ETH into aave', vote('deposit_asset', 'ambiguous'))).toEqual({ kind: 'abstain', reason: 'abstain_ambiguous' });
    expect(run('deposit 10 ETH into aave', vote('deposit_asset', 'out_of_domain'))).toEqual({ kind: 'abstain', reason: 'abstain_out_of_domain' });
  });

  it('lets a sure mapper veto with non_exec / unsupported', () => {
    expect(run('deposit my paycheck at the bank', vote('non_exec'))).toEqual({ kind: 'abstain', reason: 'abstain_non_exec' });
    expect(run('swap 1 ETH to USDC', vote('unsupported'))).toEqual({ kind: 'abstain', reason: 'abstain_unsupported' });
  });

  it('abstains non_exec on negation / question / hypothetical even when the mapper agrees', () => {
    for (const t of ["don't deposit 10 ETH into aave", 'should I deposit 10 ETH into aave?', 'what if I deposit 10 ETH into aave']) {
      expect(run(t, vote('deposit_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_non_exec' });
    }
  });

  it('abstains unsupported on an unsupported verb anywhere, even inside a plan', () => {
    expect(run('swap 1 ETH to USDC then bridge it to base', vote('swap_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_unsupported' });
  });

  it('multi-step: accepts when the mapper top label is one of the steps, even if unsure', () => {
    const r = run('swap 2 ETH to USDC then deposit it into aave', vote('deposit_asset', 'ambiguous', 0.45));
    expect(r.kind === 'plan' && r.steps.map((s) => s.primitive)).toEqual(['swap_asset', 'deposit_asset']);
    expect(run('swap 2 ETH to USDC then deposit it into aave', vote('borrow_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
    expect(run('swap 2 ETH to USDC then deposit it into aave', vote('swap_asset', 'out_of_domain'))).toEqual({ kind: 'abstain', reason: 'abstain_out_of_domain' });
  });

  it('multi-step: a plurality for unsupported does not veto a plan that holds the majority', () => {
    const split: MapperVote = { label: 'unsupported', p1: 0.33, abstain: null, topk: [{ label: 'unsupported', p: 0.33 }, { label: 'deposit_asset', p: 0.32 }, { label: 'swap_asset', p: 0.31 }] };
    expect(run('swap 1 eth to usdc and then supply it to aave', split).kind).toBe('plan');
    const minority: MapperVote = { label: 'unsupported', p1: 0.6, abstain: null, topk: [{ label: 'unsupported', p: 0.6 }, { label: 'deposit_asset', p: 0.2 }, { label: 'swap_asset', p: 0.1 }] };
    expect(run('swap 1 eth to usdc and then supply it to aave', minority)).toEqual({ kind: 'abstain', reason: 'abstain_unsupported' });
    // one step: a sure unsupported vote vetoes even when the parser reads a primitive
    expect(run('supply 1 eth to aave', { ...minority, topk: undefined })).toEqual({ kind: 'abstain', reason: 'abstain_unsupported' });
  });

  it('abstains when the parser disagrees with the clauses (set or order)', () => {
    const parse: DefiParse = { keep: ['deposit_asset'], order: ['deposit_asset'], perChannel: {} };
    expect(run('swap 2 ETH to USDC then deposit it into aave', vote('swap_asset'), parse)).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
    const swapped: DefiParse = { keep: ['swap_asset', 'deposit_asset'], order: ['deposit_asset', 'swap_asset'], perChannel: {} };
    expect(run('swap 2 ETH to USDC then deposit it into aave', vote('swap_asset'), swapped)).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
  });

  it('with nothing detected: the mapper reason, else disagreement', () => {
    expect(run('asdf qwerty', vote('swap_asset', 'out_of_domain'))).toEqual({ kind: 'abstain', reason: 'abstain_out_of_domain' });
    expect(run('I swapped 2 ETH for USDC yesterday', vote('swap_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_non_exec' });
    expect(run('I swapped 2 ETH for USDC', vote('swap_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
    expect(run('I swapped 2 ETH for USDC', vote('non_exec', 'low_confidence'))).toEqual({ kind: 'abstain', reason: 'abstain_low_confidence' });
    expect(run('asdf qwerty', vote('swap_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
  });

  it('abstains when a step is missing its asset, or the amount cannot be typed', () => {
    expect(run('borrow a cup of sugar', vote('borrow_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_non_exec' });
    expect(run('swap a third of my ETH to USDC', vote('swap_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_ambiguous' });
  });

  it('abstains when sequence words announce more steps than were read', () => {
    expect(run('swap 2 ETH to USDC and then frobnicate it', vote('swap_asset'))).toEqual({ kind: 'abstain', reason: 'abstain_disagreement' });
  });
});
