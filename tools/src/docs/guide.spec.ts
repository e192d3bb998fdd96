import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { acquireBuildLock, ROOT } from '../release/workspace';
import { docBlocks, relativeLinks, type DocBlock } from './doc-blocks';

// The guide's commands are run as written, from the repository root, so they cannot rot. They are chosen to be
// safe there: read-only, --dry-run, temp dirs (mktemp), a server on a spare port that is stopped afterwards.

const DOCS = path.join(ROOT, 'docs');
const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md')).sort();
const blocks: DocBlock[] = pages.flatMap((f) => docBlocks(f, readFileSync(path.join(DOCS, f), 'utf8')));

// The blocks build (pnpm build, pnpm docs, the CLI's build-on-demand): hold the workspace build lock meanwhile.
let release: (() => void) | null = null;
beforeAll(() => {
  release = acquireBuildLock();
}, 600_000);
afterAll(() => release?.());

describe('docs/ guide', () => {
  it('has the pages the README indexes, and every relative link resolves', () => {
    for (const page of ['architecture.md', 'results-and-audit.md', 'writing-a-domain-adapter.md', 'tuning-thresholds.md', 'running-the-server.md', 'releasing.md'])
      expect(pages).toContain(page);
    for (const page of pages) {
      for (const link of relativeLinks(readFileSync(path.join(DOCS, page), 'utf8'))) {
        expect(`${page} → ${link}: ${existsSync(path.join(DOCS, link)) ? 'ok' : 'missing'}`).toBe(`${page} → ${link}: ok`);
      }
    }
  });

  it('runs at least one command on every page that shows one', () => {
    expect(new Set(blocks.map((b) => b.file))).toEqual(new Set(['README.md', 'results-and-audit.md', 'writing-a-domain-adapter.md', 'tuning-thresholds.md', 'running-the-server.md', 'releasing.md']));
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))('%s runs and prints what the page says', (_where, b) => {
    // No colours (CI=true makes some tools colour their output); escapes are stripped in case a tool ignores it.
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
    const r = spawnSync('bash', ['-eo', 'pipefail', '-c', b.code], { cwd: ROOT, env, encoding: 'utf8', timeout: 280_000, maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`exit ${r.status}\n--- stdout\n${r.stdout.slice(-1500)}\n--- stderr\n${r.stderr.slice(-1500)}`);
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toContain(b.expect);
  }, 300_000);
});
