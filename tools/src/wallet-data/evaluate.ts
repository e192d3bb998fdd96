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
  /** Decisions over all rows (accept / block / abstain); with a context, sends can verify. */
  readonly decisions: { readonly accept: number; readonly block: number; readonly abstain: number };
  readonly errors: readonly { id: string; expected: string; got: string; reason: string }[];
}

/** Run every dev row through the domain. */
export function evaluate(domain: WalletDomain, rows: readonly DevRow[], context?: unknown): DevReport {
  let right = 0, pos = 0, posRight = 0, planned = 0, plannedRight = 0, neg = 0, negRight = 0;
  const decisions = { accept: 0, block: 0, abstain: 0 };
  const errors: { id: string; expected: string; got: string; reason: string }[] = [];
  for (const r of rows) {
    const o = domain.run(context === undefined ? { prompt: r.prompt } : { prompt: r.prompt, context });
    decisions[o.decision]++;
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
  return { n: rows.length, accuracy: ratio(right, rows.length), recall: ratio(posRight, pos), precision: ratio(plannedRight, planned), abstainRecall: ratio(negRight, neg), decisions, errors };
}

/** Parse dev JSON lines. */
export function readDev(jsonl: string): DevRow[] {
  return jsonl.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DevRow);
}

/** `npx tsx tools/src/wallet-data/evaluate.ts [FILE] [--context FILE]`: prints the dev-set report as JSON. */
export function main(argv: readonly string[]): number {
  const ci = argv.indexOf('--context');
  const context = ci >= 0 ? (JSON.parse(readFileSync(path.resolve(argv[ci + 1]), 'utf8')) as unknown) : undefined;
  const positional = argv.filter((_, i) => i !== ci && i !== ci + 1 || ci < 0);
  const file = path.resolve(positional[0] ?? path.join(__dirname, '../../../datasets/wallet/dev.jsonl'));
  const report = evaluate(createWalletDomain(), readDev(readFileSync(file, 'utf8')), context);
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

/** The README's numbers line for a report (the spec checks the README carries exactly this). */
export function numbersLine(r: DevReport, withContext: DevReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `n=${r.n} · accuracy ${pct(r.accuracy)} · intent recall ${pct(r.recall)} · plan precision ${pct(r.precision)} · abstain recall ${pct(r.abstainRecall)} · with dev-context.json: accept ${withContext.decisions.accept}, block ${withContext.decisions.block}, abstain ${withContext.decisions.abstain}`;
}
