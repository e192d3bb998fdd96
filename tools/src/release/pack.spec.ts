import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { packAll } from './dry-run';
import type { PackResult } from './pack';
import { publicPackages } from './packages';
import { firstTsBlock, importedPackages } from './readme-example';
import { binOf, buildWorkspace, ROOT, runNode, withBuildLock } from './workspace';

// Every public package, packed as a registry would receive it, installs together into an empty project (from
// the local pnpm store, offline) and its README example runs there. Nothing resolves from the workspace.

const pkgs = publicPackages();
let tmp = '';
let project = '';
let packed: PackResult[] = [];

/** The version range the workspace uses for an external dependency (first package that declares it). */
function workspaceRange(dep: string): string {
  for (const group of ['packages', 'apps']) {
    for (const d of readdirSync(path.join(ROOT, group))) {
      try {
        const m = JSON.parse(readFileSync(path.join(ROOT, group, d, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
        const r = m.dependencies?.[dep];
        if (r !== undefined && !r.startsWith('workspace:')) return r;
      } catch {
        // a directory without a package.json
      }
    }
  }
  throw new Error(`README example imports ${dep}, which no workspace package depends on`);
}

function example(dir: string): string | null {
  const file = path.join(ROOT, dir, 'README.md');
  return existsSync(file) ? firstTsBlock(readFileSync(file, 'utf8')) : null;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'micro-lm-pack-'));
  const tarballs = path.join(tmp, 'tarballs');
  mkdirSync(tarballs);
  // MICRO_LM_SKIP_BUILD=1 packs the dist/ already there (when a build was just run, or to pack around a broken one).
  packed = withBuildLock(() => {
    if (process.env.MICRO_LM_SKIP_BUILD !== '1') buildWorkspace();
    return packAll(tarballs);
  });
  project = path.join(tmp, 'project');
  mkdirSync(project);
  const files = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  const extra: Record<string, string> = {};
  for (const p of pkgs) {
    const code = example(p.dir) ?? '';
    for (const dep of importedPackages(code)) if (!(dep in files)) extra[dep] = workspaceRange(dep);
  }
  const manifest = { name: 'micro-lm-pack-test', version: '0.0.0', private: true, dependencies: { ...files, ...extra }, pnpm: { overrides: files } };
  writeFileSync(path.join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  // README examples may read the repository's example inputs (examples/defi/context.json, …) as from the repo root.
  if (existsSync(path.join(ROOT, 'examples'))) cpSync(path.join(ROOT, 'examples'), path.join(project, 'examples'), { recursive: true });
  // Same install policy as the workspace: no binary downloads, no dependency build scripts.
  writeFileSync(path.join(project, '.npmrc'), 'onnxruntime-node-install=skip\nauto-install-peers=true\n');
  let install = spawnSync('pnpm', ['install', '--offline', '--ignore-workspace'], { cwd: project, encoding: 'utf8' });
  if (install.status !== 0) install = spawnSync('pnpm', ['install', '--prefer-offline', '--ignore-workspace'], { cwd: project, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`pnpm install of the tarballs failed: ${(install.stderr || install.stdout).slice(-2000)}`);
}, 300_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

describe('packed packages', () => {
  it.each(pkgs.map((p) => [p.name]))('%s packs with a publishable manifest', (name) => {
    const r = packed.find((p) => p.name === name);
    expect(r?.problems).toEqual([]);
  });

  it.each(pkgs.map((p) => [p.name, p.dir]))('%s: the README example runs from the installed tarball', (name, dir) => {
    const code = example(dir);
    expect(code).not.toBeNull();
    // Top-level await needs an ES module; anything else runs as CommonJS (so `require` works too).
    const ext = /^[^\s/].*\bawait\b/m.test(code ?? '') ? 'mts' : 'ts';
    const file = path.join(project, `example-${name.replace(/^@micro-lm\//, '')}.${ext}`);
    writeFileSync(file, code ?? '');
    const r = runNode(['--import', binOf('tsx', 'dist/loader.mjs'), file], project, { NODE_PATH: '' }, 120_000);
    if (r.status !== 0) throw new Error(`${name} README example failed (exit ${r.status}):\n${r.stderr.slice(-1500)}`);
    expect(r.status).toBe(0);
  }, 120_000);
});
