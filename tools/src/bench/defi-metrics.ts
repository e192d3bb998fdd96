// Pure scoring for the DeFi benchmark: dev-set lines + results → accuracy, coverage, P/R/F1, confusion.
// Kept apart from the driver so the arithmetic has its own tests.

/** One expected step of the dev set. */
export interface ExpectedStep {
  readonly primitive: string;
  readonly args: Readonly<Record<string, unknown>>;
}

/** One dev-set line. */
export interface DevLine {
  readonly id: string;
  readonly prompt: string;
  readonly expect: { readonly decision: 'accept' | 'abstain'; readonly reason: string | null; readonly steps: readonly ExpectedStep[] };
  readonly tags: readonly string[];
}

/** The parts of a result the scoring reads. */
export interface Scored {
  readonly decision: 'accept' | 'abstain' | 'block';
  readonly label: string;
  readonly reason: string;
  readonly plan: { readonly steps: readonly { readonly primitive: string; readonly args: Readonly<Record<string, unknown>> }[] };
}

/** Per-class precision, recall, F1 and support. */
export interface ClassScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** Everything the DeFi bench reports about decisions (latency and determinism are measured by the driver). */
export interface DefiScores {
  readonly n: number;
  readonly positives: number;
  readonly negatives: number;
  /** Correct / n: a positive is correct when answered (accepted or blocked) with the expected primitive sequence; a negative when abstained. */
  readonly accuracy: number;
  /** Share of prompts answered (accept or block). */
  readonly coverage: number;
  /** Share of positives accepted. */
  readonly coverage_positives: number;
  /** Correct accepts / accepts. */
  readonly precision_on_accepted: number;
  readonly accepted: number;
  readonly blocked: number;
  /** Why positives that were read right were blocked (verifier reasons). */
  readonly blocked_positive_reasons: Readonly<Record<string, number>>;
  readonly negatives_abstained: number;
  readonly negatives_abstained_by_kind: Record<string, { readonly n: number; readonly abstained: number; readonly rate: number }>;
  /** Positives accepted with the expected steps AND every expected argument equal. */
  readonly exact_args: number;
  /** Per argument field: share of sequence-matched steps where it is equal. */
  readonly arg_field_accuracy: Record<string, number>;
  /** Positives with ≥ 2 steps whose plan has exactly the expected primitive sequence. */
  readonly multi_step_exact_sequence: number;
  readonly multi_step_n: number;
  readonly macro_f1: number;
  readonly per_class: Record<string, ClassScore>;
  /** confusion[expected][predicted] over first-step labels (and "abstain"). */
  readonly confusion: Record<string, Record<string, number>>;
  /** Ids of the lines scored wrong, with what came back (for reading, not for tuning). */
  readonly errors: readonly { readonly id: string; readonly expected: string; readonly got: string }[];
}

const STYLE_TAGS = new Set(['negative', 'typo', 'confusable', 'capitalised', 'multi-mixed']);

/** The kind of a negative prompt: "unsupported" for unsupported actions, else its first non-style tag. */
export function negativeKind(line: DevLine): string {
  if (line.tags.includes('unsupported') || line.expect.reason === 'abstain_unsupported') return 'unsupported';
  return line.tags.find((t) => !STYLE_TAGS.has(t)) ?? line.expect.reason ?? 'other';
}

/** Numbers equal to 1e-9 relative, everything else by strict equality. */
export function argEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/** Score results (results[i] belongs to lines[i]). */
export function scoreDefi(lines: readonly DevLine[], results: readonly Scored[]): DefiScores {
  if (lines.length !== results.length) throw new Error('scoreDefi: one result per line');
  const labels = new Set<string>(['abstain']);
  const confusion: Record<string, Record<string, number>> = {};
  const errors: { id: string; expected: string; got: string }[] = [];
  const kinds: Record<string, { n: number; abstained: number; rate: number }> = {};
  const fieldHits: Record<string, [number, number]> = {};
  const blockedPositiveReasons: Record<string, number> = {};
  let correct = 0, answered = 0, accepted = 0, acceptedCorrect = 0, blocked = 0, positives = 0, positivesAccepted = 0;
  let negatives = 0, negAbstained = 0, exactArgs = 0, multiN = 0, multiOk = 0;

  lines.forEach((line, i) => {
    const r = results[i];
    const expSeq = line.expect.steps.map((s) => s.primitive);
    const gotSeq = r.decision === 'abstain' ? [] : r.plan.steps.map((s) => s.primitive);
    const seqOk = expSeq.length === gotSeq.length && expSeq.every((p, k) => p === gotSeq[k]);
    const expLabel = line.expect.decision === 'abstain' ? 'abstain' : expSeq[0];
    const gotLabel = r.decision === 'abstain' ? 'abstain' : r.label;
    labels.add(expLabel).add(gotLabel);
    confusion[expLabel] ??= {};
    confusion[expLabel][gotLabel] = (confusion[expLabel][gotLabel] ?? 0) + 1;
    if (r.decision !== 'abstain') answered++;
    if (r.decision === 'block') blocked++;
    let ok: boolean;
    if (line.expect.decision === 'abstain') {
      negatives++;
      ok = r.decision === 'abstain';
      if (ok) negAbstained++;
      const kind = negativeKind(line);
      kinds[kind] ??= { n: 0, abstained: 0, rate: 0 };
      kinds[kind].n++;
      if (ok) kinds[kind].abstained++;
    } else {
      positives++;
      // Accuracy scores the reading: a positive read as the right plan is right whether the verifier then accepts
      // it or blocks it (the wallet decides that, e.g. "deposit my ETH" names no amount and is blocked); only an
      // abstain or a wrong plan is wrong. Precision on accepted and the blocked reasons are reported beside it.
      ok = r.decision !== 'abstain' && seqOk;
      if (r.decision === 'block') blockedPositiveReasons[r.reason] = (blockedPositiveReasons[r.reason] ?? 0) + 1;
      if (r.decision === 'accept') positivesAccepted++;
      if (expSeq.length > 1) {
        multiN++;
        if (seqOk) multiOk++;
      }
      if (seqOk)
        line.expect.steps.forEach((s, k) => {
          for (const [field, want] of Object.entries(s.args)) {
            fieldHits[field] ??= [0, 0];
            fieldHits[field][1]++;
            if (argEqual(r.plan.steps[k].args[field], want)) fieldHits[field][0]++;
          }
        });
      if (ok && line.expect.steps.every((s, k) => Object.entries(s.args).every(([f, want]) => argEqual(r.plan.steps[k].args[f], want))))
        exactArgs++;
    }
    if (r.decision === 'accept') {
      accepted++;
      if (ok) acceptedCorrect++;
    }
    if (ok) correct++;
    else errors.push({ id: line.id, expected: line.expect.decision === 'abstain' ? 'abstain' : expSeq.join('>'), got: r.decision === 'accept' ? gotSeq.join('>') : `${r.decision}:${r.reason}${gotSeq.length ? ':' + gotSeq.join('>') : ''}` });
  });

  for (const k of Object.values(kinds)) k.rate = k.abstained / k.n;
  const perClass: Record<string, ClassScore> = {};
  for (const c of [...labels].sort()) {
    const tp = confusion[c]?.[c] ?? 0;
    const support = Object.values(confusion[c] ?? {}).reduce((a, b) => a + b, 0);
    const predicted = Object.values(confusion).reduce((a, row) => a + (row[c] ?? 0), 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    perClass[c] = { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), support };
  }
  // Macro over every label that was expected or predicted (a label only ever predicted scores F1 = 0).
  const classes = Object.values(perClass);
  const n = lines.length;
  return {
    n,
    positives,
    negatives,
    accuracy: ratio(correct, n),
    coverage: ratio(answered, n),
    coverage_positives: ratio(positivesAccepted, positives),
    precision_on_accepted: ratio(acceptedCorrect, accepted),
    accepted,
    blocked,
    blocked_positive_reasons: blockedPositiveReasons,
    negatives_abstained: ratio(negAbstained, negatives),
    negatives_abstained_by_kind: kinds,
    exact_args: ratio(exactArgs, positives),
    arg_field_accuracy: Object.fromEntries(Object.entries(fieldHits).sort().map(([f, [h, t]]) => [f, ratio(h, t)])),
    multi_step_exact_sequence: ratio(multiOk, multiN),
    multi_step_n: multiN,
    macro_f1: classes.length === 0 ? 0 : classes.reduce((a, c) => a + c.f1, 0) / classes.length,
    per_class: perClass,
    confusion,
    errors,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** The q-quantile (0..1) of a sample by nearest rank on the sorted values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil(q * s.length)));
  return s[rank - 1];
}
