import { replay, runMicro } from './index';

// `explain: true` asks the adapter for its evidence (the per-primitive traces the parser saw): same decision,
// traces in artifacts, recorded in audit.config so replay re-runs it the same way.
describe('explain', () => {
  const context = { now: 1000, prices: { ETH: 2000 }, oracle: { updated_at: 1000 }, account: { balances: { ETH: 50 }, collateral: {}, debt: {} } };

  it('adds the traces without changing the decision, and replays', async () => {
    const plain = await runMicro({ domain: 'defi', prompt: 'deposit 10 ETH into aave', context });
    const explained = await runMicro({ domain: 'defi', prompt: 'deposit 10 ETH into aave', context, explain: true });
    expect(plain.artifacts.traces).toBeUndefined();
    const traces = explained.artifacts.traces as { names: string[]; T: number; data: number[][] };
    expect(traces.names).toHaveLength(8);
    expect(traces.data.every((row) => row.length === traces.T)).toBe(true);
    expect([explained.decision, explained.reason, explained.plan]).toEqual([plain.decision, plain.reason, plain.plan]);
    expect(explained.audit.config.explain).toBe(true);
    expect(plain.audit.config.explain).toBeUndefined();
    expect(plain.audit.input_sha256).not.toBe(explained.audit.input_sha256);
    expect((await replay(explained)).identical).toBe(true);
  });

  it('rejects a non-boolean explain as invalid input', async () => {
    const r = await runMicro({ domain: 'defi', prompt: 'deposit 10 ETH', explain: 'yes' });
    expect([r.ok, r.decision, r.reason]).toEqual([false, 'abstain', 'abstain_invalid_input']);
  });
});
