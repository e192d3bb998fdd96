// The built-in domains through runMicro (real adapters and committed models): the lazy registration works,
// results are sealed and replay to the same hash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replay, runMicro } from './index';

const context = JSON.parse(readFileSync(join(__dirname, '../../../examples/defi/context.json'), 'utf8')) as Record<string, unknown>;

describe('built-in domains', () => {
  it('defi: accepts a verified deposit and replays it', async () => {
    const r = await runMicro({ domain: 'defi', prompt: 'deposit 10 ETH into aave', context });
    expect(r).toMatchObject({ ok: true, decision: 'accept', label: 'deposit_asset', reason: 'verified' });
    expect(r.plan.steps[0].args).toMatchObject({ amount: 10, asset: 'ETH', protocol: 'aave' });
    expect(r.audit.model_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await replay(JSON.parse(JSON.stringify(r)))).identical).toBe(true);
  });

  it('defi: blocks without context, abstains on a question', async () => {
    expect(await runMicro({ domain: 'defi', prompt: 'deposit 10 ETH into aave' })).toMatchObject({ ok: false, decision: 'block', reason: 'missing_context' });
    expect(await runMicro({ domain: 'defi', prompt: "what's my health factor?", context })).toMatchObject({ ok: false, decision: 'abstain', reason: 'abstain_non_exec' });
  });

  it('defi: a backend without a committed model is an internal error, not a decision', async () => {
    await expect(runMicro({ domain: 'defi', prompt: 'deposit 1 ETH', backend: 'sbert' })).rejects.toThrow(/cannot load domain defi \(sbert\)/);
  });

  it('arc: executes the ordered primitives on the grid', async () => {
    const r = await runMicro({ domain: 'arc', prompt: 'rotate it 90 degrees clockwise then mirror it left to right', grid: [[1, 2, 3], [4, 5, 6]] });
    expect(r).toMatchObject({ ok: true, decision: 'accept' });
    expect(r.plan.steps.map((s) => s.primitive)).toEqual(['rot90', 'flip_h']);
    expect(r.artifacts.output_grid).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(r.audit.config).toMatchObject({ domain: 'arc', rails: 'stage11', T: 128, backend: 'wordmap' });
  });
});
