import { readFileSync } from 'node:fs';
import { createArcDomain } from './domain';
import { ARC_MODEL_PATH } from './model';

const domain = createArcDomain();
const G = [[1, 2, 3], [4, 5, 6]];
const run = (prompt: string, grid: unknown = G, rails: 'stage10' | 'stage11' = 'stage11') => domain.run({ prompt, grid, rails, T: 128 });

describe('createArcDomain', () => {
  it('accepts, executes and verifies a two-step instruction', async () => {
    const r = await run('rotate a quarter turn clockwise, then mirror it left to right');
    expect(r.decision).toBe('accept');
    expect(r.reason).toBe('verified');
    expect(r.label).toBe('rot90');
    expect(r.plan.steps).toEqual([{ primitive: 'rot90', args: {} }, { primitive: 'flip_h', args: {} }]);
    // rot90 of [[1,2,3],[4,5,6]] is [[4,1],[5,2],[6,3]]; mirrored: [[1,4],[2,5],[3,6]] (= the transpose).
    expect(r.artifacts.output_grid).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(r.verify.ok).toBe(true);
    expect(r.verify.checks.map((c) => c.name)).toEqual(['input_grid', 'plan', 'output_shape', 'colour_counts']);
  });
  it('single step needs the mapper to agree, and records both', async () => {
    const r = await run('flip the grid upside down', G, 'stage10');
    expect(r.decision).toBe('accept');
    expect(r.artifacts.output_grid).toEqual([[4, 5, 6], [1, 2, 3]]);
    expect((r.artifacts.mapper as { label: string }).label).toBe('flip_v');
    expect((r.artifacts.parser as { keep: string[] }).keep).toEqual(['flip_v']);
  });
  it.each([
    [undefined, 'missing grid'],
    [[[1, 2], [3]], 'ragged grid'],
    [[[10]], 'bad colour'],
    ['[[1]]', 'a string'],
  ] as [unknown, string][])('abstains with abstain_invalid_input on %p (%s)', async (grid) => {
    const r = await domain.run({ prompt: 'flip it horizontally', grid, rails: 'stage11', T: 128 });
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('abstain_invalid_input');
    expect(r.label).toBe('abstain');
    expect(r.verify.ok).toBe(false);
    expect(r.plan.steps).toEqual([]);
  });
  it('abstains on non-instructions with the parser reason and never fills an output grid', async () => {
    for (const [p, reason] of [
      ['recolour the red cells blue', 'abstain_unsupported'],
      ['deposit 5 ETH into aave', 'abstain_unsupported'],
      ["don't rotate it", 'abstain_non_exec'],
    ] as const) {
      const r = await run(p);
      expect([r.decision, r.reason, r.artifacts.output_grid]).toEqual(['abstain', reason, null]);
    }
  });
  it('is deterministic and JSON-serialisable', async () => {
    const a = await run('transpose it, then turn it left');
    const b = await run('transpose it, then turn it left');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
  it('reports the model sha256 of the committed artifact', () => {
    const art = JSON.parse(readFileSync(ARC_MODEL_PATH, 'utf8')) as { sha256: string };
    expect(domain.modelSha256).toBe(art.sha256);
    expect(domain.domain).toBe('arc');
  });
  it('refuses an unknown backend and a corrupted model', () => {
    expect(() => createArcDomain({ backend: 'sbert' as 'wordmap' })).toThrow(/wordmap/);
    const art = JSON.parse(readFileSync(ARC_MODEL_PATH, 'utf8')) as Record<string, unknown>;
    expect(() => createArcDomain({ model: { ...art, bias: (art.bias as number[]).map((x) => x + 1) } })).toThrow(/sha256/);
  });
  it('invalid T abstains', async () => {
    const r = await domain.run({ prompt: 'flip it horizontally', grid: G, rails: 'stage10', T: 4 });
    expect(r.reason).toBe('abstain_invalid_input');
  });
});
