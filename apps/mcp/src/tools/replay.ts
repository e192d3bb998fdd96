import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { replayE } from '@micro-lm/runner';
import { jsonResult, oneLine, PURE_TOOL, toolError } from '../respond';
import { jsonObject } from './schemas';

const DESCRIPTION = `Re-check a micro-lm result (from defi_plan or arc_apply): verify its audit hash and re-run the request stored in its audit record.
Call it when you receive a stored or forwarded result and need to know it is genuine and reproducible before relying on it.
Returns {identical, hash_valid, reran, stored_content_hash, recomputed_hash, diff}.
- identical: true only if the hash matches the content AND the re-run gave the same result field for field.
- hash_valid: false means the result was edited after it was produced: do not trust it.
- diff lists the paths that differ ({path, stored, replayed}); empty when identical.`;

/** Register `replay`: result → identical or diff. */
export function registerReplay(server: McpServer): void {
  server.registerTool(
    'replay',
    { title: 'Replay a micro-lm result', description: DESCRIPTION, inputSchema: { result: jsonObject.describe('A full micro-lm result JSON, audit record included.') }, annotations: PURE_TOOL },
    async (args) => {
      const r = await replayE(args.result);
      if (r._tag === 'Left') return toolError(typeof r.left === 'string' ? `Invalid arguments for replay: ${r.left}` : `replay failed internally: ${oneLine(r.left)}`);
      const x = r.right;
      return jsonResult({
        identical: x.identical,
        hash_valid: x.hashValid,
        reran: x.reran,
        stored_content_hash: x.storedContentHash,
        recomputed_hash: x.recomputed?.audit.hash ?? null,
        diff: x.diff,
      });
    },
  );
}
