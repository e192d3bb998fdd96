import { createWordmap } from '@micro-lm/encoders';
import { serializeArtifact, trainMapper, type Example } from '@micro-lm/mapper';
import * as E from 'fp-ts/Either';
import { createWalletDomain, loadWalletDomain } from './domain';
import { WALLET_PRIMITIVES, type WalletLabel } from './labels';

// A tiny training set built from the primitive names, so these tests hold right after generation (before any
// dataset or committed model exists). The committed model is evaluated on datasets/wallet/dev.jsonl instead.
const verbNoun = (p: string): [string, string] => {
  const [verb, ...rest] = p.split('_');
  return [verb, rest.join(' ') || 'it'];
};
const PATTERNS = ['{v} the {n}', 'please {v} my {n}', 'can you {v} a {n}', 'i want to {v} the {n} now', '{v} {n} 5', 'go ahead and {v} this {n}'];
const NEGATIVES = ['hello there', 'tell me a joke', 'thanks a lot', 'what is the weather like today', 'good morning to you', 'who won the game last night', 'how are you doing', 'what time is it'];

function examples(): Example<WalletLabel>[] {
  const out: Example<WalletLabel>[] = [];
  for (const p of WALLET_PRIMITIVES) {
    const [v, n] = verbNoun(p);
    for (const t of PATTERNS) out.push({ text: t.replace('{v}', v).replace('{n}', n), label: p });
  }
  for (const text of NEGATIVES) out.push({ text, label: 'non_exec' });
  return out;
}

const artifact = serializeArtifact(trainMapper(examples(), createWordmap(), { seed: 1, calibrationSplit: 0, minDf: 1, negativeLabels: ['non_exec'] }));
const domain = createWalletDomain({ artifact });

describe('wallet domain', () => {
  it.each([...WALLET_PRIMITIVES])('accepts an unseen phrasing of %s with a one-step plan', (p) => {
    const [v, n] = verbNoun(p);
    const r = domain.run({ prompt: `could you please ${v} the ${n}` });
    expect(r.decision).toBe('accept');
    expect(r.label).toBe(p);
    expect(r.plan.steps.map((s) => s.primitive)).toEqual([p]);
    expect(r.verify).toMatchObject({ ok: true, reason: 'verified' });
    expect(r.score).toBeGreaterThan(0.5);
  });

  it('abstains on chit-chat as non_exec', () => {
    const r = domain.run({ prompt: 'tell me a joke please' });
    expect(r).toMatchObject({ decision: 'abstain', reason: 'abstain_non_exec', label: 'abstain', plan: { steps: [] } });
    expect(r.verify.ok).toBe(false);
  });

  it('abstains on words it has never seen as out of domain', () => {
    expect(domain.run({ prompt: 'zxqv plmok wertyu' }).reason).toBe('abstain_out_of_domain');
  });

  it.each([[''], ['   '], ['x'.repeat(4097)]])('refuses an invalid prompt (%#)', (prompt) => {
    expect(domain.run({ prompt }).reason).toBe('abstain_invalid_input');
  });

  it('refuses a prompt that is not a string', () => {
    expect(domain.run({ prompt: 42 }).reason).toBe('abstain_invalid_input');
  });

  it('is deterministic: same prompt, same outcome; same data, same model bytes', () => {
    const [v, n] = verbNoun(WALLET_PRIMITIVES[0]);
    expect(domain.run({ prompt: `${v} the ${n}` })).toEqual(domain.run({ prompt: `${v} the ${n}` }));
    const again = serializeArtifact(trainMapper(examples(), createWordmap(), { seed: 1, calibrationSplit: 0, minDf: 1, negativeLabels: ['non_exec'] }));
    expect(again).toBe(artifact);
  });

  it('fails closed on a missing or edited model', () => {
    const missing = loadWalletDomain({ modelPath: '/nonexistent/wallet-model.json' });
    expect(E.isLeft(missing) && missing.left).toMatch(/^cannot read \/nonexistent/);
    const edited = artifact.replace('"p1_min":', '"p1_min":0.0001,"x":');
    expect(E.isLeft(loadWalletDomain({ artifact: edited }))).toBe(true);
    expect(() => createWalletDomain({ backend: 'sbert' })).toThrow(/no committed model for backend "sbert"/);
  });
});
