import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERDICT_REASONS, type PlanStepInput, type VerdictReason } from './types';
import { verifyPlan } from './verify';

/** One scenario of datasets/defi/safety.jsonl: expectations computed by hand, explained in `why`. */
interface Scenario {
  id: string;
  plan: PlanStepInput[];
  context: unknown;
  policy: unknown;
  expect: { ok: boolean; reason: VerdictReason; failed_step: number | null };
  why: string;
}

const FILE = join(__dirname, '../../../datasets/defi/safety.jsonl');
const scenarios: Scenario[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Scenario);

describe('datasets/defi/safety.jsonl', () => {
  it('has at least 60 well-formed scenarios with unique ids, covering every reason', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(60);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const s of scenarios) {
      expect(typeof s.why === 'string' && s.why.length > 10).toBe(true);
      expect(VERDICT_REASONS).toContain(s.expect.reason);
      expect(s.expect.ok).toBe(s.expect.reason === 'verified');
    }
    expect(new Set(scenarios.map((s) => s.expect.reason))).toEqual(new Set(VERDICT_REASONS));
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const v = verifyPlan(s.plan, s.context, s.policy);
    expect({ ok: v.ok, reason: v.reason, failed_step: v.failed_step }).toEqual(s.expect);
  });
});
