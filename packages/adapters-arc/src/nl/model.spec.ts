import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARC_MODEL_PATH, loadArcMapper, readArcLines, trainArcModel } from './model';
import { mapperText } from './mapper-text';

const root = join(__dirname, '..', '..', '..', '..');
const trainPath = join(root, 'datasets/arc/train.jsonl');
const devPath = join(root, 'datasets/arc/gen-dev.jsonl');

describe('ARC model', () => {
  it('trainArcModel reproduces the committed artifact byte for byte', () => {
    expect(trainArcModel({ trainPath, devPath })).toBe(readFileSync(ARC_MODEL_PATH, 'utf8'));
  });
  it('the committed mapper names clear single steps', () => {
    const m = loadArcMapper();
    if (m._tag === 'Left') throw new Error(m.left.message);
    expect(m.right.predict(mapperText('flip it horizontally')).label).toBe('flip_h');
    expect(m.right.predict(mapperText('rotate it 270 degrees clockwise')).label).toBe('rot270');
    expect(m.right.predict(mapperText('transpose the grid')).label).toBe('transpose');
  });
  it('readArcLines rejects a line with an unknown primitive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arc-lines-'));
    const p = join(dir, 'bad.jsonl');
    writeFileSync(p, JSON.stringify({ id: 'x', prompt: 'p', kind: 'single', label: 'rot45', sequence: ['rot45'] }) + '\n');
    expect(() => readArcLines(p)).toThrow(/bad.jsonl:1/);
  });
  it('loadArcMapper fails closed on a tampered artifact', () => {
    const raw = readFileSync(ARC_MODEL_PATH, 'utf8').replace('"temperature":', '"temperature":1e-9,"x":');
    expect(loadArcMapper(raw)._tag).toBe('Left');
  });
});
