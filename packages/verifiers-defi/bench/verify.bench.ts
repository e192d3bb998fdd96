// Times verifyPlan on three fixed plans; prints a table and writes bench-results/verifiers-defi.json.
// Run from the repo root: npx tsx packages/verifiers-defi/bench/verify.bench.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyPlan, type PlanStepInput } from '../src';

const context = {
  now: 1700000000,
  prices: { ETH: 2000, USDC: 1, WBTC: 50000, DAI: 1 },
  oracle: { updated_at: 1699999990 },
  account: {
    balances: { ETH: 10, USDC: 5000 },
    collateral: { ETH: 10, WBTC: '0.2' },
    debt: { USDC: 5000 },
    staked: { ETH: 4 },
    rewards: { DAI: 12 },
  },
  risk: { liquidation_threshold: 0.825 },
};

const step = (primitive: string, amount: number | null, asset: string | null, to_asset: string | null = null): PlanStepInput => ({
  primitive,
  args: { amount, amount_kind: amount === null ? 'none' : 'exact', asset, to_asset, protocol: 'aave', chain: null },
});

const cases: Record<string, PlanStepInput[]> = {
  'deposit (1 step)': [step('deposit_asset', 1, 'ETH')],
  'swap → deposit → borrow (3 steps)': [step('swap_asset', 1, 'ETH', 'USDC'), step('deposit_asset', 2000, 'USDC'), step('borrow_asset', 3000, 'DAI')],
  'invalid input (zod error path)': [step('deposit_asset', -1, 'ETH')],
};

const N = 20_000;
const rows: { case: string; runs: number; us_per_op: number; reason: string }[] = [];
for (const [name, plan] of Object.entries(cases)) {
  for (let i = 0; i < 2_000; i++) verifyPlan(plan, context); // warm-up
  const t0 = process.hrtime.bigint();
  let reason = '';
  for (let i = 0; i < N; i++) reason = verifyPlan(plan, context).reason;
  const us = Number(process.hrtime.bigint() - t0) / 1e3 / N;
  rows.push({ case: name, runs: N, us_per_op: Math.round(us * 10) / 10, reason });
}
console.table(rows);
mkdirSync('bench-results', { recursive: true });
writeFileSync(join('bench-results', 'verifiers-defi.json'), JSON.stringify({ node: process.version, rows }, null, 2) + '\n');
