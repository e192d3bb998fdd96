import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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
