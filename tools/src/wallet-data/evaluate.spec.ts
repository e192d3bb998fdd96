import { createWalletDomain, WALLET_PRIMITIVES } from '@micro-lm/adapters-wallet';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { evaluate, numbersLine, readDev } from './evaluate';
import { buildRows, PER_LABEL, toJsonl, TRAIN_SEED } from './generate';

const root = path.resolve(__dirname, '../../..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
const dev = readDev(read('datasets/wallet/dev.jsonl'));
const context = JSON.parse(read('datasets/wallet/dev-context.json')) as unknown;

describe('wallet data and dev-set numbers', () => {
  it('commits exactly what the seeded generator writes', () => {
    expect(read('datasets/wallet/train.jsonl')).toBe(toJsonl(buildRows(TRAIN_SEED, PER_LABEL)));
  });

  it('has a hand-written dev set of at least 40 prompts with negatives, disjoint from training', () => {
    expect(dev.length).toBeGreaterThanOrEqual(40);
    expect(dev.filter((r) => r.label === 'abstain').length).toBeGreaterThanOrEqual(10);
    for (const p of WALLET_PRIMITIVES) expect(dev.filter((r) => r.label === p).length).toBeGreaterThanOrEqual(5);
    expect(new Set(dev.map((r) => r.id)).size).toBe(dev.length);
    const train = new Set(buildRows(TRAIN_SEED, PER_LABEL).map((r) => r.text.toLowerCase()));
    expect(dev.filter((r) => train.has(r.prompt.toLowerCase())).map((r) => r.id)).toEqual([]);
  });

  it('plans nothing it should not (no false accept) and the README reports the measured numbers', () => {
    const domain = createWalletDomain();
    const plain = evaluate(domain, dev);
    const withContext = evaluate(domain, dev, context);
    expect(plain.precision).toBe(1);
    expect(plain.abstainRecall).toBe(1);
    expect(read('packages/adapters-wallet/README.md')).toContain(numbersLine(plain, withContext));
  });
});
