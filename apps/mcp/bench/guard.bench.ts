// Guard latency: in process (no prompt / with the user's words read by the wordmap DeFi model) and as an MCP
// round trip over stdio. Run from the repo root: pnpm tsx apps/mcp/bench/guard.bench.ts [iterations]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { guard } from '@micro-lm/runner';

const root = join(__dirname, '..', '..', '..');
const context = JSON.parse(readFileSync(join(root, 'examples/defi/context.json'), 'utf8')) as Record<string, unknown>;
const proposed = { primitive: 'swap_asset', args: { amount: 1, amount_kind: 'exact', asset: 'ETH', to_asset: 'USDC', protocol: null, chain: null } };

interface Row {
  readonly case: string;
  readonly n: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly mean_ms: number;
}

async function time(name: string, n: number, fn: () => Promise<unknown>): Promise<Row> {
  for (let i = 0; i < 5; i++) await fn(); // warm-up: model load, JIT
  const ms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    ms[i] = performance.now() - t0;
  }
  const sorted = ms.slice().sort();
  const q = (p: number): number => Number((sorted[Math.min(n - 1, Math.floor(p * n))] ?? 0).toFixed(3));
  return { case: name, n, p50_ms: q(0.5), p95_ms: q(0.95), mean_ms: Number((ms.reduce((a, b) => a + b, 0) / n).toFixed(3)) };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 200);
  const rows: Row[] = [];
  rows.push(await time('library, no user_prompt', n, () => guard({ proposed, context })));
  rows.push(await time('library, with user_prompt', n, () => guard({ proposed, context, user_prompt: 'swap 1 ETH to USDC' })));
  const transport = new StdioClientTransport({ command: process.execPath, args: ['--import', 'tsx', 'apps/mcp/src/main.ts'], cwd: root, stderr: 'ignore' });
  const client = new Client({ name: 'guard-bench', version: '0.0.0' });
  await client.connect(transport);
  rows.push(await time('MCP stdio round trip, with user_prompt', n, () => client.callTool({ name: 'defi_guard', arguments: { proposed, context, user_prompt: 'swap 1 ETH to USDC' } })));
  await client.close();
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/guard.json'), JSON.stringify({ node: process.version, rows }, null, 2) + '\n');
  process.stdout.write('case                                      n    p50 ms   p95 ms   mean ms\n');
  for (const r of rows) process.stdout.write(`${r.case.padEnd(40)} ${String(r.n).padStart(4)} ${r.p50_ms.toFixed(3).padStart(8)} ${r.p95_ms.toFixed(3).padStart(8)} ${r.mean_ms.toFixed(3).padStart(9)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`guard bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
