import { readFileSync } from 'node:fs';
import { DEFI_LABELS, type DefiLabel } from '../labels';
import type { DefiStep } from '../args/types';

/** One line of datasets/defi/{train,gen-dev}.jsonl. */
export interface DefiExample {
  readonly id: string;
  readonly text: string;
  readonly label: DefiLabel;
  readonly kind: 'single' | 'multi' | 'negative';
  readonly steps: readonly DefiStep[];
  readonly neg_kind?: string;
}

const LABEL_SET: ReadonlySet<string> = new Set(DEFI_LABELS);

/** Read a generated JSONL file; throws RangeError naming the first bad line (training is a build step). */
export function readExamples(path: string): DefiExample[] {
  const out: DefiExample[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const v = JSON.parse(line) as Partial<DefiExample>;
      if (typeof v.text !== 'string' || typeof v.label !== 'string' || !LABEL_SET.has(v.label) || !Array.isArray(v.steps)) {
        throw new RangeError(`${path}:${i + 1}: not a DeFi example`);
      }
      out.push(v as DefiExample);
    });
  return out;
}
