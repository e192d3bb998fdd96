// `micro-lm train` through the built CLI, on a small slice of the generated data so the test stays fast.
// (The full run, `micro-lm train --domain defi`, reproduces the committed model byte for byte: see the README.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, cli, linesOf, ROOT } from './cli-harness';

const tmp = mkdtempSync(join(tmpdir(), 'micro-lm-train-'));

beforeAll(() => buildCli(), 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('micro-lm train --domain defi', () => {
  it('writes the same artifact bytes on every run', () => {
    const small = join(tmp, 'small.jsonl');
    writeFileSync(small, readFileSync(join(ROOT, 'datasets/defi/train.jsonl'), 'utf8').split('\n').slice(0, 300).join('\n'));
    const outs = [join(tmp, 'a.json'), join(tmp, 'b.json')];
    for (const out of outs) {
      const r = cli(['train', '--domain', 'defi', '--train', small, '--out', out, '--seed', '3']);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(linesOf(r.stderr)[1]).toMatch(/^train: wrote .*\.json \(\d+ bytes\)$/);
    }
    const [a, b] = outs.map((f) => readFileSync(f));
    expect(a.equals(b)).toBe(true);
    expect((JSON.parse(a.toString('utf8')) as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a missing training file with one line', () => {
    const r = cli(['train', '--domain', 'defi', '--train', join(tmp, 'none.jsonl'), '--out', join(tmp, 'x.json')]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toEqual([expect.stringMatching(/^micro-lm: --train: no such file /)]);
  });
});
