// The DeFi "Done when" cases of issue 4, run through the built CLI as separate processes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, cli, linesOf, MAIN, ROOT } from './cli-harness';

const tmp = mkdtempSync(join(tmpdir(), 'micro-lm-defi-'));
const CONTEXT = join(ROOT, 'examples/defi/context.json');
const DEPOSIT = 'deposit 10 ETH into aave';

beforeAll(() => buildCli(), 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const json = (args: string[]): Record<string, unknown> => {
  const r = cli([...args, '--json']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  expect(linesOf(r.stdout)).toHaveLength(1);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

describe('micro-lm defi', () => {
  it('accepts "deposit 10 ETH into aave" with the example context', () => {
    const r = json(['defi', DEPOSIT, '--context', CONTEXT]);
    expect(r).toMatchObject({ ok: true, decision: 'accept', label: 'deposit_asset', reason: 'verified' });
    const steps = (r.plan as { steps: { primitive: string; args: Record<string, unknown> }[] }).steps;
    expect(steps).toHaveLength(1);
    expect(steps[0].primitive).toBe('deposit_asset');
    expect(steps[0].args).toMatchObject({ amount: 10, asset: 'ETH', protocol: 'aave' });
    expect(r.verify).toMatchObject({ ok: true, reason: 'verified' });
  });

  it('gives exactly the DESIGN §3 fields, in order, with their types', () => {
    const r = json(['defi', DEPOSIT, '--context', CONTEXT]);
    expect(Object.keys(r)).toEqual(['ok', 'decision', 'label', 'score', 'reason', 'plan', 'verify', 'artifacts', 'audit']);
    expect(typeof r.ok).toBe('boolean');
    expect(typeof r.score).toBe('number');
    expect(r.score as number).toBeGreaterThan(0);
    expect(r.score as number).toBeLessThanOrEqual(1);
    expect(Object.keys(r.plan as object)).toEqual(['steps']);
    const verify = r.verify as { ok: boolean; reason: string; checks: Record<string, unknown>[] };
    expect(Object.keys(verify)).toEqual(['ok', 'reason', 'checks']);
    expect(verify.checks.length).toBeGreaterThan(0);
    for (const c of verify.checks) {
      expect(Object.keys(c).slice(0, 4)).toEqual(['name', 'ok', 'value', 'limit']);
      expect(typeof c.name).toBe('string');
      expect(c.ok).toBe(true);
    }
    expect(Object.keys(r.artifacts as object)).toEqual(expect.arrayContaining(['mapper', 'parser']));
    const audit = r.audit as Record<string, unknown>;
    expect(Object.keys(audit)).toEqual(['version', 'input_sha256', 'model_sha256', 'config', 'request', 'hash']);
    for (const k of ['input_sha256', 'model_sha256', 'hash']) expect(audit[k]).toMatch(/^[0-9a-f]{64}$/);
    expect(audit.config).toMatchObject({ domain: 'defi', rails: 'stage11', T: 128, backend: 'wordmap' });
  });

  it('blocks the same prompt with missing_context when no context is given', () => {
    const r = json(['defi', DEPOSIT]);
    expect(r).toMatchObject({ ok: false, decision: 'block', reason: 'missing_context', label: 'deposit_asset' });
    expect((r.plan as { steps: unknown[] }).steps).toHaveLength(1);
  });

  it('abstains on a question with abstain_non_exec', () => {
    expect(json(['defi', "what's my health factor?", '--context', CONTEXT])).toMatchObject({ ok: false, decision: 'abstain', label: 'abstain', reason: 'abstain_non_exec' });
  });

  it('abstains on gibberish', () => {
    const r = json(['defi', 'asdf qwerty', '--context', CONTEXT]);
    expect(r).toMatchObject({ ok: false, decision: 'abstain', label: 'abstain' });
    expect(r.reason).toMatch(/^abstain_/);
  });

  it('reads inline JSON context and policy, and the policy can block', () => {
    const ctx = readFileSync(CONTEXT, 'utf8');
    const ok = json(['defi', 'borrow 1000 USDC from aave', '--context', ctx]);
    expect(ok.decision).toBe('accept');
    const blocked = json(['defi', 'borrow 1000 USDC from aave', '--context', ctx, '--policy', '{"ltv_max":0.01}']);
    expect(blocked).toMatchObject({ ok: false, decision: 'block', reason: 'ltv' });
  });

  it('prints a human table: decision, reason, plan with args, checks', () => {
    const r = cli(['defi', DEPOSIT, '--context', CONTEXT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^decision\s+accept \(ok\)$/m);
    expect(r.stdout).toMatch(/^reason\s+verified$/m);
    expect(r.stdout).toMatch(/^plan\s+1\. deposit_asset {2}amount=10 {2}amount_kind=exact {2}asset=ETH {2}protocol=aave$/m);
    expect(r.stdout).toMatch(/^checks\s+\S+\s+ok\s+value \S+\s+limit \S+/m);
    expect(r.stdout).toMatch(/^audit\s+[0-9a-f]{16}…/m);
  });

  it('starts fast: one `defi … --json` process uses at most 400 ms of CPU, and never loads transformers.js', () => {
    // CPU time (user + system, node start-up included) is what wall time is on an idle machine; this shared
    // test machine inflates wall time. pnpm bench:defi reports the wall time.
    const cpu = [0, 1, 2].map(() => {
      const r = spawnSync(process.execPath, [join(ROOT, 'apps/cli/test-fixtures/cpu-time.cjs'), 'defi', DEPOSIT, '--context', CONTEXT, '--json'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ decision: 'accept' });
      return Number(/cpu_ms=([\d.]+)/.exec(r.stderr)?.[1]);
    });
    expect(Math.min(...cpu)).toBeLessThanOrEqual(400);
    // CommonJS modules show in require.cache; an ESM import of transformers.js would still load onnxruntime's
    // native library, which shows in the process report's shared objects.
    const probe = spawnSync(
      process.execPath,
      ['-e', `require(${JSON.stringify(MAIN)}).main(['defi', 'deposit 1 ETH', '--json']).then(() => process.stderr.write(JSON.stringify([...Object.keys(require.cache), ...process.report.getReport().sharedObjects])))`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const loaded = JSON.parse(probe.stderr) as string[];
    expect(loaded.some((p) => p.includes('adapters-defi'))).toBe(true);
    expect(loaded.filter((p) => /transformers|onnxruntime|adapters-arc/.test(p))).toEqual([]);
  });
});

describe('micro-lm batch and replay', () => {
  const prompts = [DEPOSIT, 'swap 2 ETH to USDC on uniswap then deposit it into aave', "what's my health factor?", 'asdf qwerty', 'withdraw 5000 ETH from aave'];

  it('batch results equal single-call results byte for byte, in input order', () => {
    const context = JSON.parse(readFileSync(CONTEXT, 'utf8')) as unknown;
    const input = join(tmp, 'in.jsonl');
    writeFileSync(input, prompts.map((p, i) => JSON.stringify({ id: `p${i}`, prompt: p, context })).join('\n') + '\n');
    const b = cli(['batch', '--domain', 'defi', input]);
    expect(b.code).toBe(0);
    const lines = linesOf(b.stdout);
    expect(lines).toHaveLength(prompts.length);
    lines.forEach((line, i) => {
      const { id, ...rest } = JSON.parse(line) as Record<string, unknown>;
      expect(id).toBe(`p${i}`);
      const single = cli(['defi', prompts[i], '--context', CONTEXT, '--json']);
      expect(JSON.stringify(rest)).toBe(single.stdout.trim());
    });
  });

  it('replay reproduces the audit hash of a saved result, and flags an edited one', () => {
    const saved = join(tmp, 'result.json');
    const r = cli(['defi', DEPOSIT, '--context', CONTEXT, '--json']);
    writeFileSync(saved, r.stdout);
    const ok = cli(['replay', saved]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^identical {2}hash [0-9a-f]{16}…$/m);
    const doc = JSON.parse(r.stdout) as { plan: { steps: { args: { amount: number } }[] } };
    doc.plan.steps[0].args.amount = 1000;
    writeFileSync(saved, JSON.stringify(doc));
    const bad = cli(['replay', saved, '--json']);
    expect(bad.code).toBe(3);
    const rep = JSON.parse(bad.stdout) as { identical: boolean; hashValid: boolean; diff: { path: string }[] };
    expect(rep).toMatchObject({ identical: false, hashValid: false });
    expect(rep.diff.map((d) => d.path)).toEqual(['plan.steps.0.args.amount']);
    expect(bad.stderr).toMatch(/^micro-lm: replay: 1 of 1 result\(s\) did not reproduce$/m);
  });

  it('replays a whole batch output', () => {
    const input = join(tmp, 'in2.jsonl');
    const outFile = join(tmp, 'out2.jsonl');
    writeFileSync(input, prompts.map((p, i) => JSON.stringify({ id: i, prompt: p })).join('\n'));
    expect(cli(['batch', '--domain', 'defi', input, '--out', outFile]).code).toBe(0);
    const rep = cli(['replay', outFile, '--json']);
    expect(rep.code).toBe(0);
    const reports = linesOf(rep.stdout).map((l) => JSON.parse(l) as { id: number; identical: boolean });
    expect(reports.map((x) => [x.id, x.identical])).toEqual(prompts.map((_p, i) => [i, true]));
  });
});
