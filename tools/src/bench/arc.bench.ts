/**
 * ARC benchmark: the program-search solver over ARC-AGI-1 training tasks, and (when present) the NL dev set.
 * Usage: pnpm bench:arc [--tasks DIR] [--budget MS] [--limit N] [--out FILE]
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { ARC_PRIMITIVES, createArcDomain, executeSequence, gridEquals, gridOf, gridToJSON, loadTask, solveTask, SolveResult, type ArcPrimitive } from '@micro-lm/adapters-arc';

interface Args {
  tasks: string;
  nl: string;
  skipSolver: boolean;
  budget: number;
  limit: number;
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const a: Args = {
    tasks: resolve(__dirname, '../../../../shared/datasets/arc-agi-1/training'),
    nl: resolve(__dirname, '../../../datasets/arc/nl-dev.jsonl'),
    skipSolver: false,
    budget: 2000,
    limit: Infinity,
    out: 'bench-results/arc.json',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, v] = [argv[i], argv[i + 1]];
    if (flag === '--no-solver') {
      a.skipSolver = true;
      i--;
    } else if (flag === '--tasks') a.tasks = v;
    else if (flag === '--nl') a.nl = v;
    else if (flag === '--budget') a.budget = Number(v);
    else if (flag === '--limit') a.limit = Number(v);
    else if (flag === '--out') a.out = v;
    else throw new Error(`unknown flag ${flag}`);
  }
  return a;
}

function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

type Verdict = 'solved' | 'wrong' | 'abstain';

// A 3×4 grid whose eight D4 images are all different, so a wrong sequence cannot produce the right grid by luck
// unless the two sequences are the same group element.
const PROBE_GRID = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 0, 1, 2]];

interface NlLine {
  id: string;
  prompt: string;
  expect: { decision: 'accept' | 'abstain'; sequence: string[] };
}

/** NL dev set: exact sequence on positives, exact output grid on positives, abstain rate on negatives. */
async function benchNl(path: string): Promise<Record<string, unknown> | null> {
  if (!existsSync(path)) {
    process.stderr.write(`no NL dev set at ${path}: skipped\n`);
    return null;
  }
  const lines: NlLine[] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as NlLine);
  const domain = createArcDomain();
  const out: Record<string, unknown> = { n: lines.length, model_sha256: domain.modelSha256 };
  for (const rails of ['stage11', 'stage10'] as const) {
    let pos = 0, seqOk = 0, gridOk = 0, neg = 0, negAbst = 0, wrongAccept = 0;
    const misses: { id: string; prompt: string; expect: string; got: string; reason: string }[] = [];
    const ms: number[] = [];
    for (const l of lines) {
      const t0 = performance.now();
      const r = await domain.run({ prompt: l.prompt, grid: PROBE_GRID, rails, T: 128 });
      ms.push(performance.now() - t0);
      const got = r.decision === 'accept' ? r.plan.steps.map((s) => s.primitive).join('>') : 'abstain';
      if (l.expect.decision === 'abstain') {
        neg++;
        if (r.decision === 'abstain') negAbst++;
        else {
          wrongAccept++;
          misses.push({ id: l.id, prompt: l.prompt, expect: 'abstain', got, reason: r.reason });
        }
        continue;
      }
      pos++;
      const want = l.expect.sequence.join('>');
      if (got === want) seqOk++;
      else {
        if (r.decision === 'accept') wrongAccept++;
        misses.push({ id: l.id, prompt: l.prompt, expect: want, got, reason: r.reason });
      }
      const valid = l.expect.sequence.every((s) => (ARC_PRIMITIVES as readonly string[]).includes(s));
      const expected = valid ? gridToJSON(executeSequence(gridOf(PROBE_GRID), l.expect.sequence as ArcPrimitive[])) : null;
      if (r.decision === 'accept' && expected !== null && JSON.stringify(r.artifacts.output_grid) === JSON.stringify(expected)) gridOk++;
    }
    out[rails] = {
      positives: pos,
      exact_sequence: Math.round((seqOk / Math.max(1, pos)) * 10000) / 10000,
      exact_output_grid: Math.round((gridOk / Math.max(1, pos)) * 10000) / 10000,
      negatives: neg,
      negatives_abstained: Math.round((negAbst / Math.max(1, neg)) * 10000) / 10000,
      wrong_accepts: wrongAccept,
      p50_ms: Math.round(quantile(ms, 0.5) * 100) / 100,
      p95_ms: Math.round(quantile(ms, 0.95) * 100) / 100,
      misses,
    };
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const nl = await benchNl(args.nl);
  if (nl !== null) {
    console.log('ARC NL dev set');
    console.table((['stage11', 'stage10'] as const).map((r) => {
      const { misses: _m, ...rest } = nl[r] as Record<string, unknown>;
      return { rails: r, ...rest };
    }));
  }
  if (args.skipSolver) {
    mkdirSync(resolve(args.out, '..'), { recursive: true });
    writeFileSync(args.out, JSON.stringify({ nl }, null, 2) + '\n');
    return;
  }
  const files = readdirSync(args.tasks).filter((f) => f.endsWith('.json')).sort().slice(0, args.limit);
  const rows: { id: string; verdict: Verdict; reason: string; program: readonly string[] | null; ms: number; searched: number }[] = [];
  for (const f of files) {
    const t = loadTask(join(args.tasks, f));
    if (t._tag === 'Left') {
      process.stderr.write(`skip ${f}: ${t.left.message}\n`);
      continue;
    }
    const r: SolveResult = solveTask(t.right, { budgetMs: args.budget });
    let verdict: Verdict = 'abstain';
    if (r.decision === 'solved' && r.predictions !== null) {
      const exact = t.right.test.every((item, i) => item.output !== null && gridEquals(item.output, (r.predictions ?? [])[i]));
      verdict = exact ? 'solved' : 'wrong';
    }
    rows.push({ id: t.right.id, verdict, reason: r.reason, program: r.program, ms: r.ms, searched: r.searched });
    if (verdict !== 'abstain') process.stderr.write(`${verdict.padEnd(7)} ${t.right.id} ${r.program?.join(' → ')} (${r.ms} ms)\n`);
  }
  const ms = rows.map((r) => r.ms);
  const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
  const summary = {
    tasks: rows.length,
    solved: count('solved'),
    wrong: count('wrong'),
    abstain: count('abstain'),
    p50_ms: quantile(ms, 0.5),
    p95_ms: quantile(ms, 0.95),
    max_ms: Math.max(0, ...ms),
    budget_ms: args.budget,
    abstain_reasons: Object.fromEntries(
      ['no_program', 'ambiguous', 'budget_exhausted', 'insufficient_evidence'].map((k) => [k, rows.filter((r) => r.verdict === 'abstain' && r.reason === k).length]),
    ),
  };
  mkdirSync(resolve(args.out, '..'), { recursive: true });
  writeFileSync(args.out, JSON.stringify({ solver: summary, nl, tasks: rows }, null, 2) + '\n');
  console.log('ARC-AGI-1 solver');
  console.table([summary].map(({ abstain_reasons: _r, ...s }) => s));
  console.log('abstain reasons', summary.abstain_reasons);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:arc failed: ${(e as Error).message}\n`);
  process.exit(1);
});
