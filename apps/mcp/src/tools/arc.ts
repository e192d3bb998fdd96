import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { arcPackage, runMicroE } from '@micro-lm/runner';
import { z } from 'zod';
import { jsonResult, oneLine, PURE_TOOL, toolError } from '../respond';
import { invalidDetail } from './defi-plan';
import { arcGrid, promptText } from './schemas';

const APPLY_DESCRIPTION = `Apply a grid transformation described in words to an ARC-style grid (integers 0-9) and return the result.
Use it instead of transforming grids yourself: e.g. "rotate a quarter turn clockwise, then mirror it left to right" → [rot90, flip_h] executed exactly.
Returns the micro-lm result {ok, decision, label, reason, plan: {steps}, verify, artifacts, audit}; the output grid is artifacts.output_grid.
- "accept": the instruction was read as the listed primitive sequence and executed.
- "abstain": the words did not name a supported transformation clearly enough (reason abstain_*); nothing was executed. Rephrase with plain geometric words (rotate, flip/mirror, transpose, ...).`;

const SOLVE_DESCRIPTION = `Solve an ARC task by program search: find a composition of grid primitives that maps EVERY train input to its output exactly, then apply it to each test input.
Call it when you have demonstration pairs and want a verified answer rather than a guess.
Returns {id, decision: "solved"|"abstain", reason, program, predictions, candidates}.
- "solved" (reason unique_program): program is the primitive sequence; predictions holds one output grid per test input.
- "abstain" (reason no_program, ambiguous, budget_exhausted or insufficient_evidence): no program fits every pair unambiguously; predictions is null. Treat it as "unknown", not as an error: a wrong answer is worse than none.`;

const trainPair = z.object({ input: arcGrid, output: arcGrid });
const testItem = z.object({ input: arcGrid, output: arcGrid.optional() });

const applyInput = {
  prompt: promptText.describe('The transformation in words, e.g. "flip it upside down".'),
  grid: arcGrid,
};

const solveInput = {
  task: z
    .object({ train: z.array(trainPair).min(1).max(20), test: z.array(testItem).min(1).max(10) })
    .describe('An ARC task: {train: [{input, output}], test: [{input, output?}]}.'),
  id: z.string().max(128).optional().describe('A name for the task, echoed back (default "task").'),
  budget_ms: z.number().int().min(10).max(10_000).optional().describe('Search time budget in milliseconds (default 2000).'),
};

/** Register `arc_apply` (words + grid → grid) and `arc_solve` (task → predictions or abstain). */
export function registerArc(server: McpServer): void {
  server.registerTool('arc_apply', { title: 'Transform a grid from words (micro-lm)', description: APPLY_DESCRIPTION, inputSchema: applyInput, annotations: PURE_TOOL }, async (args) => {
    const r = await runMicroE({ domain: 'arc', prompt: args.prompt, grid: args.grid });
    if (r._tag === 'Left') return toolError(`arc_apply failed internally: ${oneLine(r.left)}`);
    if (r.right.reason === 'abstain_invalid_input') return toolError(`Invalid arguments for arc_apply: ${invalidDetail(r.right.artifacts)}`);
    return jsonResult(r.right);
  });

  server.registerTool('arc_solve', { title: 'Solve an ARC task (micro-lm)', description: SOLVE_DESCRIPTION, inputSchema: solveInput, annotations: PURE_TOOL }, async (args) => {
    const arc = await arcPackage();
    const task = arc.parseTask(args.task, args.id ?? 'task');
    if (task._tag === 'Left') return toolError(`Invalid arguments for arc_solve: ${task.left.message}`);
    try {
      const s = arc.solveTask(task.right, { budgetMs: args.budget_ms ?? 2000 });
      // `ms` and `searched` are left out: they depend on the machine, the answer does not.
      return jsonResult({
        id: s.id,
        decision: s.decision,
        reason: s.reason,
        program: s.program,
        predictions: s.predictions === null ? null : s.predictions.map((g) => arc.gridToJSON(g)),
        candidates: s.candidates,
      });
    } catch (err) {
      return toolError(`arc_solve failed internally: ${oneLine(err)}`);
    }
  });
}
