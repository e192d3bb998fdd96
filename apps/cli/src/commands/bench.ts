import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors';
import { workspaceRoot } from '../io';

/**
 * `micro-lm bench --domain D [args…]`: run the domain's benchmark driver (`tools/src/bench/D.bench.ts`, the
 * same as `pnpm bench:D`) in the workspace; its table goes to stdout, its JSON to bench-results/.
 */
export function benchCommand(domain: 'defi' | 'arc', extra: readonly string[]): number {
  const root = workspaceRoot();
  const script = root === undefined ? undefined : join(root, 'tools/src/bench', `${domain}.bench.ts`);
  const tsx = root === undefined ? undefined : join(root, 'node_modules/tsx/dist/cli.mjs');
  if (script === undefined || tsx === undefined || !existsSync(script) || !existsSync(tsx))
    throw new UsageError(`bench: needs the micro-lm workspace (tools/src/bench/${domain}.bench.ts and tsx)`);
  const r = spawnSync(process.execPath, [tsx, script, ...extra], { cwd: root, stdio: 'inherit' });
  if (r.error !== undefined) throw new Error(`bench: ${r.error.message}`);
  return r.status ?? 1;
}
