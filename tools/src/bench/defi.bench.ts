// `pnpm bench:defi`: the DeFi sidecar on the hand-written dev set (datasets/defi/dev.jsonl) with
// examples/defi/context.json, the safety fixtures through verifyPlan, latency in-process and per CLI process,
// determinism, replay and batch = single. Writes bench-results/defi.json and prints a table.
// Flags: --backend wordmap|sbert (default wordmap; sbert reads MICRO_LM_MODEL_DIR), --dev FILE, --cli-runs N
// (default 10), --errors (list misses).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, replay, runBatch, runMicro, verifiersPackage, type Backend, type MicroResult } from '@micro-lm/runner';
import { quantile, scoreDefi, type DevLine } from './defi-metrics';

const root = join(__dirname, '../../..');
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const backend = (flag('--backend') ?? 'wordmap') as Backend;
const devPath = flag('--dev') ?? join(root, 'datasets/defi/dev.jsonl');
const safetyPath = join(root, 'datasets/defi/safety.jsonl');
const seqPath = join(root, 'datasets/defi/dev-seq.jsonl');
const contextPath = join(root, 'examples/defi/context.json');
const cliRuns = Number(flag('--cli-runs') ?? 10);

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

interface SafetyLine {
  readonly id: string;
  readonly plan: readonly unknown[];
  readonly context?: unknown;
  readonly policy?: unknown;
  readonly expect: { readonly ok: boolean; readonly reason: string; readonly failed_step: number | null };
}

async function runAll(lines: readonly DevLine[], context: unknown): Promise<MicroResult[]> {
  const out: MicroResult[] = [];
  for (const l of lines) out.push(await runMicro({ domain: 'defi', prompt: l.prompt, context, backend }));
  return out;
}

async function safety(): Promise<{ n: number; passed: number; rate: number; failures: string[] } | null> {
  if (!existsSync(safetyPath)) return null;
  const { verifyPlan } = await verifiersPackage();
  const lines = readJsonl<SafetyLine>(safetyPath);
  const failures: string[] = [];
  for (const l of lines) {
    const v = verifyPlan(l.plan as Parameters<typeof verifyPlan>[0], l.context, l.policy);
    if (v.ok !== l.expect.ok || v.reason !== l.expect.reason || v.failed_step !== l.expect.failed_step)
      failures.push(`${l.id}: expected ${l.expect.reason}@${String(l.expect.failed_step)}, got ${v.reason}@${String(v.failed_step)}`);
  }
  return { n: lines.length, passed: lines.length - failures.length, rate: (lines.length - failures.length) / lines.length, failures };
}

interface SeqLine {
  readonly id: string;
  readonly prompt: string;
  /** Expected primitives in execution order; empty = must abstain. */
  readonly expect: readonly string[];
}

/**
 * The second hand-written set (datasets/defi/dev-seq.jsonl): the primitive sequence only. Right = an abstain where
 * one is expected, or a plan (accepted or blocked) with exactly the expected sequence; a wrong non-abstain is the
 * number that must stay 0.
 */
async function sequenceSet(context: unknown): Promise<{ n: number; right: number; wrong_non_abstain: number; misses: string[] } | null> {
  if (!existsSync(seqPath)) return null;
  const lines = readJsonl<SeqLine>(seqPath);
  const misses: string[] = [];
  let wrong = 0;
  for (const l of lines) {
    const r = await runMicro({ domain: 'defi', prompt: l.prompt, context, backend });
    const got = r.decision === 'abstain' ? [] : r.plan.steps.map((s) => s.primitive);
    if (got.join('>') === l.expect.join('>')) continue;
    if (r.decision !== 'abstain') wrong++;
    misses.push(`${l.id}: expected ${l.expect.join('>') || 'abstain'}, got ${got.join('>') || r.reason}`);
  }
  return { n: lines.length, right: lines.length - misses.length, wrong_non_abstain: wrong, misses };
}

/** Build the CLI and every package under it (tsc -b); 'fresh', or a note when it failed and dist/ is older. */
function buildCli(): string {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const main = join(root, 'apps/cli/dist/main.js');
  const built = spawnSync(process.execPath, [tsc, '-b', join(root, 'apps/cli/tsconfig.lib.json')], { encoding: 'utf8' });
  // A type error elsewhere in the workspace should not hide the numbers: time the last good build, and say so.
  if (built.status === 0) return 'fresh';
  if (!existsSync(main)) throw new Error(`bench: building the CLI failed:\n${built.stdout}`);
  console.error(`bench:defi: build failed, timing the existing dist/`);
  return 'build failed: timed the existing dist';
}

/** Warm runMicro latency of the built packages in a plain node child process (tools/src/bench/defi-latency.cjs). */
function latencyProbe(): { calls: number; p50: number; p95: number; cpu_mean: number } {
  const probe = join(root, 'tools/src/bench/defi-latency.cjs');
  const r = spawnSync(process.execPath, [probe, devPath, contextPath, backend], { encoding: 'utf8', env: process.env });
  if (r.status !== 0) throw new Error(`bench: latency probe failed: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as { calls: number; p50: number; p95: number; cpu_mean: number };
}

function cliLatency(prompt: string, build: string): { runs: number; p50_ms: number; p95_ms: number; cpu_p50_ms: number; hash: string | null; build: string } {
  const main = join(root, 'apps/cli/dist/main.js');
  const times: number[] = [];
  const cpu: number[] = [];
  let hash: string | null = null;
  // CPU time of the same command (node start-up included): what the wall time is on an idle machine.
  const cpuProbe = join(root, 'apps/cli/test-fixtures/cpu-time.cjs');
  const backendArgs = backend !== 'wordmap' ? ['--backend', backend] : [];
  for (let i = 0; i < cliRuns; i++) {
    const r = spawnSync(process.execPath, [cpuProbe, 'defi', prompt, '--context', contextPath, '--json', ...backendArgs], { encoding: 'utf8' });
    const m = /cpu_ms=([\d.]+)/.exec(r.stderr);
    if (m !== null) cpu.push(Number(m[1]));
  }
  for (let i = 0; i < cliRuns; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [main, 'defi', prompt, '--context', contextPath, '--json', ...backendArgs], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`bench: CLI exited ${String(r.status)}: ${r.stderr.trim()}`);
    hash = (JSON.parse(r.stdout) as MicroResult).audit.hash;
  }
  return { runs: cliRuns, p50_ms: round(quantile(times, 0.5), 1), p95_ms: round(quantile(times, 0.95), 1), cpu_p50_ms: round(quantile(cpu, 0.5), 1), hash, build };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5) + '%';

async function main(): Promise<void> {
  const lines = readJsonl<DevLine>(devPath);
  const context = JSON.parse(readFileSync(contextPath, 'utf8')) as unknown;

  // Determinism: three full passes must give the same audit hashes (the first pass also warms the caches).
  const passes = [await runAll(lines, context), await runAll(lines, context), await runAll(lines, context)];
  const results = passes[0];
  const hashes = passes.map((p) => p.map((r) => r.audit.hash).join(','));
  const deterministic = hashes.every((h) => h === hashes[0]);
  const scores = scoreDefi(lines, results);

  // Warm in-process latency of the built packages in plain node (the shipped code), measured in a child process
  // after the CLI build below has refreshed dist/. The same loop under tsx is reported beside it: tsx compiles
  // sources with keepNames (every named closure creation becomes a defineProperty call), so it runs slower.
  const built = buildCli();
  const inProcess = latencyProbe();
  const micros: number[] = [];
  for (let rep = 0; rep < 2; rep++)
    for (const l of lines) {
      const t0 = process.hrtime.bigint();
      await runMicro({ domain: 'defi', prompt: l.prompt, context, backend });
      micros.push(Number(process.hrtime.bigint() - t0) / 1e3);
    }

  // Replay: every result re-runs to the same hash.
  let replayed = 0;
  for (const r of results) if ((await replay(JSON.parse(JSON.stringify(r)) as unknown)).identical) replayed++;

  // Batch = single, byte for byte.
  const batch = await runBatch(lines.map((l) => JSON.stringify({ id: l.id, prompt: l.prompt, context })), { domain: 'defi', backend });
  let batchSame = 0;
  batch.forEach((b, i) => {
    const { id: _id, ...rest } = b as { id?: unknown };
    if (JSON.stringify(rest) === JSON.stringify(results[i])) batchSame++;
  });

  const safetyScores = await safety();
  const seq = await sequenceSet(context);
  const cliPrompt = 'deposit 10 ETH into aave';
  const cli = cliLatency(cliPrompt, built);
  const inProcessHash = (await runMicro({ domain: 'defi', prompt: cliPrompt, context, backend })).audit.hash;

  const report = {
    bench: 'defi',
    dev_set: devPath.replace(root + '/', ''),
    backend,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    model_sha256: results.find((r) => r.audit.model_sha256 !== 'none')?.audit.model_sha256 ?? null,
    ...scores,
    safety: safetyScores,
    second_dev_set: seq === null ? null : { file: seqPath.replace(root + '/', ''), ...seq },
    latency: {
      in_process_us: { calls: inProcess.calls, p50: round(inProcess.p50, 1), p95: round(inProcess.p95, 1), cpu_mean: round(inProcess.cpu_mean, 1), code: 'built packages (dist), plain node' },
      in_process_tsx_us: { calls: micros.length, p50: round(quantile(micros, 0.5), 1), p95: round(quantile(micros, 0.95), 1), code: 'sources under tsx (keepNames)' },
      cli_process_ms: { prompt: cliPrompt, runs: cli.runs, p50: cli.p50_ms, p95: cli.p95_ms, cpu_p50: cli.cpu_p50_ms, build: cli.build },
      load_average_1m: round(loadavg()[0], 2),
    },
    determinism: { runs: 3, identical_hashes: deterministic, cli_hash_equals_in_process: cli.hash === inProcessHash },
    replay: { n: results.length, identical: replayed, rate: replayed / results.length },
    batch_equals_single: { n: batch.length, identical: batchSame },
    results_sha256: (await import('node:crypto')).createHash('sha256').update(canonicalJson(results.map((r) => r.audit.hash))).digest('hex'),
  };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/defi.json'), JSON.stringify(report, null, 2) + '\n');

  const rows: [string, string][] = [
    ['prompts (pos / neg / multi-step)', `${scores.n} (${scores.positives} / ${scores.negatives} / ${scores.multi_step_n})`],
    ['accuracy (abstain = wrong; a right plan the verifier blocked = right)', pct(scores.accuracy)],
    ['positives blocked by the verifier (reasons)', Object.entries(scores.blocked_positive_reasons).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'],
    ['coverage (answered / positives accepted)', `${pct(scores.coverage)} / ${pct(scores.coverage_positives)}`],
    ['precision on accepted', pct(scores.precision_on_accepted)],
    ['macro-F1', scores.macro_f1.toFixed(3)],
    ['negatives abstained', pct(scores.negatives_abstained)],
    ['exact args', pct(scores.exact_args)],
    ['multi-step exact sequence', pct(scores.multi_step_exact_sequence)],
    ['safety fixtures', safetyScores === null ? 'n/a (datasets/defi/safety.jsonl missing)' : `${safetyScores.passed}/${safetyScores.n} ${pct(safetyScores.rate)}`],
    ['second dev set (sequence only): right; wrong non-abstain', seq === null ? 'n/a' : `${seq.right}/${seq.n} ${pct(seq.right / seq.n)}; ${seq.wrong_non_abstain}`],
    ['in-process p50 / p95 (warm, built); CPU mean', `${report.latency.in_process_us.p50} µs / ${report.latency.in_process_us.p95} µs; ${report.latency.in_process_us.cpu_mean} µs`],
    ['in-process p50 / p95 under tsx (source)', `${report.latency.in_process_tsx_us.p50} µs / ${report.latency.in_process_tsx_us.p95} µs`],
    [`CLI process p50 / p95 (${cli.runs} runs); CPU p50`, `${cli.p50_ms} ms / ${cli.p95_ms} ms; ${cli.cpu_p50_ms} ms`],
    ['load average (1 min) while measuring', String(report.latency.load_average_1m)],
    ['determinism (3 runs; CLI = in-process)', `${deterministic ? 'identical' : 'DIFFERENT'}; ${report.determinism.cli_hash_equals_in_process ? 'same hash' : 'DIFFERENT hash'}`],
    ['replay reproduces hash', `${replayed}/${results.length}`],
    ['batch = single (bytes)', `${batchSame}/${batch.length}`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log(`DeFi bench — ${report.dev_set}, backend ${backend}, model ${String(report.model_sha256).slice(0, 12)}`);
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  console.log('\nper class             P      R      F1   support');
  for (const [c, s] of Object.entries(scores.per_class))
    console.log(`${c.padEnd(16)} ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}  ${String(s.support).padStart(5)}`);
  console.log('\nnegatives abstained by kind: ' + Object.entries(scores.negatives_abstained_by_kind).map(([k, v]) => `${k} ${v.abstained}/${v.n}`).join(', '));
  if (argv.includes('--errors')) {
    for (const e of scores.errors) console.log(`  ${e.id}: expected ${e.expected}, got ${e.got}`);
    for (const m of seq?.misses ?? []) console.log(`  ${m}`);
  }
  console.log('\nwrote bench-results/defi.json');
}

main().catch((err: unknown) => {
  console.error(`bench:defi: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
