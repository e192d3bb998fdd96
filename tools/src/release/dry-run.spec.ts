import * as path from 'node:path';
import { publicPackages } from './packages';
import { binOf, buildWorkspace, ROOT, runNode, withBuildLock } from './workspace';

// The documented offline release check (`pnpm release:dry-run`): it must list every public package with its
// version and tarball size, find no manifest problem, and publish nothing.
describe('pnpm release:dry-run', () => {
  it('builds, checks changesets, packs and lists every public package', () => {
    // build under the lock here (jest runs other building specs in parallel), then the dry run proper
    const r = withBuildLock(() => {
      buildWorkspace();
      return runNode([binOf('tsx', 'dist/cli.mjs'), path.join(ROOT, 'tools/src/release/dry-run.ts'), '--no-build'], ROOT, {}, 240_000);
    });
    const pkgs = publicPackages();
    expect(pkgs.map((p) => p.name)).toEqual(expect.arrayContaining(['@micro-lm/ngf-core', '@micro-lm/mapper', '@micro-lm/runner']));
    for (const p of pkgs) expect(r.stdout).toMatch(new RegExp(`^${p.name.replace('/', '\\/')}\\s+${p.version.replace(/\./g, '\\.')}\\s+\\d+\\.\\d kB\\s+\\d+\\s+ok$`, 'm'));
    expect(r.stdout).toContain(`${pkgs.length} public packages, 0 with problems; nothing was published`);
    expect(r.stdout).toMatch(/^changeset status: ok/m);
    expect(r.status).toBe(0);
  }, 300_000);
});

describe('publicPackages', () => {
  it('skips private apps and the packages changesets ignores', () => {
    const names = publicPackages().map((p) => p.name);
    expect(names).not.toContain('@micro-lm/cli');
    expect(names).not.toContain('@micro-lm/tools');
    expect(names).toEqual([...names].sort());
  });
});
