import { listDomains, replay, runBatch, runMicro } from '@micro-lm/runner';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

// The generated wallet domain end to end: registered in the runner (generated-domains.ts), through runMicro,
// replay, the batch engine the CLI uses, and the HTTP server (built dist, a real port).
const ROOT = path.resolve(__dirname, '../../..');
const context = { balances: { ETH: 2, USDC: 500 }, prices: { ETH: 3000 }, contacts: { bob: '0x2222222222222222222222222222222222222222' } };

describe('wallet through the runner', () => {
  it('is registered next to the built-in domains', () => {
    expect(listDomains()).toEqual(expect.arrayContaining(['arc', 'defi', 'wallet']));
  });

  it('accepts, blocks and abstains with an audit record that replays', async () => {
    const ok = await runMicro({ domain: 'wallet', prompt: 'send 0.5 ETH to bob', context });
    expect(ok).toMatchObject({ ok: true, decision: 'accept', label: 'send_asset', reason: 'verified' });
    expect(ok.audit.request).toEqual({ domain: 'wallet', prompt: 'send 0.5 ETH to bob', context });
    expect(ok.audit.config).toMatchObject({ domain: 'wallet', backend: 'wordmap' });
    expect((await replay(JSON.parse(JSON.stringify(ok)))).identical).toBe(true);
    const blocked = await runMicro({ domain: 'wallet', prompt: 'pay bob 600 usdc', context });
    expect(blocked).toMatchObject({ ok: false, decision: 'block', reason: 'insufficient_balance', label: 'send_asset' });
    const abstained = await runMicro({ domain: 'wallet', prompt: 'swap 1 eth for usdc', context });
    expect(abstained).toMatchObject({ ok: false, decision: 'abstain', reason: 'abstain_unsupported', label: 'abstain' });
  });

  it('refuses inputs the wallet does not take (grid) as invalid input, before loading anything', async () => {
    const r = await runMicro({ domain: 'wallet', prompt: 'send 1 eth to bob', grid: [[1]] });
    expect(r).toMatchObject({ ok: false, decision: 'abstain', reason: 'abstain_invalid_input' });
    expect(r.artifacts.errors).toEqual(['grid: not an input of domain wallet']);
  });

  it('runs as a batch (the engine behind `micro-lm batch`), one line per input in order', async () => {
    const jsonl = [
      JSON.stringify({ id: 'a', prompt: 'send 0.5 ETH to bob', context }),
      'not json',
      JSON.stringify({ id: 'c', prompt: 'how much eth do i have' }),
    ].join('\n');
    const out = (await runBatch(jsonl, { domain: 'wallet' })) as unknown as { id?: string; decision: string; reason: string }[];
    expect(out.map((l) => [l.id ?? null, l.decision, l.reason])).toEqual([
      ['a', 'accept', 'verified'],
      [null, 'abstain', 'abstain_invalid_input'],
      ['c', 'accept', 'verified'],
    ]);
  });
});

describe('wallet through the HTTP server (apps/server/dist)', () => {
  const main = path.join(ROOT, 'apps/server/dist/main.js');
  const port = 20000 + (process.pid % 10000);
  let server: ChildProcess | null = null;

  beforeAll(async () => {
    if (!existsSync(main)) throw new Error('apps/server is not built: run pnpm build');
    server = spawn(process.execPath, [main, '--port', String(port)], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('server did not start');
  }, 30_000);

  afterAll(() => {
    server?.kill();
  });

  it('POST /v1/run answers a wallet request with the same result runMicro gives', async () => {
    const body = { domain: 'wallet', prompt: 'send 0.5 ETH to bob', context };
    const res = await fetch(`http://127.0.0.1:${port}/v1/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    const served = (await res.json()) as { decision: string; audit: { hash: string } };
    const local = await runMicro(body);
    expect(served.decision).toBe('accept');
    expect(served.audit.hash).toBe(local.audit.hash);
    const ready = (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as { domains: string[] };
    expect(ready.domains).toContain('wallet');
  });
});
