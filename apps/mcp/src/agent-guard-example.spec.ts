import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Runs examples/agent-guard/run.ts as a user would (tsx from the repo root) and checks what it prints.
const root = join(__dirname, '..', '..', '..');
const run = (...args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'examples/agent-guard/run.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

interface Line {
  readonly turn: number;
  readonly verdict: { ok: boolean; decision: string; reason: string; failed_step: number | null; checks: { name: string; ok: boolean; fields?: string[] }[] };
}

describe('examples/agent-guard/run.ts', () => {
  it('--json: one verdict per turn, only the faithful, safe proposal allowed', () => {
    const lines = run('--json').trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => [l.turn, l.verdict.decision, l.verdict.reason, l.verdict.failed_step])).toEqual([
      [1, 'allow', 'verified', null],
      [2, 'block', 'insufficient_balance', 0], // 100 ETH > 60 in the wallet
      [3, 'block', 'limit_exceeded', 0], // 10 ETH x 3,000 = 30,000 USD > 25,000
      [4, 'block', 'plan_mismatch', 0], // 10 proposed, 1 said
      [5, 'block', 'plan_mismatch', 0], // compound proposed, aave said
      [6, 'block', 'plan_mismatch', 1], // a borrow nobody asked for
      [7, 'block', 'plan_mismatch', null], // a question
      [8, 'block', 'plan_mismatch', null], // injection markers
    ]);
    const failedFields = (l: Line | undefined) => l?.verdict.checks.find((c) => c.name === 'plan_args' && !c.ok)?.fields;
    expect(failedFields(lines[3])).toEqual(['amount']);
    expect(failedFields(lines[4])).toEqual(['protocol']);
    expect(lines[7]?.verdict.checks.find((c) => c.name === 'user_prompt_markers')).toMatchObject({ ok: false });
  });

  it('human output: what the user said, what the agent proposed, the verdict and what the agent does', () => {
    const out = run();
    expect(out.match(/^ {2}guard: {3}(ALLOW|BLOCK) \S+/gm)?.map((l) => l.replace(/\s+/g, ' ').trim())).toEqual([
      'guard: ALLOW verified',
      'guard: BLOCK insufficient_balance',
      'guard: BLOCK limit_exceeded',
      'guard: BLOCK plan_mismatch',
      'guard: BLOCK plan_mismatch',
      'guard: BLOCK plan_mismatch',
      'guard: BLOCK plan_mismatch',
      'guard: BLOCK plan_mismatch',
    ]);
    expect(out).toContain('plan_args: proposed amount=10, user said amount=1');
    expect(out.match(/executes the proposal/g)).toHaveLength(1);
    expect(out.match(/executes nothing/g)).toHaveLength(7);
  });
});
