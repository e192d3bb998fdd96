import { createWalletDomain, type WalletDomain } from '@micro-lm/adapters-wallet';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** One dev prompt: `label` is the expected first primitive, or "abstain". */
export interface DevRow {
  readonly id: string;
  readonly prompt: string;
  readonly label: string;
}

/** Dev-set numbers. Accuracy counts a row right when the decision's label equals the expected one. */
export interface DevReport {
  readonly n: number;
  readonly accuracy: number;
  /** Of the prompts that should plan something: share planned with the right primitive. */
  readonly recall: number;
  /** Of the prompts that were planned: share with the right primitive. */
  readonly precision: number;
  /** Of the prompts that should abstain: share that did. */
  readonly abstainRecall: number;
  readonly errors: readonly { id: string; expected: string; got: string; reason: string }[];
}

/** Run every dev row through the domain. */
export function evaluate(domain: WalletDomain, rows: readonly DevRow[]): DevReport {
  let right = 0, pos = 0, posRight = 0, planned = 0, plannedRight = 0, neg = 0, negRight = 0;
  const errors: { id: string; expected: string; got: string; reason: string }[] = [];
  for (const r of rows) {
    const o = domain.run({ prompt: r.prompt });
    const got = o.decision === 'abstain' ? 'abstain' : o.label;
    if (got === r.label) right++;
    else errors.push({ id: r.id, expected: r.label, got, reason: o.reason });
    if (r.label === 'abstain') {
      neg++;
      if (got === 'abstain') negRight++;
    } else {
      pos++;
      if (got === r.label) posRight++;
    }
    if (got !== 'abstain') {
      planned++;
      if (got === r.label) plannedRight++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1e4) / 1e4);
  return { n: rows.length, accuracy: ratio(right, rows.length), recall: ratio(posRight, pos), precision: ratio(plannedRight, planned), abstainRecall: ratio(negRight, neg), errors };
}

/** Parse dev JSON lines. */
export function readDev(jsonl: string): DevRow[] {
  return jsonl.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DevRow);
}

/** `npx tsx tools/src/wallet-data/evaluate.ts [FILE]`: prints the dev-set report as JSON. */
export function main(argv: readonly string[]): number {
  const file = path.resolve(argv[0] ?? path.join(__dirname, '../../../datasets/wallet/dev.jsonl'));
  const report = evaluate(createWalletDomain(), readDev(readFileSync(file, 'utf8')));
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
