import * as E from 'fp-ts/Either';
import { readFileSync } from 'node:fs';
import { createWalletDomain, DEFAULT_MODEL_PATH, loadWalletDomain } from './domain';

// The committed model (tools/src/wallet-data/train.ts on datasets/wallet/train.jsonl), end to end.
const domain = createWalletDomain();
const ADDR = '0x52908400098527886e0f7030069857d2e4169ee7';
const context = { balances: { ETH: 2, USDC: 500 }, prices: { ETH: 3000 }, contacts: { bob: '0x8617e340b3d01fa5f11f306f4090fd50e238070d' } };

describe('wallet domain (committed model)', () => {
  it('accepts a send it can verify, with typed args', () => {
    const r = domain.run({ prompt: `send 0.5 ETH to ${ADDR}`, context });
    expect(r).toMatchObject({ decision: 'accept', label: 'send_asset', reason: 'verified', verify: { ok: true } });
    expect(r.plan.steps).toEqual([{ primitive: 'send_asset', args: { amount: 0.5, amount_kind: 'exact', asset: 'ETH', recipient: ADDR, chain: null } }]);
    expect(r.score).toBeGreaterThanOrEqual(0.6);
  });

  it('blocks a send over the balance, keeping the label and plan', () => {
    const r = domain.run({ prompt: 'pay bob 600 usdc', context });
    expect(r).toMatchObject({ decision: 'block', label: 'send_asset', reason: 'insufficient_balance' });
    expect(r.plan.steps).toHaveLength(1);
  });

  it('blocks a send without context (fail closed) and an unknown contact', () => {
    expect(domain.run({ prompt: `send 0.5 ETH to ${ADDR}` }).reason).toBe('missing_context');
    expect(domain.run({ prompt: 'send 1 eth to zed', context }).reason).toBe('unknown_recipient');
  });

  it.each([
    ['show my receive address for usdc', 'receive_address'],
    ['how much eth do i have', 'check_balance'],
  ])('accepts the read-only request %s', (prompt, label) => {
    expect(domain.run({ prompt })).toMatchObject({ decision: 'accept', label, reason: 'verified' });
  });

  it.each([
    ['tell me a joke', 'abstain_non_exec'],
    ["don't send 1 eth to bob", 'abstain_non_exec'],
    ['swap 1 eth for usdc', 'abstain_unsupported'],
    ['send 1 eth to bob and 2 usdc to carol', 'abstain_unsupported'],
    ['qwxz vbnm plokij', 'abstain_out_of_domain'],
    ['', 'abstain_invalid_input'],
  ])('abstains on %p with %s', (prompt, reason) => {
    const r = domain.run({ prompt, context });
    expect(r).toMatchObject({ decision: 'abstain', label: 'abstain', reason, plan: { steps: [] }, verify: { ok: false, reason } });
  });

  it('is deterministic and reports its thresholds and model hash', () => {
    const p = { prompt: 'send 1 eth to bob', context };
    expect(domain.run(p)).toEqual(domain.run(p));
    expect(domain.modelSha256).toBe((JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8')) as { sha256: string }).sha256);
    expect(domain.config.thresholds.p1_min).toBeGreaterThan(0);
  });

  it('fails closed on a missing or edited model and an unsupported backend', () => {
    const missing = loadWalletDomain({ modelPath: '/nonexistent/wallet.json' });
    expect(E.isLeft(missing) && missing.left).toMatch(/^cannot read \/nonexistent/);
    const edited = readFileSync(DEFAULT_MODEL_PATH, 'utf8').replace('"p1_min":', '"p1_min":0.0001,"x":');
    expect(E.isLeft(loadWalletDomain({ artifact: edited }))).toBe(true);
    expect(() => createWalletDomain({ backend: 'sbert' })).toThrow(/no committed model for backend "sbert"/);
  });
});
