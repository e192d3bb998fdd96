/**
 * Loopback load test of the HTTP server (`pnpm bench:server`): builds the workspace, starts
 * `node apps/server/dist/main.js --workers 2` on an ephemeral port, runs autocannon against POST /v1/run
 * (DeFi, wordmap) for 30 s at 50 connections, then a second run where 30% of requests are malformed.
 * Writes bench-results/server.json and prints a table. Flags: --duration S, --connections N, --workers N.
 */
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(__dirname, '../../..');
const { values } = parseArgs({ options: { duration: { type: 'string' }, connections: { type: 'string' }, workers: { type: 'string' } } });
const duration = Number(values.duration ?? 30);
const connections = Number(values.connections ?? 50);
const workers = Number(values.workers ?? 2);

const context = JSON.parse(readFileSync(join(root, 'examples/defi/context.json'), 'utf8')) as unknown;
const prompts = ['deposit 10 ETH into aave', 'swap 2 ETH to USDC on uniswap', 'stake 5 eth on lido', "what's my health factor?", 'repay 500 USDC on aave'];
const good = prompts.map((prompt) => ({ method: 'POST' as const, path: '/v1/run', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ domain: 'defi', prompt, context }) }));
const bad = [
  { method: 'POST' as const, path: '/v1/run', headers: { 'content-type': 'application/json' }, body: '{"domain": "defi", "prompt": ' },
  { method: 'POST' as const, path: '/v1/run', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ domain: 'defi', prompt: 42 }) },
  { method: 'POST' as const, path: '/v1/run', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ domain: 'defi', prompt: 'x', extra: true }) },
];

interface Row { name: string; requests: number; req_per_s: number; p50_ms: number; p99_ms: number; errors: number; non2xx: number; status_5xx: number; status_4xx: number }

function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(root, 'apps/server/dist/main.js'), '--port', '0', '--workers', String(workers)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  let seen = 0;
  return new Promise((ok, fail) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = [...err.matchAll(/listening on (http:\/\/127\.0\.0\.1:\d+)/g)];
      if (m.length > seen) seen = m.length;
      if (seen >= workers) ok({ url: m[0][1], stop: () => new Promise((done) => { child.on('exit', () => done()); child.kill('SIGTERM'); }) });
    });
    child.on('exit', (code) => fail(new Error(`server exited (${code}): ${err}`)));
  });
}

async function load(name: string, url: string, requests: typeof good): Promise<Row> {
  let s5 = 0, s4 = 0;
  const r = await new Promise<autocannon.Result>((ok, fail) => {
    const inst = autocannon({ url, connections, duration, requests }, (err, res) => (err ? fail(err) : ok(res)));
    inst.on('response', (_client, status) => {
      if (status >= 500) s5++;
      else if (status >= 400) s4++;
    });
  });
  return { name, requests: r.requests.total, req_per_s: Math.round(r.requests.average), p50_ms: r.latency.p50, p99_ms: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, status_5xx: s5, status_4xx: s4 };
}

async function main(): Promise<void> {
  process.stderr.write('building (tsc -b)…\n');
  const b = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (b.status !== 0) throw new Error('build failed');
  const server = await startServer();
  try {
    // Where `cluster` splits work by the port, both workers must be listening: a short warm-up first.
    await load('warmup', server.url, good).catch(() => undefined);
    const rows = [await load('valid', server.url, good)];
    const mixed = [...good, good[0], good[1], ...bad.slice(0, 3)]; // 7 valid + 3 malformed = 30 % malformed
    rows.push(await load('30%_malformed', server.url, mixed));
    const report = { machine: { cpus: cpus().length, node: process.version }, config: { duration_s: duration, connections, workers, route: 'POST /v1/run', domain: 'defi', backend: 'wordmap' }, rows };
    mkdirSync(join(root, 'bench-results'), { recursive: true });
    writeFileSync(join(root, 'bench-results/server.json'), JSON.stringify(report, null, 2) + '\n');
    console.log('| run | requests | req/s | p50 ms | p99 ms | errors | 4xx | 5xx |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.name} | ${r.requests} | ${r.req_per_s} | ${r.p50_ms} | ${r.p99_ms} | ${r.errors} | ${r.status_4xx} | ${r.status_5xx} |`);
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
