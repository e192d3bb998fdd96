import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { binOf, copyWorkspace, removeCopy, runNode, withBuildLock } from '../../src/release/workspace';

// End to end: generate a domain into a temp copy of this workspace, then run the generated package's own tests,
// type-check and build it, train it from its generated data, and run it through the runner. Everything the
// generator promises must hold right after `nx g`, with no hand edits.

const NAME = 'gentest';
let ws = '';

/** What `pnpm install` would do for the new package: link its dependencies (without touching the real store). */
function linkDependencies(root: string, pkgDir: string): void {
  const pkg = JSON.parse(readFileSync(path.join(root, pkgDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(pkg.dependencies)) {
    const link = path.join(root, pkgDir, 'node_modules', dep);
    mkdirSync(path.dirname(link), { recursive: true });
    if (dep.startsWith('@micro-lm/')) {
      symlinkSync(path.join(root, 'packages', dep.slice('@micro-lm/'.length)), link);
      continue;
    }
    const owner = readdirSync(path.join(root, 'packages')).find((p) => existsSync(path.join(root, 'packages', p, 'node_modules', dep)));
    if (owner === undefined) throw new Error(`no workspace package has ${dep} installed`);
    symlinkSync(realpathSync(path.join(root, 'packages', owner, 'node_modules', dep)), link);
  }
  // and the runner's new dependency
  const runnerLink = path.join(root, 'packages/runner/node_modules/@micro-lm/adapters-' + NAME);
  mkdirSync(path.dirname(runnerLink), { recursive: true });
  symlinkSync(path.join(root, pkgDir), runnerLink);
}

beforeAll(() => {
  ws = withBuildLock(() => copyWorkspace('micro-lm-gen-', [`./packages/adapters-${NAME}`, `./tools/src/${NAME}-data`]));
  const g = runNode([binOf('nx', 'dist/bin/nx.js'), 'g', '@micro-lm/tools:domain-adapter', '--name', NAME, '--intents', 'open_door,close_door,lock_door', '--skipInstall', '--no-interactive'], ws, { NX_DAEMON: 'false', NX_NO_CLOUD: 'true' });
  if (g.status !== 0) throw new Error(`nx g failed: ${g.stdout}\n${g.stderr}`);
  linkDependencies(ws, `packages/adapters-${NAME}`);
}, 120_000);

afterAll(() => {
  if (ws !== '') removeCopy(ws);
});

describe('nx g @micro-lm/tools:domain-adapter (in a temp workspace copy)', () => {
  it('registers the domain with the runner, the build, jest and the path map', () => {
    const rd = (f: string) => readFileSync(path.join(ws, f), 'utf8');
    expect(rd('packages/runner/src/generated-domains.ts')).toContain(`  ['${NAME}', async (backend) => exportsOf(await import('@micro-lm/adapters-${NAME}')).createGentestDomain({ backend })],`);
    expect(rd('packages/runner/src/defaults.ts')).toContain('registerGeneratedDomains();');
    expect(JSON.parse(rd('packages/runner/package.json')).dependencies[`@micro-lm/adapters-${NAME}`]).toBe('workspace:*');
    expect(rd('packages/runner/tsconfig.lib.json')).toContain(`../../packages/adapters-${NAME}/tsconfig.lib.json`);
    expect(JSON.parse(rd('tsconfig.base.json')).compilerOptions.paths[`@micro-lm/adapters-${NAME}`]).toEqual([`packages/adapters-${NAME}/src/index.ts`]);
    const refs = (JSON.parse(rd('tsconfig.build.json')).references as { path: string }[]).map((r) => r.path);
    expect(refs.indexOf(`./packages/adapters-${NAME}/tsconfig.lib.json`)).toBeLessThan(refs.indexOf('./packages/runner/tsconfig.lib.json'));
    expect(rd('jest.config.js')).toContain(`|adapters-${NAME})$`);
    expect(JSON.parse(rd(`packages/adapters-${NAME}/package.json`)).nx.tags).toEqual(['type:adapter']);
  });

  it("passes the generated package's own tests and its data generator's tests", () => {
    const r = runNode([binOf('jest', 'bin/jest.js'), '--ci', `packages/adapters-${NAME}`, `tools/src/${NAME}-data`], ws);
    expect(r.stderr).toMatch(/Test Suites: 5 passed, 5 total/);
    expect(r.status).toBe(0);
  }, 120_000);

  it('type-checks and builds with the runner (tsc -b)', () => {
    const r = runNode([binOf('typescript', 'bin/tsc'), '-b', 'packages/runner/tsconfig.lib.json'], ws);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(path.join(ws, `packages/adapters-${NAME}/dist/index.d.ts`))).toBe(true);
  }, 240_000);

  it('lints clean, module boundaries included', () => {
    const r = runNode([binOf('eslint', 'bin/eslint.js'), `packages/adapters-${NAME}`, `tools/src/${NAME}-data`, 'packages/runner/src/generated-domains.ts'], ws);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('generates data, trains, and runs through runMicro', () => {
    const tsx = binOf('tsx', 'dist/cli.mjs');
    for (const step of ['generate', 'train']) {
      const r = runNode([tsx, `tools/src/${NAME}-data/${step}.ts`], ws);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect(existsSync(path.join(ws, `packages/adapters-${NAME}/model/${NAME}-wordmap.json`))).toBe(true);
    const script = `import { runMicro } from '@micro-lm/runner';
      (async () => {
        for (const prompt of ['please lock the door', 'qwxz vbnm plokij']) {
          const r = await runMicro({ domain: '${NAME}', prompt });
          console.log(JSON.stringify([r.decision, r.label, r.reason]));
        }
      })();`;
    const r = runNode([tsx, '-e', script], ws);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['["accept","lock_door","verified"]', '["abstain","abstain","abstain_out_of_domain"]']);
  }, 120_000);
});
