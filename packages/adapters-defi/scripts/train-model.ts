/**
 * Rebuild or check the committed DeFi model files from the generated data (seed 0):
 *   npx tsx packages/adapters-defi/scripts/train-model.ts          # check: retrain and compare byte for byte
 *   npx tsx packages/adapters-defi/scripts/train-model.ts --write  # overwrite model/*.json
 * Exit code 1 when a committed file differs from what training produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainDefiModel, trainDefiNull } from '../src/train/train';

const root = join(__dirname, '..', '..', '..');
const trainPath = join(root, 'datasets', 'defi', 'train.jsonl');
const devPath = join(root, 'datasets', 'defi', 'gen-dev.jsonl');
const files = {
  [join(__dirname, '..', 'model', 'defi-null.json')]: () => `${JSON.stringify(trainDefiNull(trainPath))}\n`,
  [join(__dirname, '..', 'model', 'defi-wordmap.json')]: () => trainDefiModel({ trainPath, devPath, seed: 0 }),
};
const write = process.argv.includes('--write');
let differs = 0;
for (const [path, make] of Object.entries(files)) {
  const t0 = Date.now();
  const fresh = make();
  const ms = Date.now() - t0;
  if (write) {
    writeFileSync(path, fresh);
    console.log(`wrote ${path} (${fresh.length} bytes, ${ms} ms)`);
    continue;
  }
  const same = readFileSync(path, 'utf8') === fresh;
  if (!same) differs += 1;
  console.log(`${same ? 'identical' : 'DIFFERS '} ${path} (${ms} ms)`);
}
process.exitCode = differs > 0 ? 1 : 0;
