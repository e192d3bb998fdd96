// bench:defi latency probe: warm in-process runMicro over the dev prompts, on the BUILT packages (dist), in plain
// node — the code a user installs. (Run under tsx, source is slower: tsx compiles with esbuild's keepNames, which
// wraps every named closure creation in a defineProperty call.) Prints one JSON line.
// Usage: node tools/src/bench/defi-latency.cjs <dev.jsonl> <context.json> <backend> [rounds]
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { runMicro } = require(join(__dirname, '../../../packages/runner/dist/index.js'));

// Warm-up passes over the dev prompts before timing (≈ 8,000 calls at 20): V8 needs that many for every function
// on the path to reach its optimising tier — the state of a sidecar that has been up for more than a few seconds.
const WARM = Number(process.env.WARM ?? 20);

async function main() {
  const [devPath, contextPath, backend = 'wordmap', roundsArg = '5'] = process.argv.slice(2);
  const prompts = readFileSync(devPath, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l).prompt);
  const context = JSON.parse(readFileSync(contextPath, 'utf8'));
  const rounds = Number(roundsArg);
  for (let rep = 0; rep < WARM; rep++) for (const prompt of prompts) await runMicro({ domain: 'defi', prompt, context, backend });
  const micros = [];
  const cpu0 = process.cpuUsage();
  for (let rep = 0; rep < rounds; rep++)
    for (const prompt of prompts) {
      const t0 = process.hrtime.bigint();
      await runMicro({ domain: 'defi', prompt, context, backend });
      micros.push(Number(process.hrtime.bigint() - t0) / 1e3);
    }
  const cpu = process.cpuUsage(cpu0);
  micros.sort((a, b) => a - b);
  const q = (p) => micros[Math.min(micros.length - 1, Math.floor(p * micros.length))];
  process.stdout.write(JSON.stringify({ calls: micros.length, p50: q(0.5), p95: q(0.95), cpu_mean: (cpu.user + cpu.system) / micros.length }) + '\n');
}

main().catch((err) => {
  process.stderr.write(`defi-latency: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
