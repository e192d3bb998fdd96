// A tiny deterministic domain for the runner's own tests (no model, no NGF): "deposit <n> <asset>" accepts
// when the context holds enough balance, blocks otherwise; anything else abstains.
import type { DomainAdapter, DomainDescriptor, DomainInput } from '../registry';
import type { AdapterOutcome } from '../types';

/** The fake domain's outcome for one input. */
export function fakeOutcome(input: DomainInput): AdapterOutcome {
  const m = /^deposit (\d+(?:\.\d+)?) ([a-z]+)$/i.exec(input.prompt.trim());
  if (m === null)
    return {
      decision: 'abstain',
      reason: 'abstain_non_exec',
      label: 'abstain',
      score: 0.25,
      plan: { steps: [] },
      verify: { ok: false, reason: 'abstain_non_exec', checks: [] },
      artifacts: { mapper: { top: 'none' } },
    };
  const amount = Number(m[1]);
  const asset = m[2].toUpperCase();
  const steps = [{ primitive: 'deposit_asset', args: { amount, asset } }];
  const balances = (input.context?.balances ?? null) as Record<string, number> | null;
  const have = balances === null ? null : (balances[asset] ?? 0);
  const ok = have !== null && amount <= have;
  const reason = have === null ? 'missing_context' : ok ? 'verified' : 'insufficient_balance';
  return {
    decision: ok ? 'accept' : 'block',
    reason,
    label: 'deposit_asset',
    score: 0.875,
    plan: { steps },
    verify: { ok, reason, checks: [{ name: 'funds', ok, value: amount, limit: have }] },
    artifacts: { mapper: { top: 'deposit_asset' }, parser: { T: input.T, rails: input.rails } },
  };
}

/** A descriptor for the fake domain; `loads` counts model loads. */
export function fakeDescriptor(name = 'fake', modelSha256 = 'f'.repeat(64)): DomainDescriptor & { loads: number } {
  const d = {
    name,
    backends: ['wordmap'] as const,
    inputs: ['context', 'policy'] as const,
    loads: 0,
    load(): DomainAdapter {
      d.loads++;
      return { domain: name, modelSha256, config: { threshold: 0.5 }, run: fakeOutcome };
    },
  };
  return d;
}
