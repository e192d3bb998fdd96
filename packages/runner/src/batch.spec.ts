import { fakeDescriptor } from './__fixtures__/fake-domain';
import { runBatch } from './batch';
import { registerDomain, unregisterDomain } from './registry';
import { runMicro } from './run';

const context = { balances: { ETH: 10 } };

beforeEach(() => registerDomain(fakeDescriptor()));
afterEach(() => unregisterDomain('fake'));

describe('runBatch', () => {
  it('keeps input order and ids, and equals single calls byte for byte', async () => {
    const input = [
      JSON.stringify({ id: 'a', prompt: 'deposit 2 eth', context }),
      JSON.stringify({ id: 7, prompt: 'hello there' }),
      JSON.stringify({ prompt: 'deposit 50 eth', context }),
    ].join('\n');
    const out = await runBatch(input, { domain: 'fake', T: 64 });
    expect(out.map((l) => [l.id, l.decision])).toEqual([['a', 'accept'], [7, 'abstain'], [undefined, 'block']]);
    const singles = [
      await runMicro({ domain: 'fake', prompt: 'deposit 2 eth', context, T: 64 }),
      await runMicro({ domain: 'fake', prompt: 'hello there', T: 64 }),
      await runMicro({ domain: 'fake', prompt: 'deposit 50 eth', context, T: 64 }),
    ];
    out.forEach((line, i) => {
      const { id: _id, ...rest } = line as { id?: unknown };
      expect(JSON.stringify(rest)).toBe(JSON.stringify(singles[i]));
    });
    expect(Object.keys(out[0])[0]).toBe('id');
  });

  it('gives every bad line its own invalid-input result with its line number', async () => {
    const input = [
      '{"id":"ok","prompt":"deposit 1 eth","context":{"balances":{"ETH":1}}}',
      '{"id":"broken", "prompt": ',
      '',
      '[1,2]',
      '{"id":"x","prompt":""}',
      '{"id":"y","prompt":"deposit 1 eth","domain":"arc"}',
      '{"id":{"n":1},"prompt":"deposit 1 eth"}',
      '{"id":"z","prompt":"deposit 1 eth","context":"nope"}',
    ];
    const out = await runBatch(input, { domain: 'fake' });
    expect(out.map((l) => ('line' in l ? l.line : null))).toEqual([null, 2, 4, 5, 6, 7, 8]);
    expect(out.map((l) => l.id)).toEqual(['ok', undefined, undefined, 'x', 'y', undefined, 'z']);
    expect(out.map((l) => l.reason)).toEqual(['verified', ...Array(6).fill('abstain_invalid_input')]);
    for (const l of out.slice(1)) expect(l.ok).toBe(false);
    expect(Object.keys(out[1]).slice(0, 3)).toEqual(['line', 'ok', 'decision']);
  });

  it('reports progress per processed line', async () => {
    const seen: string[] = [];
    await runBatch(['{"prompt":"a"}', ' ', '{"prompt":"b"}'], { domain: 'fake', onProgress: (d, t) => seen.push(`${d}/${t}`) });
    expect(seen).toEqual(['1/2', '2/2']);
  });

  it('marks an internal error on one line without stopping the batch', async () => {
    registerDomain({
      name: 'flaky',
      backends: ['wordmap'],
      inputs: [],
      load: () => ({
        domain: 'flaky',
        modelSha256: 'x',
        run: ({ prompt }) => {
          if (prompt === 'bad') throw new Error('bug');
          return { decision: 'abstain', reason: 'abstain_non_exec', label: 'abstain', score: 0, plan: { steps: [] }, verify: { ok: false, reason: 'abstain_non_exec', checks: [] }, artifacts: {} };
        },
      }),
    });
    try {
      const out = await runBatch(['{"id":1,"prompt":"bad"}', '{"id":2,"prompt":"fine"}'], { domain: 'flaky' });
      expect(out[0]).toEqual({ line: 1, id: 1, ok: false, decision: 'abstain', reason: 'internal_error', error: 'domain flaky failed: bug' });
      expect(out[1]).toMatchObject({ id: 2, decision: 'abstain', reason: 'abstain_non_exec' });
    } finally {
      unregisterDomain('flaky');
    }
  });
});
