import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trainDefiModel, trainDefiNull } from './train';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Every k-th line of a generated file: a small, label-balanced-enough slice that trains in a second. */
function slice(name: string, k: number): string {
  const lines = readFileSync(join(ROOT, 'datasets', 'defi', name), 'utf8').trim().split('\n');
  return `${lines.filter((_l, i) => i % k === 0).join('\n')}\n`;
}

describe('trainDefiModel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'defi-train-'));
  const trainPath = join(dir, 'train.jsonl');
  const devPath = join(dir, 'dev.jsonl');
  writeFileSync(trainPath, slice('train.jsonl', 40));
  writeFileSync(devPath, slice('gen-dev.jsonl', 20));

  it('gives byte-identical artifacts for the same files and seed', () => {
    const a = trainDefiModel({ trainPath, devPath, seed: 0 });
    const b = trainDefiModel({ trainPath, devPath, seed: 0 });
    expect(a).toBe(b);
    const art = JSON.parse(a) as { labels: string[]; thresholds: { p1_min: number; margin_min: number }; training: { seed: number } };
    expect(art.labels).toEqual([...art.labels].sort());
    expect(art.labels).toContain('non_exec');
    expect(art.thresholds.p1_min).toBeGreaterThanOrEqual(0.2);
    expect(art.training.seed).toBe(0);
  });

  it('calibrates the parser null deterministically, with the sd floor', () => {
    const n1 = trainDefiNull(trainPath);
    expect(trainDefiNull(trainPath)).toEqual(n1);
    expect(n1.n).toBeGreaterThan(0);
    expect(Math.min(...n1.stage10.sd)).toBeGreaterThanOrEqual(0.1);
  });

  it('the committed null is what the committed training data gives', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'model', 'defi-null.json'), 'utf8')) as unknown;
    expect(trainDefiNull(join(ROOT, 'datasets', 'defi', 'train.jsonl'))).toEqual(committed);
  });
});
