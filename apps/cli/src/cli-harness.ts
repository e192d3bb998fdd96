// Test helper: run the built CLI as a separate process, the way users and scripts do.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The workspace root. */
export const ROOT = join(__dirname, '../../..');
/** The built CLI entry point. */
export const MAIN = join(ROOT, 'apps/cli/dist/main.js');

/** Exit code, output and wall time of one CLI process. */
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
export function buildCli(project = 'apps/cli/tsconfig.lib.json'): void {
  // jest runs the CLI suites in parallel workers: one tsc -b at a time, so two never write the same dist files.
  const lock = join(tmpdir(), 'micro-lm-cli-build.lock');
  const waitUntil = Date.now() + 280_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - statSafeMtime(lock) > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > waitUntil) throw new Error(`buildCli: ${lock} held too long`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  let r: SpawnSyncReturns<string>;
  try {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    r = spawnSync(process.execPath, [tsc, '-b', join(ROOT, project)], { encoding: 'utf8' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (r.status === 0) return;
  const files = [...`${r.stdout}${r.stderr}`.matchAll(/^(\S+?)\(\d+,\d+\): error/gm)].map((m) => m[1]);
  if (files.length === 0 || files.some((f) => f.startsWith('apps/') || f.startsWith('packages/runner/')))
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

function statSafeMtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}
