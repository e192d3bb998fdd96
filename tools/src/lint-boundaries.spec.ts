import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// The layering rule is part of the architecture: prove the lint config rejects an upward import.
// ESLint runs as a child process (its flat config is ESM, which jest's VM cannot import).
const root = path.resolve(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

interface Msg { ruleId: string | null; severity: number }

// The Nx rule reads the cached project graph; on a fresh clone there is none and the rule would silently skip.
beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nx show projects failed: ${r.stderr}`);
}, 120_000);

function lint(file: string, code: string): Msg[] {
  const r = spawnSync(process.execPath, [eslintBin, '--format', 'json', '--stdin', '--stdin-filename', file], {
    cwd: root, input: code, encoding: 'utf8',
  });
  const out = JSON.parse(r.stdout) as { messages: Msg[] }[];
  return out[0].messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries');
}

describe('module boundaries (eslint @nx/enforce-module-boundaries)', () => {
  it('rejects ngf-core importing a higher package', () => {
    const msgs = lint('packages/ngf-core/src/bad.ts', "import { x } from '@micro-lm/runner';\nexport const y = x;\n");
    expect(msgs).toHaveLength(1);
    expect(msgs[0].severity).toBe(2);
  });

  it('rejects verifiers-defi importing the mapper', () => {
    const msgs = lint('packages/verifiers-defi/src/bad.ts', "import { x } from '@micro-lm/mapper';\nexport const y = x;\n");
    expect(msgs).toHaveLength(1);
  });

  it('allows the runner to import ngf-core', () => {
    const msgs = lint('packages/runner/src/ok.ts', "import type { TraceSet } from '@micro-lm/ngf-core';\nexport type Y = TraceSet;\n");
    expect(msgs).toHaveLength(0);
  });
});
