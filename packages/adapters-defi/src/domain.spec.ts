import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { createDefiDomain, loadDefiDomain, MAX_PROMPT_CHARS, type DefiRunInput } from './domain';

const ROOT = join(__dirname, '..', '..', '..');
const context: unknown = JSON.parse(readFileSync(join(ROOT, 'examples', 'defi', 'context.json'), 'utf8'));
const domain = createDefiDomain();
const run = (prompt: unknown, extra: Partial<DefiRunInput> = {}) => domain.run({ prompt, context, rails: 'stage11', T: 128, ...extra });

describe('createDefiDomain (committed model)', () => {
  it('loads the committed model and reports its sha256', () => {
    const raw = JSON.parse(readFileSync(join(__dirname, '..', 'model', 'defi-wordmap.json'), 'utf8')) as { sha256: string };
    expect(domain.domain).toBe('defi');
    expect(domain.modelSha256).toBe(raw.sha256);
  });

  it('accepts "deposit 10 ETH into aave" with a context, verified', () => {
    const o = run('deposit 10 ETH into aave');
    expect(o.decision).toBe('accept');
    expect(o.reason).toBe('verified');
    expect(o.label).toBe('deposit_asset');
    expect(o.plan.steps).toEqual([{ primitive: 'deposit_asset', args: { amount: 10, amount_kind: 'exact', asset: 'ETH', to_asset: null, protocol: 'aave', chain: null } }]);
    expect(o.verify.ok).toBe(true);
    expect(o.verify.checks.length).toBeGreaterThan(0);
    expect(o.score).toBeGreaterThan(0);
    expect(o.score).toBeLessThanOrEqual(1);
  });

  it('blocks the same prompt without a context (missing_context), plan still filled in', () => {
    const o = domain.run({ prompt: 'deposit 10 ETH into aave', rails: 'stage11', T: 128 });
    expect(o.decision).toBe('block');
    expect(o.reason).toBe('missing_context');
    expect(o.verify).toMatchObject({ ok: false, reason: 'missing_context' });
    expect(o.plan.steps).toHaveLength(1);
  });

  it('reads a two-step plan in execution order', () => {
    const o = run('deposit it into aave after you swap 2 ETH to USDC');
    expect(o.decision).toBe('accept');
    expect(o.plan.steps.map((s) => s.primitive)).toEqual(['swap_asset', 'deposit_asset']);
    expect(o.artifacts.parser?.order).toEqual(['deposit_asset', 'swap_asset']);
  });

  it.each([
    ["what's my health factor?", 'abstain_non_exec'],
    ["don't swap my ETH", 'abstain_non_exec'],
    ['what if I borrowed 1000 DAI against my ETH', 'abstain_non_exec'],
    ['bridge 2 ETH to arbitrum', 'abstain_unsupported'],
  ])('abstains on %s', (prompt, reason) => {
    const o = run(prompt);
    expect(o).toMatchObject({ decision: 'abstain', reason, label: 'abstain', plan: { steps: [] }, verify: { ok: false, reason, checks: [] } });
  });

  it('abstains on gibberish', () => {
    expect(run('asdf qwerty').decision).toBe('abstain');
  });

  it.each([
    ['empty', ''],
    ['blank', '   \n '],
    ['number', 42],
    ['null', null],
    ['object', { prompt: 'deposit 1 ETH' }],
    ['too long', 'deposit 1 ETH into aave '.repeat(Math.ceil((MAX_PROMPT_CHARS + 1) / 24))],
  ])('invalid input (%s) → abstain_invalid_input', (_name, prompt) => {
    const o = run(prompt);
    expect(o).toMatchObject({ decision: 'abstain', reason: 'abstain_invalid_input', label: 'abstain', plan: { steps: [] }, verify: { ok: false, reason: 'abstain_invalid_input', checks: [] } });
  });

  it('a prompt of exactly MAX_PROMPT_CHARS is read', () => {
    const p = `deposit 10 ETH into aave${' '.repeat(MAX_PROMPT_CHARS - 24)}`;
    expect(p.length).toBe(MAX_PROMPT_CHARS);
    expect(run(p).decision).toBe('accept');
  });

  it.each([
    ['rails', { rails: 'stage9' as 'stage10' }],
    ['T too small', { T: 8 }],
    ['T not an integer', { T: 12.5 }],
  ])('invalid %s → abstain_invalid_input', (_n, extra) => {
    expect(run('deposit 10 ETH into aave', extra).reason).toBe('abstain_invalid_input');
  });

  it('is deterministic and JSON-clean (no typed arrays, no undefined), with a stable key order', () => {
    for (const rails of ['stage10', 'stage11'] as const) {
      const a = run('swap 2 ETH to USDC then deposit it into aave', { rails });
      const b = run('swap 2 ETH to USDC then deposit it into aave', { rails });
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      expect(Object.keys(a)).toEqual(['decision', 'reason', 'label', 'score', 'plan', 'verify', 'artifacts']);
      expect(Object.keys(a.artifacts)).toEqual(['mapper', 'parser']);
    }
  });

  it('includes rounded traces only when asked', () => {
    const d = createDefiDomain({ traces: true });
    const o = d.run({ prompt: 'stake 2 ETH with lido', rails: 'stage10', T: 64 });
    expect(o.artifacts.traces?.T).toBe(64);
    expect(o.artifacts.traces?.data).toHaveLength(8);
    const flat = o.artifacts.traces?.data.flat() ?? [];
    expect(flat.every((x) => Math.round(x * 1e4) / 1e4 === x)).toBe(true);
    expect(Math.max(...flat)).toBeGreaterThan(0.9);
  });

  it('fails closed on a tampered or missing model', () => {
    const raw = JSON.parse(readFileSync(join(__dirname, '..', 'model', 'defi-wordmap.json'), 'utf8')) as Record<string, unknown>;
    const tampered = { ...raw, temperature: 2 };
    expect(E.isLeft(loadDefiDomain({ artifact: tampered }))).toBe(true);
    expect(E.isLeft(loadDefiDomain({ modelPath: '/nonexistent/model.json' }))).toBe(true);
    expect(() => createDefiDomain({ modelPath: '/nonexistent/model.json' })).toThrow(/cannot read/);
    expect(E.isLeft(loadDefiDomain({ backend: 'sbert' }))).toBe(true);
  });
});
