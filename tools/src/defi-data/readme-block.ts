import { withCommas } from './amounts';
import type { GeneratedSplit, Stats } from './dataset';
import { stats } from './dataset';
import { LABELS, NEG_KINDS } from './types';

/** Markers around the generated part of datasets/defi/README.md. */
export const BEGIN = '<!-- gen:defi counts (written by pnpm gen:defi; do not edit by hand) -->';
export const END = '<!-- /gen:defi counts -->';

/** What the README reports about one written file. */
export interface FileFacts {
  readonly name: string;
  readonly split: GeneratedSplit;
  readonly bytes: number;
  readonly sha256: string;
}

const fmt = (n: number): string => withCommas(String(n));

/** The counts and hashes section of the README, as Markdown (deterministic for the same files). */
export function countsMarkdown(train: FileFacts, dev: FileFacts): string {
  const st: Stats = stats(train.split.rows);
  const sd: Stats = stats(dev.split.rows);
  const out: string[] = [
    '| file | rows | bytes | sha256 | rows using held-out material |',
    '|---|---|---|---|---|',
    ...[train, dev].map((f) => `| \`${f.name}\` | ${fmt(f.split.rows.length)} | ${fmt(f.bytes)} | \`${f.sha256}\` | ${fmt(f.split.heldOutRows)} |`),
    '',
    '| label (multi-step rows count under their first step) | train | gen-dev |',
    '|---|---|---|',
    ...LABELS.map((l) => `| ${l} | ${fmt(st.byLabel[l])} | ${fmt(sd.byLabel[l])} |`),
    `| **total** | **${fmt(st.total)}** | **${fmt(sd.total)}** |`,
    '',
    '| kind / neg_kind | train | gen-dev |',
    '|---|---|---|',
    `| single | ${fmt(st.byKind.single)} | ${fmt(sd.byKind.single)} |`,
    `| multi, 2 steps | ${fmt(st.byPlanLength['2'])} | ${fmt(sd.byPlanLength['2'])} |`,
    `| multi, 3 steps | ${fmt(st.byPlanLength['3'])} | ${fmt(sd.byPlanLength['3'])} |`,
    ...NEG_KINDS.map((k) => `| negative: ${k} | ${fmt(st.byNegKind[k])} | ${fmt(sd.byNegKind[k])} |`),
    '',
    '| over all plan steps | train | gen-dev |',
    '|---|---|---|',
    ...(['exact', 'usd', 'all', 'half', 'none'] as const).map((k) => `| amount_kind ${k} | ${fmt(st.byAmountKind[k])} | ${fmt(sd.byAmountKind[k])} |`),
    `| names a protocol | ${fmt(st.withProtocol)} | ${fmt(sd.withProtocol)} |`,
    `| names a chain | ${fmt(st.withChain)} | ${fmt(sd.withChain)} |`,
  ];
  return out.join('\n');
}

/** Replaces the block between the markers; returns null when the README has no markers. */
export function replaceBlock(readme: string, block: string): string | null {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return null;
  return `${readme.slice(0, a + BEGIN.length)}\n${block}\n${readme.slice(b)}`;
}
