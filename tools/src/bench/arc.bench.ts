/**
 * ARC benchmark: the program-search solver over ARC-AGI-1 training tasks, and (when present) the NL dev set.
 * Usage: pnpm bench:arc [--tasks DIR] [--budget MS] [--limit N] [--out FILE]
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLeft } from 'fp-ts/Either';
import { gridEquals, loadTask, solveTask, SolveResult } from '@micro-lm/adapters-arc';

interface Args {
  tasks: string;
  budget: number;
  limit: number;
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const a: Args = { tasks: resolve(__dirname, '../../../../shared/datasets/arc-agi-1/training'), budget: 2000, limit: Infinity, out: 'bench-results/arc.json' };
  for (let i = 0; i + 1 < argv.length; i += 2) {
    const [flag, v] = [argv[i], argv[i + 1]];
    if (flag === '--tasks') a.tasks = v;
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

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const files = readdirSync(args.tasks).filter((f) => f.endsWith('.json')).sort().slice(0, args.limit);
  const rows: { id: string; verdict: Verdict; reason: string; program: readonly string[] | null; ms: number; searched: number }[] = [];
  for (const f of files) {
    const t = loadTask(join(args.tasks, f));
    if (isLeft(t)) {
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
  writeFileSync(args.out, JSON.stringify({ solver: summary, tasks: rows }, null, 2) + '\n');
  console.log('ARC-AGI-1 solver');
  console.table([summary].map(({ abstain_reasons: _r, ...s }) => s));
  console.log('abstain reasons', summary.abstain_reasons);
}

main();
