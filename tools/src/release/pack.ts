import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { manifestProblems, type PackedManifest } from './manifest';
import type { PublicPackage } from './packages';
import { ROOT } from './workspace';

/** One packed package and what the manifest check found. */
export interface PackResult {
  readonly name: string;
  readonly version: string;
  readonly tarball: string;
  readonly bytes: number;
  readonly files: number;
  readonly problems: readonly string[];
}

function run(cmd: string, args: readonly string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  return r.stdout;
}

/** `pnpm pack` one package into `dest` (pnpm rewrites workspace: ranges) and check the packed manifest. */
export function packOne(p: PublicPackage, dest: string, root: string = ROOT): PackResult {
  const out = run('pnpm', ['pack', '--pack-destination', dest, '--json'], path.join(root, p.dir));
  const info = JSON.parse(out.slice(out.indexOf('{'))) as { filename: string };
  const tarball = path.resolve(dest, info.filename);
  // Read the tarball itself, not pnpm's report: that is what a registry would receive.
  const files = run('tar', ['-tzf', tarball], dest).split('\n').filter((f) => f !== '' && !f.endsWith('/')).map((f) => f.replace(/^package\//, ''));
  const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], dest)) as PackedManifest;
  return {
    name: p.name,
    version: String(manifest.version),
    tarball,
    bytes: statSync(tarball).size,
    files: files.length,
    problems: manifestProblems(manifest, files, p.name),
  };
}
