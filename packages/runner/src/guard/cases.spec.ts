import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
// Through the package entry, as users import it: that also registers the built-in domains.
import { guardE, verifiersPackage } from '..';
import type { GuardVerdict } from './types';

// datasets/guard/cases.jsonl: hand-written cases run through the library function with the real DeFi reader.
const root = join(__dirname, '..', '..', '..', '..');
type Kind = 'safe' | 'unsafe' | 'invalid' | 'mismatch' | 'injection';
interface Case {
  readonly id: string;
  readonly kind: Kind;
  readonly proposed: unknown;
  readonly context_file?: string;
  readonly context?: unknown;
  readonly policy?: unknown;
  readonly user_prompt?: string;
  readonly expect: { readonly decision: 'allow' | 'block'; readonly reason: string; readonly failed_step: number | null; readonly fields?: readonly string[] };
  readonly why: string;
}
const cases = readFileSync(join(root, 'datasets/guard/cases.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Case);

function input(c: Case): Record<string, unknown> {
  const context = c.context_file !== undefined ? (JSON.parse(readFileSync(join(root, c.context_file), 'utf8')) as unknown) : c.context;
  return {
    proposed: c.proposed,
    context,
    ...(c.policy !== undefined ? { policy: c.policy } : {}),
    ...(c.user_prompt !== undefined ? { user_prompt: c.user_prompt } : {}),
  };
}

async function verdict(c: Case): Promise<GuardVerdict> {
  const r = await guardE(input(c));
  if (E.isLeft(r)) throw r.left;
  return r.right;
}

describe('datasets/guard/cases.jsonl', () => {
  it('has at least 40 well-formed cases with unique ids, a why, and every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) expect(c.why.length).toBeGreaterThan(10);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['safe', 'unsafe', 'invalid', 'mismatch', 'injection']));
  });

  it('covers every verifier block reason and plan_mismatch', async () => {
    const { VERDICT_REASONS } = await verifiersPackage();
    const reasons = new Set(cases.map((c) => c.expect.reason));
    for (const r of VERDICT_REASONS) expect([r, reasons.has(r)]).toEqual([r, true]);
    expect(reasons.has('plan_mismatch')).toBe(true);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const v = await verdict(c);
    expect({ decision: v.decision, reason: v.reason, failed_step: v.failed_step }).toEqual({
      decision: c.expect.decision,
      reason: c.expect.reason,
      failed_step: c.expect.failed_step,
    });
    expect(v.ok).toBe(c.expect.decision === 'allow');
    if (c.kind === 'mismatch' || c.kind === 'injection') expect(v.ok).toBe(false);
    if (c.expect.fields !== undefined) expect(v.checks.find((k) => k.name === 'plan_args' && !k.ok)?.fields).toEqual(c.expect.fields);
  });

  it('is deterministic: the same case gives the same verdict and hash', async () => {
    const c = cases.find((x) => x.id === 'mismatch-amount') as Case;
    const [a, b] = [await verdict(c), await verdict(c)];
    expect(b).toEqual(a);
  });
});
