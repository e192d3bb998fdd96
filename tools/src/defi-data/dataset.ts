import { multiPositive, singlePositive, type Positive } from './compose';
import { negativeText } from './negatives';
import { Rng } from './rng';
import { LABELS, NEG_KINDS, PRIMITIVES, type AmountKind, type Example, type ExampleKind, type Label, type NegKind, type Split, type Step } from './types';

/** How many rows of each sort to generate. */
export interface Counts {
  /** Single-step prompts per primitive. */
  readonly singlePerPrimitive: number;
  readonly multi2: number;
  readonly multi3: number;
  readonly negatives: Readonly<Record<NegKind, number>>;
}

/** Counts for train.jsonl (seed 1). */
export const TRAIN_COUNTS: Counts = {
  singlePerPrimitive: 700,
  multi2: 600,
  multi3: 200,
  negatives: { info_question: 330, balance_or_price: 330, hypothetical: 330, negation: 330, chitchat: 230, gibberish: 230, other_domain: 330, unsupported_action: 450 },
};

/** Counts for gen-dev.jsonl (seed 2): about 15% of all generated rows. */
export const DEV_COUNTS: Counts = {
  singlePerPrimitive: 120,
  multi2: 110,
  multi3: 40,
  negatives: { info_question: 60, balance_or_price: 60, hypothetical: 60, negation: 60, chitchat: 45, gibberish: 45, other_domain: 60, unsupported_action: 80 },
};

/** Seeds of the committed files. */
export const SEEDS: Readonly<Record<Split, number>> = { train: 1, dev: 2 };

/** Options of one generation run. */
export interface GenerateOptions {
  readonly seed: number;
  readonly split: Split;
  readonly counts: Counts;
  /** Row id prefix ("train", "gdev"). */
  readonly prefix: string;
  /** Dedupe keys that must not appear (the train file's texts, when generating gen-dev). */
  readonly exclude?: ReadonlySet<string>;
}

/** Dedupe key: case- and whitespace-insensitive text. */
export function dedupeKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

type Draft = Omit<Example, 'id'>;

/** A generated split and how many of its rows use at least one held-out (dev-only) template or word. */
export interface GeneratedSplit {
  readonly rows: Example[];
  readonly heldOutRows: number;
}

/** Generates one split: deterministic for a seed (same options → identical rows, in the same order). */
export function generateSplit(opts: GenerateOptions): GeneratedSplit {
  const rng = new Rng(opts.seed);
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  let heldOutRows = 0;
  const fill = (n: number, what: string, make: () => Draft): void => {
    let made = 0;
    for (let tries = 0; made < n; tries++) {
      if (tries > n * 60 + 200) throw new Error(`could not make ${n} unique ${what} rows (made ${made})`);
      const before = rng.heldDraws;
      const d = make();
      const key = dedupeKey(d.text);
      if (key === '' || seen.has(key) || opts.exclude?.has(key)) continue;
      seen.add(key);
      drafts.push(d);
      if (rng.heldDraws > before) heldOutRows++;
      made++;
    }
  };
  const positive = (kind: ExampleKind, p: Positive): Draft => ({ text: p.text, label: p.steps[0].primitive, kind, steps: p.steps });
  for (const prim of PRIMITIVES) fill(opts.counts.singlePerPrimitive, prim, () => positive('single', singlePositive(rng, opts.split, prim)));
  fill(opts.counts.multi2, 'two-step', () => positive('multi', multiPositive(rng, opts.split, 2)));
  fill(opts.counts.multi3, 'three-step', () => positive('multi', multiPositive(rng, opts.split, 3)));
  for (const kind of NEG_KINDS) {
    const label: Label = kind === 'unsupported_action' ? 'unsupported' : 'non_exec';
    fill(opts.counts.negatives[kind], kind, () => ({ text: negativeText(rng, opts.split, kind), label, kind: 'negative', steps: [] as Step[], neg_kind: kind }));
  }
  const width = String(drafts.length).length;
  const rows = rng.shuffle(drafts).map((d, i) => ({ id: `${opts.prefix}-${String(i + 1).padStart(Math.max(5, width), '0')}`, ...d }));
  return { rows, heldOutRows };
}

/** The rows of one split (see `generateSplit`). */
export function generateDataset(opts: GenerateOptions): Example[] {
  return generateSplit(opts).rows;
}

/** One JSONL line with a stable key order (DESIGN §4 arg order; `neg_kind` only on negatives). */
export function toJsonLine(e: Example): string {
  const row: Record<string, unknown> = {
    id: e.id,
    text: e.text,
    label: e.label,
    kind: e.kind,
    steps: e.steps.map((s) => ({
      primitive: s.primitive,
      args: { amount: s.args.amount, amount_kind: s.args.amount_kind, asset: s.args.asset, to_asset: s.args.to_asset, protocol: s.args.protocol, chain: s.args.chain },
    })),
  };
  if (e.neg_kind !== undefined) row.neg_kind = e.neg_kind;
  return JSON.stringify(row);
}

/** A whole JSONL file (one row per line, trailing newline). */
export function toJsonl(rows: readonly Example[]): string {
  return rows.map(toJsonLine).join('\n') + '\n';
}

/** Row counts per label, kind, negative kind and plan length. */
export interface Stats {
  readonly total: number;
  readonly byLabel: Readonly<Record<Label, number>>;
  readonly byKind: Readonly<Record<ExampleKind, number>>;
  readonly byNegKind: Readonly<Record<NegKind, number>>;
  readonly byPlanLength: Readonly<Record<'1' | '2' | '3', number>>;
  /** Over all plan steps. */
  readonly byAmountKind: Readonly<Record<AmountKind, number>>;
  /** Plan steps that name a protocol / a chain. */
  readonly withProtocol: number;
  readonly withChain: number;
}

/** Counts rows (for the generator's report and the README). */
export function stats(rows: readonly Example[]): Stats {
  const byLabel = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  const byKind: Record<ExampleKind, number> = { single: 0, multi: 0, negative: 0 };
  const byNegKind = Object.fromEntries(NEG_KINDS.map((k) => [k, 0])) as Record<NegKind, number>;
  const byPlanLength: Record<'1' | '2' | '3', number> = { '1': 0, '2': 0, '3': 0 };
  const byAmountKind: Record<AmountKind, number> = { exact: 0, usd: 0, all: 0, half: 0, none: 0 };
  let withProtocol = 0;
  let withChain = 0;
  for (const r of rows) {
    byLabel[r.label]++;
    byKind[r.kind]++;
    if (r.neg_kind) byNegKind[r.neg_kind]++;
    if (r.steps.length > 0) byPlanLength[String(r.steps.length) as '1' | '2' | '3']++;
    for (const s of r.steps) {
      byAmountKind[s.args.amount_kind]++;
      if (s.args.protocol !== null) withProtocol++;
      if (s.args.chain !== null) withChain++;
    }
  }
  return { total: rows.length, byLabel, byKind, byNegKind, byPlanLength, byAmountKind, withProtocol, withChain };
}
