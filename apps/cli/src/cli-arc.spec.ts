// The ARC commands of issue 6 through the built CLI: NL instruction on a grid, task solving, batch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, cli, linesOf, ROOT } from './cli-harness';

const TASKS = join(ROOT, 'apps/cli/test-fixtures/arc-tasks');
const tmp = mkdtempSync(join(tmpdir(), 'micro-lm-arc-'));
const PROMPT = 'rotate it 90 degrees clockwise then mirror it left to right';

beforeAll(() => buildCli(), 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('micro-lm arc "<prompt>"', () => {
  // [[1,2,3],[4,5,6]] rotated clockwise is [[4,1],[5,2],[6,3]]; reversing each row gives [[1,4],[2,5],[3,6]].
  it('executes the ordered sequence on the grid (--json)', () => {
    const r = cli(['arc', PROMPT, '--grid', '[[1,2,3],[4,5,6]]', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { ok: boolean; decision: string; plan: { steps: { primitive: string }[] }; artifacts: { output_grid: number[][] } };
    expect(doc).toMatchObject({ ok: true, decision: 'accept' });
    expect(doc.plan.steps.map((s) => s.primitive)).toEqual(['rot90', 'flip_h']);
    expect(doc.artifacts.output_grid).toEqual([[1, 4], [2, 5], [3, 6]]);
  });

  it('prints the output grid in human mode, reading the grid from a file', () => {
    const f = join(tmp, 'g.json');
    writeFileSync(f, '[[1,2,3],[4,5,6]]');
    const r = cli(['arc', PROMPT, '--grid', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^output\s+1 4\n\s+2 5\n\s+3 6$/m);
  });

  it('abstains on a DeFi instruction', () => {
    const r = cli(['arc', 'deposit 5 ETH into aave', '--grid', '[[1]]', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, decision: 'abstain', label: 'abstain' });
  });
});

describe('micro-lm arc solve', () => {
  it('solves a task file: flip_v applied to the test input', () => {
    const r = cli(['arc', 'solve', join(TASKS, 'flip-v.json'), '--json']);
    expect(r.code).toBe(0);
    expect(linesOf(r.stdout)).toHaveLength(1);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc).slice(0, 5)).toEqual(['id', 'decision', 'reason', 'program', 'predictions']);
    expect(doc).toMatchObject({ id: 'flip-v', decision: 'solved', program: ['flip_v'], predictions: [[[0, 0, 4], [3, 5, 8], [1, 1, 2]]] });
  });

  it('writes JSONL for a directory, one line per task in file-name order, unreadable tasks included', () => {
    const r = cli(['arc', 'solve', TASKS, '--json']);
    expect(r.code).toBe(0);
    const docs = linesOf(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs.map((d) => [d.id, d.decision])).toEqual([['broken', 'abstain'], ['flip-v', 'solved'], ['noise', 'abstain']]);
    expect(docs[0]).toMatchObject({ reason: 'invalid_task', program: null, predictions: null });
    expect(docs[2]).toMatchObject({ program: null, predictions: null });
  });

  it('rejects a missing path with one line', () => {
    const r = cli(['arc', 'solve', join(TASKS, 'nope')]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('micro-lm batch --domain arc', () => {
  it('runs lines that carry grids, equal to single calls', () => {
    const input = join(tmp, 'arc.jsonl');
    writeFileSync(input, [JSON.stringify({ id: 'g1', prompt: PROMPT, grid: [[1, 2, 3], [4, 5, 6]] }), JSON.stringify({ id: 'g2', prompt: 'flip it upside down', grid: [[1], [2]] })].join('\n'));
    const b = cli(['batch', '--domain', 'arc', input]);
    expect(b.code).toBe(0);
    const lines = linesOf(b.stdout);
    expect(lines).toHaveLength(2);
    const { id, ...first } = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(id).toBe('g1');
    expect(JSON.stringify(first)).toBe(cli(['arc', PROMPT, '--grid', '[[1,2,3],[4,5,6]]', '--json']).stdout.trim());
  });
});
