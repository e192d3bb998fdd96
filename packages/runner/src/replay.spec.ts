import { fakeDescriptor } from './__fixtures__/fake-domain';
import { registerDomain, unregisterDomain } from './registry';
import { replay } from './replay';
import { resultHash } from './result';
import { runMicro } from './run';
import type { MicroResult } from './types';

const context = { balances: { ETH: 10 } };
const viaFile = (r: MicroResult): MicroResult => JSON.parse(JSON.stringify(r)) as MicroResult;

beforeEach(() => registerDomain(fakeDescriptor()));
afterEach(() => unregisterDomain('fake'));

describe('replay', () => {
  it('re-runs the stored request and finds the same result', async () => {
    const stored = viaFile(await runMicro({ domain: 'fake', prompt: 'deposit 2 eth', context, T: 64, rails: 'stage10' }));
    const rep = await replay(stored);
    expect(rep).toMatchObject({ identical: true, hashValid: true, reran: true, diff: [] });
    expect(rep.storedContentHash).toBe(stored.audit.hash);
    expect(rep.recomputed?.audit.hash).toBe(stored.audit.hash);
  });

  it('catches an edited field through the hash', async () => {
    const stored = viaFile(await runMicro({ domain: 'fake', prompt: 'deposit 20 eth', context }));
    const edited = { ...stored, decision: 'accept', ok: true };
    const rep = await replay(edited);
    expect(rep.identical).toBe(false);
    expect(rep.hashValid).toBe(false);
    expect(rep.diff).toEqual([
      { path: 'decision', stored: 'accept', replayed: 'block' },
      { path: 'ok', stored: true, replayed: false },
    ]);
  });

  it('catches an edit that re-sealed the hash by re-running', async () => {
    const stored = viaFile(await runMicro({ domain: 'fake', prompt: 'deposit 2 eth', context }));
    const edited = { ...stored, score: 0.99 };
    const resealed = { ...edited, audit: { ...edited.audit, hash: resultHash(edited) } };
    const rep = await replay(resealed);
    expect(rep.hashValid).toBe(true);
    expect(rep.identical).toBe(false);
    expect(rep.diff.map((d) => d.path)).toEqual(['audit.hash', 'score']);
  });

  it('reports a different model as a difference', async () => {
    const stored = viaFile(await runMicro({ domain: 'fake', prompt: 'deposit 2 eth', context }));
    registerDomain(fakeDescriptor('fake', 'e'.repeat(64)));
    const rep = await replay(stored);
    expect(rep.identical).toBe(false);
    expect(rep.diff.map((d) => d.path)).toEqual(['audit.hash', 'audit.model_sha256']);
  });

  it('checks the hash only for invalid-input results (their input is not stored)', async () => {
    const stored = viaFile(await runMicro({ domain: 'fake', prompt: '' }));
    expect(await replay(stored)).toMatchObject({ identical: true, hashValid: true, reran: false, recomputed: null });
    expect(await replay({ ...stored, reason: 'verified' })).toMatchObject({ identical: false, hashValid: false });
  });

  it('rejects documents that are not results', async () => {
    await expect(replay({ ok: true })).rejects.toThrow(/not a micro-lm result/);
    await expect(replay('x')).rejects.toThrow(/not a micro-lm result/);
  });
});
