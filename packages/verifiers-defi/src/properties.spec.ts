import fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { plan, riskyPlan, TICKERS, units, world } from './__tests__/arbitraries';
import { parseContext } from './schema/context';
import { parsePlan } from './schema/plan';
import { parsePolicy } from './schema/policy';
import { VERDICT_REASONS, type PlanStepInput, type Verdict } from './types';
import { verifyPlan } from './verify';

const RUNS = { numRuns: 10_000, seed: 20_261_126 };

function wellFormed(v: Verdict): boolean {
  return (
    typeof v.ok === 'boolean' &&
    (VERDICT_REASONS as readonly string[]).includes(v.reason) &&
    Array.isArray(v.checks) &&
    v.checks.every((c) => typeof c.ok === 'boolean' && (c.value === null || typeof c.value === 'string') && (c.limit === null || typeof c.limit === 'string')) &&
    (v.ok ? v.reason === 'verified' && v.failed_step === null && v.state_after !== null : (v.reason as string) !== 'verified' && v.state_after === null)
  );
}

describe('properties (fast-check, 10,000 cases each)', () => {
  it('(a) a pass has no failed check and no negative book; a block ends with its one failing check', () => {
    let passes = 0;
    fc.assert(
      fc.property(world(), plan(), ({ context, policy }, steps) => {
        const v = verifyPlan(steps, context, policy);
        if (!wellFormed(v)) return false;
        if (v.ok) {
          passes++;
          const books = Object.values(v.state_after).filter((b) => b !== null);
          return v.checks.every((c) => c.ok) && books.every((b) => Object.values(b).every((u) => !u.startsWith('-')));
        }
        if (v.reason === 'invalid_input') return v.checks.length > 0 && v.checks.every((c) => !c.ok);
        const failed = v.checks.filter((c) => !c.ok);
        return failed.length === 1 && v.checks.at(-1) === failed[0] && failed[0]?.step === v.failed_step;
      }),
      RUNS,
    );
    expect(passes).toBeGreaterThan(500); // the generator must exercise the pass side, not only blocks
  });

  it('(b) garbage never throws and never passes unless the input is valid and every check passed', () => {
    const garbage = fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true, withBigInt: true, withMap: true });
    const mix = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: a }, { weight: 1, arbitrary: garbage });
    const input = fc.record({
      steps: mix(plan()).map((p) => p as unknown as PlanStepInput[]),
      context: fc.oneof(mix(world().map((w) => w.context)), world().chain((w) => corrupt(w.context, garbage))),
      policy: mix(world().map((w) => w.policy)),
    });
    fc.assert(
      fc.property(input, ({ steps, context, policy }) => {
        const v = verifyPlan(steps, context, policy);
        if (!wellFormed(v)) return false;
        if (!v.ok) return true;
        return E.isRight(parsePlan(steps)) && E.isRight(parseContext(context)) && E.isRight(parsePolicy(policy)) && v.checks.every((c) => c.ok);
      }),
      RUNS,
    );
  });

  it('(c1) adding collateral never turns a pass into an ltv/hf block', () => {
    let riskyPasses = 0;
    fc.assert(
      fc.property(world({ fullBooks: true }), riskyPlan(), fc.constantFrom(...TICKERS), units().filter((u) => Number(u) > 0), ({ context, policy }, steps, t, extra) => {
        if (!verifyPlan(steps, context, policy).ok) return true; // only a pass can be turned into a block
        riskyPasses++;
        const after = verifyPlan(steps, addUnits(context, 'collateral', t, extra), policy);
        return after.ok || (after.reason !== 'ltv' && after.reason !== 'hf');
      }),
      RUNS,
    );
    expect(riskyPasses).toBeGreaterThan(1000); // enough passing borrow/withdraw plans for the property to bite
  });

  it('(c2) adding debt never turns a block into a pass (plans without repay: more debt gives a repay something to repay)', () => {
    const noRepay = ['deposit_asset', 'withdraw_asset', 'borrow_asset', 'swap_asset', 'stake_asset', 'unstake_asset', 'claim_rewards'];
    let riskBlocks = 0;
    fc.assert(
      fc.property(world({ fullBooks: true }), riskyPlan(noRepay), fc.constantFrom(...TICKERS), units().filter((u) => Number(u) > 0), ({ context, policy }, steps, t, extra) => {
        const before = verifyPlan(steps, context, policy);
        if (before.ok) return true; // only a block can be turned into a pass
        if (before.reason === 'ltv' || before.reason === 'hf') riskBlocks++;
        return !verifyPlan(steps, addUnits(context, 'debt', t, extra), policy).ok;
      }),
      RUNS,
    );
    expect(riskBlocks).toBeGreaterThan(1000);
  });

  it('(d) verification is deterministic and independent of key order', () => {
    fc.assert(
      fc.property(world(), plan(), ({ context, policy }, steps) => {
        const a = JSON.stringify(verifyPlan(steps, context, policy));
        const b = JSON.stringify(verifyPlan(steps, context, policy));
        const c = JSON.stringify(verifyPlan(steps, reverseKeys(context), reverseKeys(policy)));
        return a === b && a === c;
      }),
      RUNS,
    );
  });
});

/** The context with `extra` units of ticker `t` added to one account book (exactly, as decimal strings). */
function addUnits(context: Record<string, unknown>, bookName: string, t: string, extra: string | number): Record<string, unknown> {
  const account = context['account'] as Record<string, Record<string, string | number>>;
  const b = { ...account[bookName] };
  const key = Object.keys(b).find((k) => k.toUpperCase() === t) ?? t;
  b[key] = addDecimalStrings(String(b[key] ?? '0'), String(extra));
  return { ...context, account: { ...account, [bookName]: b } };
}

function addDecimalStrings(a: string, b: string): string {
  // Both have at most 6 fraction digits: add them as integers of micro-units.
  const micro = (s: string) => {
    const [i = '0', f = ''] = s.split('.');
    return BigInt(i) * 1_000_000n + BigInt((f + '000000').slice(0, 6));
  };
  const total = micro(a) + micro(b);
  return `${total / 1_000_000n}.${(total % 1_000_000n).toString().padStart(6, '0')}`;
}

/** Replaces one top-level field or one account book of a valid context with garbage. */
function corrupt(context: Record<string, unknown>, garbage: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const fields = ['now', 'prices', 'oracle', 'account', 'risk', 'account.balances', 'account.debt', 'prices.ETH'];
  return fc.tuple(fc.constantFrom(...fields), garbage).map(([field, g]) => {
    const [head, tail] = field.split('.') as [string, string | undefined];
    if (tail === undefined) return { ...context, [head]: g };
    const inner = (context[head] ?? {}) as Record<string, unknown>;
    return { ...context, [head]: { ...inner, [tail]: g } };
  });
}

/** A deep copy with every object's keys in reverse order. */
function reverseKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(reverseKeys);
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}
