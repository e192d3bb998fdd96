import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors';
import { workspaceRoot } from '../io';

/** The apps the CLI starts as child processes (apps do not import each other: they are separate programs). */
const APPS = { serve: 'apps/server/dist/main.js', mcp: 'apps/mcp/dist/main.js' } as const;

/**
 * `micro-lm serve …` / `micro-lm mcp …`: run the built server or MCP app with the given arguments, its stdio
 * connected to ours (the MCP stdio transport speaks over it), and SIGTERM/SIGINT passed on so the app can finish
 * in-flight work. Resolves with the app's exit code.
 */
export function appCommand(app: keyof typeof APPS, args: readonly string[]): Promise<number> {
  const root = workspaceRoot();
  const entry = root === undefined ? undefined : join(root, APPS[app]);
  if (entry === undefined || !existsSync(entry))
    throw new UsageError(`${app}: ${APPS[app]} is not built (run \`pnpm build\`, or use \`pnpm micro-lm ${app}\`, which builds on demand)`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd: process.cwd(), stdio: 'inherit' });
    const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
    const onTerm = forward('SIGTERM');
    const onInt = forward('SIGINT');
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
    child.on('error', (e) => reject(new Error(`${app}: ${e.message}`)));
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
