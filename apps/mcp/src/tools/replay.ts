import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { isGuardVerdictLike, replayE, replayGuardE } from '@micro-lm/runner';
import { jsonResult, oneLine, PURE_TOOL, toolError } from '../respond';
import { jsonObject } from './schemas';

const DESCRIPTION = `Re-check a micro-lm result (from defi_plan or arc_apply) or a defi_guard verdict: verify its audit hash and re-run it.
Call it when you receive a stored or forwarded result or verdict and need to know it is genuine and reproducible before relying on it.
A result stores its request and is re-run from it. A guard verdict stores only the hash of its input: pass that input as "input" to re-run it too.
Returns {kind: "result"|"guard_verdict", identical, hash_valid, reran, input_matches, stored_content_hash, recomputed_hash, diff}.
- identical: true only if the hash matches the content AND (when re-run) the re-run gave the same answer field for field.
- hash_valid: false means the result was edited after it was produced: do not trust it.
- input_matches (verdicts with input only): false means the input you passed is not the one the verdict was given.
- diff lists the paths that differ ({path, stored, replayed}); empty when identical.`;

const inputSchema = {
  result: jsonObject.describe('A full micro-lm result or guard verdict JSON, audit record included.'),
  input: jsonObject.optional().describe('For a guard verdict only: the defi_guard input it was given, to re-run it.'),
};

/** What both replays report (the guard's carries whether the given input is the verdict's). */
interface ReplayOutcome {
  readonly identical: boolean;
  readonly hashValid: boolean;
  readonly reran: boolean;
  readonly storedContentHash: string;
  readonly recomputed?: { readonly audit: { readonly hash: string } } | null;
  readonly diff: unknown;
}

function report(kind: 'result' | 'guard_verdict', x: ReplayOutcome, inputMatches: boolean | null) {
  return jsonResult({
    kind,
    identical: x.identical,
    hash_valid: x.hashValid,
    reran: x.reran,
    input_matches: inputMatches,
    stored_content_hash: x.storedContentHash,
    recomputed_hash: x.recomputed?.audit.hash ?? null,
    diff: x.diff,
  });
}

/** A Left from a replay: a string is the caller's mistake, anything else an internal failure. */
function replayError(left: unknown) {
  return toolError(typeof left === 'string' ? `Invalid arguments for replay: ${left}` : `replay failed internally: ${oneLine(left)}`);
}

/** Register `replay`: result or verdict → identical or diff. */
export function registerReplay(server: McpServer): void {
  server.registerTool('replay', { title: 'Replay a micro-lm result or verdict', description: DESCRIPTION, inputSchema, annotations: PURE_TOOL }, async (args) => {
    if (isGuardVerdictLike(args.result)) {
      const r = await replayGuardE(args.result, args.input);
      return r._tag === 'Left' ? replayError(r.left) : report('guard_verdict', r.right, r.right.inputMatches);
    }
    if (args.input !== undefined) return toolError('Invalid arguments for replay: "input" is only for guard verdicts; a result stores its own request');
    const r = await replayE(args.result);
    return r._tag === 'Left' ? replayError(r.left) : report('result', r.right, null);
  });
}
