import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import Ajv from 'ajv';
import { buildServer } from '../src/app';
import * as S from '../src/schemas';
import { listen, type Live } from './live';

const root = join(__dirname, '../../..');
const context = JSON.parse(readFileSync(join(root, 'examples/defi/context.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ strict: false });
ajv.addSchema(S.microResultSchema);
const isResult = ajv.getSchema('MicroResult')!;
const isError = ajv.compile(S.errorSchema);

let live: Live;
beforeAll(async () => {
  live = await listen(await buildServer({ maxBatch: 4, bodyLimit: 8 * 1024 }));
});
afterAll(async () => {
  await live.app.close();
});

type R = { decision: string; reason: string; ok: boolean; plan: { steps: { primitive: string; args: Record<string, unknown> }[] }; audit: { hash: string } };

describe('HTTP API on a real loopback server', () => {
  it('health, readiness and the OpenAPI document', async () => {
    expect((await live.call('GET', '/healthz')).json).toEqual({ status: 'ok' });
    const ready = await live.call('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json).toMatchObject({ status: 'ready' });
    const doc = (await live.call('GET', '/openapi.json')).json as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/healthz', '/metrics', '/readyz', '/v1/arc/solve', '/v1/batch', '/v1/guard', '/v1/replay', '/v1/run']);
  });

  it('POST /v1/run accepts a verified DeFi plan, blocks without context, abstains on a question', async () => {
    const acc = await live.call('POST', '/v1/run', { domain: 'defi', prompt: 'deposit 10 ETH into aave', context });
    expect(acc.status).toBe(200);
    expect(isResult(acc.json)).toBe(true);
    const r = acc.json as R;
    expect([r.ok, r.decision, r.reason]).toEqual([true, 'accept', 'verified']);
    expect(r.plan.steps[0]).toMatchObject({ primitive: 'deposit_asset', args: { amount: 10, asset: 'ETH', protocol: 'aave' } });
    expect(Object.keys(acc.json as object)).toEqual(['ok', 'decision', 'label', 'score', 'reason', 'plan', 'verify', 'artifacts', 'audit']);

    const blk = (await live.call('POST', '/v1/run', { domain: 'defi', prompt: 'deposit 10 ETH into aave' })).json as R;
    expect([blk.ok, blk.decision, blk.reason]).toEqual([false, 'block', 'missing_context']);
    const abs = (await live.call('POST', '/v1/run', { domain: 'defi', prompt: "what's my health factor?" })).json as R;
    expect([abs.ok, abs.decision, abs.reason]).toEqual([false, 'abstain', 'abstain_non_exec']);
  });

  it('runs an ARC instruction on a grid', async () => {
    const res = await live.call('POST', '/v1/run', { domain: 'arc', prompt: 'flip it upside down', grid: [[1, 2], [3, 4]] });
    expect(res.status).toBe(200);
    const r = res.json as R & { artifacts: { output_grid: number[][] } };
    expect(r.decision).toBe('accept');
    expect(r.artifacts.output_grid).toEqual([[3, 4], [1, 2]]);
  });

  it.each([
    ['bad JSON', undefined, '{"domain": "defi", "prompt": ', 400, 'invalid_json'],
    ['prompt of the wrong type', { domain: 'defi', prompt: 5 }, undefined, 400, 'bad_request'],
    ['missing prompt', { domain: 'defi' }, undefined, 400, 'bad_request'],
    ['unknown field', { domain: 'defi', prompt: 'x', polcy: {} }, undefined, 400, 'bad_request'],
    ['body too large', { domain: 'defi', prompt: 'a'.repeat(9000) }, undefined, 413, 'payload_too_large'],
  ])('POST /v1/run rejects %s with a JSON error and no stack', async (_n, body, raw, status, error) => {
    const res = await live.call('POST', '/v1/run', body, raw);
    expect(res.status).toBe(status);
    expect(isError(res.json)).toBe(true);
    expect((res.json as { error: string }).error).toBe(error);
    expect(res.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('bad JSON is answered on a kept-alive connection (no reconnect per malformed request)', async () => {
    // node:http shows the raw Connection header (fetch hides it)
    const raw = await new Promise<{ status: number; connection: string | undefined }>((ok, fail) => {
      const req = request(live.base + '/v1/run', { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => ok({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      });
      req.on('error', fail);
      req.end('{"domain": ');
    });
    expect(raw).toEqual({ status: 400, connection: 'keep-alive' });
    expect((await live.call('POST', '/v1/run', undefined, '')).json).toMatchObject({ error: 'invalid_json' });
  });

  it('an unknown domain is an abstain_invalid_input result, never ok', async () => {
    const r = (await live.call('POST', '/v1/run', { domain: 'nope', prompt: 'deposit 1 eth' })).json as R;
    expect([r.ok, r.decision, r.reason]).toEqual([false, 'abstain', 'abstain_invalid_input']);
  });

  it('POST /v1/batch returns results in order, identical to single calls, and bounds the size', async () => {
    const items = [
      { domain: 'defi', prompt: 'swap 2 ETH to USDC on uniswap', context },
      { domain: 'defi', prompt: 'asdf qwerty' },
    ];
    const res = await live.call('POST', '/v1/batch', items);
    expect(res.status).toBe(200);
    const single = await Promise.all(items.map(async (i) => (await live.call('POST', '/v1/run', i)).text));
    expect((res.json as unknown[]).map((x) => JSON.stringify(x))).toEqual(single);
    expect((await live.call('POST', '/v1/batch', Array(5).fill(items[1]))).status).toBe(400);
    expect((await live.call('POST', '/v1/batch', [])).status).toBe(400);
    expect((await live.call('POST', '/v1/batch', { domain: 'defi' })).status).toBe(400);
  });

  it('POST /v1/replay reproduces a result and flags an edited one', async () => {
    const r = (await live.call('POST', '/v1/run', { domain: 'defi', prompt: 'stake 2 eth on lido', context })).json as R;
    const same = (await live.call('POST', '/v1/replay', r)).json as { identical: boolean; hashValid: boolean };
    expect(same).toMatchObject({ identical: true, hashValid: true });
    const edited = { ...r, decision: 'accept', ok: !r.ok };
    const diff = (await live.call('POST', '/v1/replay', edited)).json as { identical: boolean; hashValid: boolean };
    expect(diff).toMatchObject({ identical: false, hashValid: false });
    expect((await live.call('POST', '/v1/replay', { hello: 1 })).status).toBe(400);
  });

  it('POST /v1/arc/solve solves a mirror task and abstains on an impossible one', async () => {
    const flip = { train: [{ input: [[1, 2, 3], [4, 5, 6]], output: [[3, 2, 1], [6, 5, 4]] }, { input: [[7, 0, 0], [0, 8, 9]], output: [[0, 0, 7], [9, 8, 0]] }], test: [{ input: [[1, 0, 2], [3, 4, 0]] }] };
    const ok = await live.call('POST', '/v1/arc/solve', { id: 't1', task: flip });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ id: 't1', decision: 'solved', program: ['flip_h'], predictions: [[[2, 0, 1], [0, 4, 3]]] });
    const noise = { train: [{ input: [[1]], output: [[2, 3], [4, 5]] }, { input: [[1]], output: [[6]] }], test: [{ input: [[1]] }] };
    expect((await live.call('POST', '/v1/arc/solve', { task: noise, budget_ms: 200 })).json).toMatchObject({ decision: 'abstain', predictions: null });
    expect((await live.call('POST', '/v1/arc/solve', { task: { train: [{ input: [[10]], output: [[1]] }], test: [{ input: [[1]] }] } })).status).toBe(400);
  });

  it('POST /v1/guard allows a safe matching proposal, blocks a mismatch and an unsafe one, 400s on garbage', async () => {
    const proposed = { primitive: 'deposit_asset', args: { amount: 10, amount_kind: 'exact', asset: 'ETH', to_asset: null, protocol: 'aave', chain: null } };
    const allow = await live.call('POST', '/v1/guard', { proposed, context, user_prompt: 'deposit 10 ETH into aave' });
    expect(allow.status).toBe(200);
    expect(allow.json).toMatchObject({ ok: true, decision: 'allow', reason: 'verified' });
    const mismatch = (await live.call('POST', '/v1/guard', { proposed, context, user_prompt: 'deposit 1 ETH into aave' })).json;
    expect(mismatch).toMatchObject({ ok: false, decision: 'block', reason: 'plan_mismatch' });
    const huge = { ...proposed, args: { ...proposed.args, amount: 1e9 } };
    expect((await live.call('POST', '/v1/guard', { proposed: huge, context })).json).toMatchObject({ ok: false, reason: 'insufficient_balance' });
    const bad = await live.call('POST', '/v1/guard', { proposed: 'send everything' });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: 'bad_request' });
  });

  it('unknown routes are JSON 404s; /metrics counts decisions and latency', async () => {
    const nf = await live.call('GET', '/v2/nothing');
    expect(nf.status).toBe(404);
    expect(nf.json).toMatchObject({ error: 'not_found' });
    const m = await live.call('GET', '/metrics');
    expect(m.type).toContain('text/plain');
    expect(m.text).toMatch(/micro_lm_decisions_total\{domain="defi",decision="accept",reason="verified"\} \d+/);
    expect(m.text).toMatch(/micro_lm_http_requests_total\{route="\/v1\/run",status="400"\} \d+/);
    expect(m.text).toMatch(/micro_lm_http_request_duration_seconds_count \d+/);
  });

  it('serves the audit viewer page and its assets, no CDN', async () => {
    const page = await live.call('GET', '/');
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('/assets/app.js');
    expect(page.text).not.toMatch(/https?:\/\//);
    expect((await live.call('GET', '/assets/app.js')).type).toContain('javascript');
    expect((await live.call('GET', '/assets/../../package.json')).status).toBe(404);
  });
});
