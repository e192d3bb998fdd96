#!/usr/bin/env node
// `pnpm micro-lm …`: builds the workspace on demand (only when a source file is newer than the CLI build),
// then runs the CLI's main() in this same process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'apps/cli/dist/main.js');

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts') || e.name.endsWith('.json')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function stale() {
  if (!existsSync(main)) return true;
  const built = statSync(main).mtimeMs;
  const dirs = [join(root, 'apps/cli/src')];
  for (const p of readdirSync(join(root, 'packages'))) dirs.push(join(root, 'packages', p, 'src'));
  return dirs.some((d) => newest(d) > built);
}

if (stale()) {
  process.stderr.write('micro-lm: building the workspace (tsc -b)…\n');
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-b', join(root, 'tsconfig.build.json')], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write('micro-lm: build failed\n');
    process.exit(2);
  }
  // tsc -b leaves main.js alone when only a dependency changed: mark the build as current so the next call
  // does not check again.
  const now = new Date();
  utimesSync(main, now, now);
}
// pnpm runs scripts from the workspace root; relative paths on the command line (--context FILE, …) are
// meant from where the user typed the command.
if (process.env.INIT_CWD && existsSync(process.env.INIT_CWD)) process.chdir(process.env.INIT_CWD);
const cli = createRequire(import.meta.url)(main);
process.exitCode = await cli.main(process.argv.slice(2));
