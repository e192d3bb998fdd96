import fc from 'fast-check';
import { analyzePrompt } from './intent/analyze';
import { createDefiDomain } from './domain';

const WORDS = ['swap', 'deposit', 'withdraw', 'borrow', 'repay', 'stake', 'unstake', 'claim', 'take', 'out', 'of', 'my', 'the', 'all', 'half', 'max',
  'eth', 'ETH', 'usdc', 'aave', 'frax', 'gmx', 'lido', 'on', 'in', 'into', 'to', 'for', 'with', 'then', 'after', 'before', 'once', 'first',
  "don't", 'not', 'if', '?', ',', '.', '$', '500', '2k', '1,250.75', '.5', 'sixty', 'a', 'hundred', 'and', 'one', 'staked', 'rewards',
  'loan', 'debt', 'it', 'them', 'arbitrum', 'base', 'matic', 'v3', '%', '50', 'every', 'last', 'as', 'much', 'can', 'you', 'could',
  'constructor', 'toString', '__proto__', 'valueOf', '2constructor', 'hasOwnProperty'];

describe('robustness', () => {
  const domain = createDefiDomain();

  it('never throws and always returns a well-formed outcome on word soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 25 }), (ws) => {
        const o = domain.run({ prompt: ws.join(' '), rails: 'stage10', T: 64 });
        expect(['accept', 'abstain', 'block']).toContain(o.decision);
        if (o.decision === 'accept') expect(o.verify.ok).toBe(true);
        if (o.decision === 'abstain') expect(o.plan.steps).toEqual([]);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (s) => {
        expect(() => analyzePrompt(s)).not.toThrow();
        const o = domain.run({ prompt: s, rails: 'stage11', T: 128 });
        expect(o.decision === 'accept' ? o.verify.ok : true).toBe(true);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('object-prototype words are plain words', () => {
    const o = domain.run({ prompt: 'constructor toString __proto__ valueOf 2constructor hasOwnProperty', rails: 'stage11', T: 128 });
    expect(o.decision).toBe('abstain');
    expect(analyzePrompt('stake 2constructor eth').steps[0].args.amount).toBe(2);
  });

  it('never accepts without a context (verification needs one)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), (ws) => {
        expect(domain.run({ prompt: ws.join(' '), rails: 'stage11', T: 128 }).decision).not.toBe('accept');
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
