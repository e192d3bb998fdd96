import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { runMicroE } from '@micro-lm/runner';
import { jsonResult, oneLine, PURE_TOOL, toolError } from '../respond';
import { jsonObject, promptText } from './schemas';

const DESCRIPTION = `Read a DeFi instruction in plain words and return micro-lm's typed, verified plan.
Call it BEFORE you build or sign any DeFi transaction from a user's request, and execute only a plan it accepts.
Primitives: deposit_asset, withdraw_asset, borrow_asset, repay_asset, swap_asset, stake_asset, unstake_asset, claim_rewards.
Returns {ok, decision, label, score, reason, plan: {steps: [{primitive, args}]}, verify: {ok, reason, checks}, artifacts, audit}.
- decision "accept" (ok: true, reason "verified"): the plan passed every check against the context; you may execute exactly this plan.
- decision "abstain" (reason abstain_*): not an executable request (a question, a balance check, a negation, chit-chat), an unsupported action (send, bridge, approve, mint, vote), or not sure enough. Do NOT execute anything; ask the user to rephrase or do it yourself without funds moving.
- decision "block": an executable request that a safety check refused (reason oracle_stale, oracle_missing, insufficient_balance, ltv, hf, missing_context, ...). Do NOT execute it; tell the user the reason.
Pass the wallet/market state as context so the checks can run; without it, checks that need data block with missing_context.
audit.hash lets anyone re-check the result later with the replay tool. Deterministic: the same input gives the same result.`;

const inputSchema = {
  prompt: promptText.describe('The user\'s instruction, verbatim, e.g. "swap 1 ETH to USDC on uniswap".'),
  context: jsonObject
    .optional()
    .describe(
      'Wallet and market state: {now: unix_s, prices: {TICKER: usd}, oracle: {updated_at: unix_s}, account: {balances, collateral, debt, staked, rewards: {TICKER: units}}, risk: {liquidation_threshold}}.',
    ),
  policy: jsonObject.optional().describe('Risk limits; defaults {ltv_max: 0.75, hf_min: 1.0, oracle_max_age_sec: 30}.'),
};

/** Register `defi_plan`: prompt → MicroResult. */
export function registerDefiPlan(server: McpServer): void {
  server.registerTool('defi_plan', { title: 'Plan a DeFi action (micro-lm)', description: DESCRIPTION, inputSchema, annotations: PURE_TOOL }, async (args) => {
    const r = await runMicroE({ domain: 'defi', prompt: args.prompt, ...(args.context ? { context: args.context } : {}), ...(args.policy ? { policy: args.policy } : {}) });
    if (r._tag === 'Left') return toolError(`defi_plan failed internally: ${oneLine(r.left)}`);
    if (r.right.reason === 'abstain_invalid_input') return toolError(`Invalid arguments for defi_plan: ${invalidDetail(r.right.artifacts)}`);
    return jsonResult(r.right);
  });
}

/** The validation messages an invalid-input result carries. */
export function invalidDetail(artifacts: Readonly<Record<string, unknown>>): string {
  const errors = artifacts.errors;
  return Array.isArray(errors) && errors.length > 0 ? errors.map(String).join('; ') : 'invalid input';
}
