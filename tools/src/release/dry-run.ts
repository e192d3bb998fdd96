import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { packOne, type PackResult } from './pack';
import { publicPackages } from './packages';
import { ROOT } from './workspace';

/** What `changeset status` says will be released (bump type per package), or why it could not say. */
export interface ChangesetStatus {
  readonly ok: boolean;
  readonly releases: readonly { name: string; type: string; newVersion: string }[];
  readonly note: string;
}

/** Run `changeset status` offline; "no changesets" is a note (nothing to release), any other failure is an error. */
export function changesetStatus(root: string = ROOT): ChangesetStatus {
  const dir = mkdtempSync(path.join(tmpdir(), 'micro-lm-status-'));
  const file = path.join(dir, 'status.json');
  try {
    const bin = path.join(root, 'node_modules/@changesets/cli/bin.js');
    const r = spawnSync(process.execPath, [bin, 'status', `--output=${file}`], { cwd: root, encoding: 'utf8' });
    const text = (r.stdout + r.stderr).trim();
    if (r.status !== 0) {
      if (/no changesets were found/.test(text)) return { ok: true, releases: [], note: 'no pending changesets (nothing would be versioned)' };
      return { ok: false, releases: [], note: text.split('\n').slice(-3).join(' | ') };
    }
    const status = JSON.parse(readFileSync(file, 'utf8')) as { releases: { name: string; type: string; newVersion: string }[] };
    const releases = status.releases.map((x) => ({ name: x.name, type: x.type, newVersion: x.newVersion }));
    return { ok: true, releases, note: `${releases.length} package(s) would be versioned` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pack every public package into a temp dir and check each manifest; the tarballs are removed unless `keep`. */
export function packAll(dest: string, root: string = ROOT): PackResult[] {
  return publicPackages(root).map((p) => packOne(p, dest, root));
}

/** The release table: name, version, tarball size, file count, status. */
export function formatTable(results: readonly PackResult[]): string {
  const rows = results.map((r) => [r.name, r.version, `${(r.bytes / 1024).toFixed(1)} kB`, String(r.files), r.problems.length === 0 ? 'ok' : r.problems.join('; ')]);
  const head = ['package', 'version', 'tarball', 'files', 'check'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(width[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/**
 * `pnpm release:dry-run [--no-build]`: build, `changeset status`, pack every public package and check the
 * packed manifests; publishes nothing and needs no network. Returns the exit code.
 */
export function main(argv: readonly string[]): number {
  if (!argv.includes('--no-build')) {
    const b = spawnSync('pnpm', ['build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (b.status !== 0) {
      process.stderr.write('release:dry-run: build failed\n');
      return 1;
    }
  }
  const status = changesetStatus();
  process.stdout.write(`changeset status: ${status.ok ? 'ok' : 'FAILED'}, ${status.note}\n`);
  for (const r of status.releases) process.stdout.write(`  ${r.name} → ${r.newVersion} (${r.type})\n`);
  const dest = mkdtempSync(path.join(tmpdir(), 'micro-lm-pack-'));
  try {
    const results = packAll(dest);
    process.stdout.write(formatTable(results) + '\n');
    const bad = results.filter((r) => r.problems.length > 0).length;
    process.stdout.write(`${results.length} public packages, ${bad} with problems; nothing was published\n`);
    return status.ok && bad === 0 ? 0 : 1;
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
