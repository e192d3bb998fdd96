import { createHash } from 'node:crypto';
import { fakeDescriptor, fakeOutcome } from './__fixtures__/fake-domain';
import { registerDomain, unregisterDomain, type DomainDescriptor, type DomainInput } from './registry';
import { MicroInternalError, runMicro, runMicroE } from './run';
import type { MicroResult } from './types';

// An independent canonical form for checking hashes: JSON.stringify with keys sorted by a replacer.
const sorted = (v: unknown): string =>
  JSON.stringify(v, (_k, val: unknown) =>
    typeof val === 'object' && val !== null && !Array.isArray(val)
      ? Object.fromEntries(Object.keys(val).sort().map((k) => [k, (val as Record<string, unknown>)[k]]))
      : val,
  );
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const withoutHash = (r: MicroResult): unknown => ({ ...r, audit: { ...r.audit, hash: undefined } });

const context = { balances: { ETH: 10 } };
let fake: ReturnType<typeof fakeDescriptor>;

beforeEach(() => {
  fake = fakeDescriptor();
  registerDomain(fake);
});
afterEach(() => unregisterDomain('fake'));

describe('runMicro', () => {
  it('returns the DESIGN §3 fields in their order, audit last', async () => {
    const r = await runMicro({ domain: 'fake', prompt: 'deposit 10 eth', context });
    expect(Object.keys(r)).toEqual(['ok', 'decision', 'label', 'score', 'reason', 'plan', 'verify', 'artifacts', 'audit']);
    expect(Object.keys(r.audit)).toEqual(['version', 'input_sha256', 'model_sha256', 'config', 'request', 'hash']);
    expect(Object.keys(r.verify)).toEqual(['ok', 'reason', 'checks']);
  });

  it('accepts a verified plan with ok: true and records the run', async () => {
    const r = await runMicro({ domain: 'fake', prompt: 'deposit 10 eth', context });
    expect(r).toMatchObject({ ok: true, decision: 'accept', label: 'deposit_asset', score: 0.875, reason: 'verified' });
    expect(r.plan.steps).toEqual([{ primitive: 'deposit_asset', args: { amount: 10, asset: 'ETH' } }]);
    expect(r.audit.model_sha256).toBe('f'.repeat(64));
    expect(r.audit.config).toEqual({ domain: 'fake', rails: 'stage11', T: 128, backend: 'wordmap', threshold: 0.5 });
    expect(r.audit.request).toEqual({ domain: 'fake', prompt: 'deposit 10 eth', context });
    expect(r.artifacts).toEqual({ mapper: { top: 'deposit_asset' }, parser: { T: 128, rails: 'stage11' } });
  });

  it("keeps the run settings in audit.config even if an adapter's config names them", async () => {
    registerDomain({ ...fakeDescriptor('sly'), load: () => ({ domain: 'sly', modelSha256: 'x', config: { T: 4, rails: 'stage10', cutoff: 0.5 }, run: fakeOutcome }) });
    try {
      const r = await runMicro({ domain: 'sly', prompt: 'hello' });
      expect(r.audit.config).toEqual({ domain: 'sly', rails: 'stage11', T: 128, backend: 'wordmap', cutoff: 0.5 });
      expect(Object.keys(r.audit.config)).toEqual(['domain', 'rails', 'T', 'backend', 'cutoff']);
    } finally {
      unregisterDomain('sly');
    }
  });

  it('hashes the canonical request and the canonical result', async () => {
    const r = await runMicro({ domain: 'fake', prompt: 'deposit 10 eth', context });
    const full = { domain: 'fake', prompt: 'deposit 10 eth', context, rails: 'stage11', T: 128, backend: 'wordmap' };
    expect(r.audit.input_sha256).toBe(sha(sorted(full)));
    expect(r.audit.hash).toBe(sha(sorted(withoutHash(r))));
    // The hash still checks after the result went through a file.
    const parsed = JSON.parse(JSON.stringify(r)) as MicroResult;
    expect(sha(sorted(withoutHash(parsed)))).toBe(r.audit.hash);
  });

  it('gives the same input hash whether defaults are written out or not', async () => {
    const a = await runMicro({ domain: 'fake', prompt: 'deposit 1 eth', context });
    const b = await runMicro({ context, T: 128, backend: 'wordmap', rails: 'stage11', prompt: 'deposit 1 eth', domain: 'fake' });
    expect(b.audit.input_sha256).toBe(a.audit.input_sha256);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = await runMicro({ domain: 'fake', prompt: 'deposit 1 eth', context, T: 64 });
    expect(c.audit.input_sha256).not.toBe(a.audit.input_sha256);
    expect(c.audit.hash).not.toBe(a.audit.hash);
  });

  it('hashes the context as it is at each call, even when the caller mutates the same object', async () => {
    const ctx = { balances: { ETH: 10 } };
    const a = await runMicro({ domain: 'fake', prompt: 'deposit 5 eth', context: ctx });
    ctx.balances.ETH = 4;
    const b = await runMicro({ domain: 'fake', prompt: 'deposit 5 eth', context: ctx });
    expect([a.decision, b.decision]).toEqual(['accept', 'block']);
    expect(b.audit.input_sha256).toBe(sha(sorted({ domain: 'fake', prompt: 'deposit 5 eth', context: { balances: { ETH: 4 } }, rails: 'stage11', T: 128, backend: 'wordmap' })));
    expect(b.audit.hash).toBe(sha(sorted(withoutHash(b))));
  });

  it('is deterministic: the same request gives byte-identical results', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => runMicro({ domain: 'fake', prompt: 'deposit 3 eth', context })));
    expect(new Set(runs.map((r) => JSON.stringify(r))).size).toBe(1);
  });

  it('keeps block and abstain at ok: false with their reasons', async () => {
    const block = await runMicro({ domain: 'fake', prompt: 'deposit 11 eth', context });
    expect(block).toMatchObject({ ok: false, decision: 'block', reason: 'insufficient_balance', label: 'deposit_asset' });
    expect(block.plan.steps).toHaveLength(1);
    const missing = await runMicro({ domain: 'fake', prompt: 'deposit 1 eth' });
    expect(missing).toMatchObject({ ok: false, decision: 'block', reason: 'missing_context' });
    const abstain = await runMicro({ domain: 'fake', prompt: "what's my health factor?" });
    expect(abstain).toMatchObject({ ok: false, decision: 'abstain', label: 'abstain', reason: 'abstain_non_exec' });
  });

  it.each([
    ['empty prompt', { domain: 'fake', prompt: '' }],
    ['100 kB prompt', { domain: 'fake', prompt: 'deposit 1 eth '.repeat(7500) }],
    ['wrong prompt type', { domain: 'fake', prompt: ['deposit 1 eth'] }],
    ['context not an object', { domain: 'fake', prompt: 'deposit 1 eth', context: '{"balances":' }],
    ['unknown domain', { domain: 'poker', prompt: 'deposit 1 eth' }],
    ['unknown backend', { domain: 'fake', prompt: 'deposit 1 eth', backend: 'sbert' }],
    ['unknown rails', { domain: 'fake', prompt: 'deposit 1 eth', rails: 'stage9' }],
    ['no request at all', undefined],
    ['a string', 'deposit 1 eth'],
  ])('turns bad input (%s) into abstain_invalid_input, never ok', async (_name, raw) => {
    const r = await runMicro(raw);
    expect(r).toMatchObject({ ok: false, decision: 'abstain', label: 'abstain', reason: 'abstain_invalid_input', score: 0 });
    expect(r.verify).toEqual({ ok: false, reason: 'abstain_invalid_input', checks: [] });
    expect((r.artifacts.errors as string[]).length).toBeGreaterThan(0);
    expect(r.audit.request).toBeNull();
    expect(r.audit.hash).toBe(sha(sorted(withoutHash(r))));
    expect(fake.loads).toBe(0);
  });

  it('loads a model once per process and backend', async () => {
    for (let i = 0; i < 5; i++) await runMicro({ domain: 'fake', prompt: `deposit ${i} eth`, context });
    expect(fake.loads).toBe(1);
  });

  it('reports adapter failures as internal errors, never as a decision', async () => {
    const broken = (name: string, run: (input: DomainInput) => unknown): DomainDescriptor => ({
      name,
      backends: ['wordmap'],
      inputs: [],
      load: () => ({ domain: name, modelSha256: 'x', run: run as never }),
    });
    registerDomain(broken('throws', () => { throw new Error('boom\n  at somewhere'); }));
    registerDomain(broken('lies', () => ({ decision: 'accept', reason: 'verified', label: 'x', score: 1, plan: { steps: [] }, verify: { ok: false, reason: 'hf', checks: [] }, artifacts: {} })));
    registerDomain(broken('nan', () => ({ decision: 'abstain', reason: 'abstain_ambiguous', label: 'abstain', score: NaN, plan: { steps: [] }, verify: { ok: false, reason: 'x', checks: [] }, artifacts: {} })));
    registerDomain(broken('badcheck', () => ({ decision: 'block', reason: 'hf', label: 'x', score: 1, plan: { steps: [{ primitive: 'x', args: {} }] }, verify: { ok: false, reason: 'hf', checks: [{ name: 'hf', ok: 'no' }] }, artifacts: {} })));
    registerDomain({ name: 'noload', backends: ['wordmap'], inputs: [], load: () => { throw new Error('model file missing'); } });
    registerDomain(broken('rejects', () => Promise.reject(new Error('async boom'))));
    registerDomain(broken('async', async (input) => fakeOutcome(input)));
    try {
      await expect(runMicro({ domain: 'throws', prompt: 'x' })).rejects.toThrow('domain throws failed: boom at somewhere');
      // twice: the first call loads the adapter, the second takes the already-loaded path
      for (let i = 0; i < 2; i++) {
        await expect(runMicro({ domain: 'rejects', prompt: 'x' })).rejects.toThrow('domain rejects failed: async boom');
        expect(await runMicro({ domain: 'async', prompt: 'deposit 1 eth' })).toMatchObject({ decision: 'block', reason: 'missing_context' });
        await expect(runMicro({ domain: 'throws', prompt: 'x' })).rejects.toThrow('domain throws failed');
      }
      await expect(runMicro({ domain: 'lies', prompt: 'x' })).rejects.toThrow(/accept without a passing verification/);
      await expect(runMicro({ domain: 'nan', prompt: 'x' })).rejects.toThrow(/score/);
      await expect(runMicro({ domain: 'badcheck', prompt: 'x' })).rejects.toThrow(/malformed check/);
      const e = await runMicroE({ domain: 'noload', prompt: 'x' });
      expect(e).toEqual({ _tag: 'Left', left: new MicroInternalError('cannot load domain noload (wordmap): model file missing') });
    } finally {
      for (const n of ['throws', 'lies', 'nan', 'badcheck', 'noload', 'rejects', 'async']) unregisterDomain(n);
    }
  });
});

describe('adapter inputs', () => {
  it('the adapter gets a deep-frozen copy of context and policy, one object per content; the caller keeps its own', async () => {
    const seen: unknown[] = [];
    const spy: DomainDescriptor = {
      name: 'spy',
      backends: ['wordmap'],
      inputs: ['context', 'policy'],
      load: () => ({
        domain: 'spy',
        modelSha256: 'a'.repeat(64),
        config: {},
        run: (input) => {
          seen.push(input.context, input.policy);
          return fakeOutcome(input);
        },
      }),
    };
    registerDomain(spy);
    try {
      const ctx = { balances: { ETH: 10, BTC: 1 } };
      const r1 = await runMicro({ domain: 'spy', prompt: 'deposit 1 eth', context: ctx, policy: { max: 5 } });
      const r2 = await runMicro({ domain: 'spy', prompt: 'deposit 1 eth', context: JSON.parse(JSON.stringify(ctx)) as object, policy: { max: 5 } });
      const [c1, p1, c2, p2] = seen as [Record<string, Record<string, number>>, object, object, object];
      expect(c1).toEqual(ctx);
      expect(c1).not.toBe(ctx);
      expect(Object.isFrozen(c1) && Object.isFrozen(c1.balances) && Object.isFrozen(p1)).toBe(true);
      expect(c2).toBe(c1); // same content → same interned object
      expect(p2).toBe(p1);
      expect(Object.isFrozen(ctx)).toBe(false);
      expect(r1.audit.request).toEqual({ domain: 'spy', prompt: 'deposit 1 eth', context: ctx, policy: { max: 5 } });
      expect(r2.audit.hash).toBe(r1.audit.hash);
      // a context too large to remember is still handed over as a frozen copy, afresh each time
      const big = { balances: { ETH: 10 }, notes: 'x'.repeat(20_000) };
      await runMicro({ domain: 'spy', prompt: 'deposit 1 eth', context: big });
      await runMicro({ domain: 'spy', prompt: 'deposit 1 eth', context: big });
      const [b1, b2] = seen.slice(-4).filter((_, i) => i % 2 === 0) as [object, object];
      expect(b1).toEqual(big);
      expect(Object.isFrozen(b1) && Object.isFrozen(b2)).toBe(true);
      expect(b2).not.toBe(b1);
      seen.length = 4;
      ctx.balances.ETH = 0; // the caller changes its object: the next run sees the new content
      const r3 = await runMicro({ domain: 'spy', prompt: 'deposit 1 eth', context: ctx });
      expect(r3.decision).toBe('block');
      expect((seen[4] as Record<string, Record<string, number>>).balances.ETH).toBe(0);
    } finally {
      unregisterDomain('spy');
    }
  });
});

describe('audit.config', () => {
  it('follows an adapter config that changes between calls, and is the same object while it does not', async () => {
    const cfg: Record<string, unknown> = { threshold: 0.5 };
    registerDomain({ name: 'cfg', backends: ['wordmap'], inputs: ['context'], load: () => ({ domain: 'cfg', modelSha256: 'c'.repeat(64), config: cfg, run: fakeOutcome }) });
    try {
      const a = await runMicro({ domain: 'cfg', prompt: 'x' });
      const b = await runMicro({ domain: 'cfg', prompt: 'y' });
      expect(b.audit.config).toBe(a.audit.config);
      expect(Object.isFrozen(a.audit.config)).toBe(true);
      cfg.threshold = 0.7;
      const c = await runMicro({ domain: 'cfg', prompt: 'x' });
      expect(c.audit.config).toEqual({ domain: 'cfg', rails: 'stage11', T: 128, backend: 'wordmap', threshold: 0.7 });
      expect(c.audit.hash).not.toBe(a.audit.hash);
      const d = await runMicro({ domain: 'cfg', prompt: 'x', T: 64 });
      expect(d.audit.config).toMatchObject({ T: 64, threshold: 0.7 });
    } finally {
      unregisterDomain('cfg');
    }
  });
});
