// Test helper: run the built CLI as a separate process, the way users and scripts do.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../../..');
export const MAIN = join(ROOT, 'apps/cli/dist/main.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/**
 * Build the CLI and what it depends on (incremental: fast when nothing changed). tsc -b still emits every
 * project when one has type errors; errors in the CLI or the runner fail the tests, errors in another package
 * (its own checks catch them) only warn, so these tests keep testing the CLI.
 */
export function buildCli(): void {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-b', join(ROOT, 'apps/cli/tsconfig.lib.json')], { encoding: 'utf8' });
  if (r.status === 0) return;
  const files = [...`${r.stdout}${r.stderr}`.matchAll(/^(\S+?)\(\d+,\d+\): error/gm)].map((m) => m[1]);
  if (files.length === 0 || files.some((f) => f.startsWith('apps/cli/') || f.startsWith('packages/runner/')))
    throw new Error(`building the CLI failed:\n${r.stdout}${r.stderr}`);
  console.warn(`type errors outside the CLI and the runner (${[...new Set(files)].join(', ')}); testing the emitted build`);
}

/** Run `node apps/cli/dist/main.js …args` from the workspace root. */
export function cli(args: readonly string[], input?: string): CliRun {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

/** Non-empty lines of a text. */
export const linesOf = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');
