import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** The workspace root (this file is tools/src/release/workspace.ts). */
export const ROOT = path.resolve(__dirname, '../../..');

/** Paths never copied into a temp workspace: installs, VCS, caches and scratch output. */
const EXCLUDED = ['./node_modules', './.git', './.nx', './tmp', './bench-results', './coverage', './docs/api'];

/**
 * Copy the working tree (with build outputs, without node_modules) into a fresh temp dir and symlink the real
 * root node_modules into it, so tools resolve without an install. Returns the copy's root.
 */
export function copyWorkspace(prefix: string, extraExcludes: readonly string[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const excludes = [...EXCLUDED, ...extraExcludes].map((e) => `--exclude=${e}`);
  const r = spawnSync('sh', ['-c', `tar ${excludes.map((e) => `'${e}'`).join(' ')} -cf - . | tar -xf - -C '${dir}'`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`copyWorkspace: tar failed: ${r.stderr}`);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** Remove a temp workspace copy. */
export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Run `node <args>` in `cwd` and return the completed process (stdout/stderr as text). */
export function runNode(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 64 << 20 });
}

/** Absolute path of a bin script inside the workspace's node_modules (e.g. ('nx', 'dist/bin/nx.js')). */
export function binOf(pkg: string, rel: string): string {
  return path.join(ROOT, 'node_modules', pkg, rel);
}

const LOCK = path.join(tmpdir(), `micro-lm-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);
const STALE_MS = 15 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Take the workspace build lock (a directory in the temp dir): jest runs spec files in parallel, and two
 * `tsc -b` runs, or a pack while a build rewrites dist/, would trip over each other. Returns a release function.
 */
export function acquireBuildLock(timeoutMs = 10 * 60_000): () => void {
  const start = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true }); // a crashed holder
      } catch {
        // released meanwhile
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for the build lock ${LOCK}`);
      sleep(250);
    }
  }
}

/** Run `fn` holding the build lock. */
export function withBuildLock<T>(fn: () => T): T {
  const release = acquireBuildLock();
  try {
    return fn();
  } finally {
    release();
  }
}

/** `pnpm build` in the workspace; throws with the compiler's last lines when it fails. Call under the lock. */
export function buildWorkspace(): void {
  const r = spawnSync('pnpm', ['build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`pnpm build failed: ${(r.stdout + r.stderr).slice(-2000)}`);
}
