import { WALLET_PRIMITIVES, type WalletPrimitive } from './labels';
import { verifyPlan, type WalletStep } from './verify';

const p = WALLET_PRIMITIVES[0];
const step = (primitive: string, amount: number | null = null, target: string | null = null): WalletStep => ({
  primitive: primitive as WalletPrimitive,
  args: { amount, target },
});

describe('verifyPlan (fail closed)', () => {
  it('passes a known primitive with its required args', () => {
    const v = verifyPlan([step(p, 1, 'x')], { [p]: ['amount', 'target'] });
    expect(v).toEqual({
      ok: true,
      reason: 'verified',
      checks: [
        { name: 'primitive', ok: true, value: p, limit: null, step: 0 },
        { name: 'args', ok: true, value: null, limit: null, step: 0 },
      ],
    });
  });

  it('blocks a missing required argument and names it', () => {
    const v = verifyPlan([step(p, null, 'x')], { [p]: ['amount', 'target'] });
    expect(v.ok).toBe(false);
    expect(v.reason).toBe('missing_argument');
    expect(v.checks[1]).toMatchObject({ name: 'args', ok: false, value: 'amount' });
  });

  it('blocks an unknown primitive and an empty plan', () => {
    expect(verifyPlan([step('launch_rocket')]).reason).toBe('unknown_primitive');
    expect(verifyPlan([]).ok).toBe(false);
  });

  it('stops at the first failing step', () => {
    const v = verifyPlan([step(p, 1), step('nope'), step(p)], { [p]: ['amount'] });
    expect(v.reason).toBe('unknown_primitive');
    expect(v.checks.map((c) => c.step)).toEqual([0, 0, 1]);
  });
});
