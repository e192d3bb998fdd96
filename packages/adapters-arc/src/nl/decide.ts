import type { Prediction, Thresholds } from '@micro-lm/mapper';
import type { ArcDetection } from './detect';
import type { LexicalParse, Mention, ParseAbstain } from './instruction';
import { ArcLabel, ArcPrimitive } from './primitives';

/** Abstain reasons of the ARC adapter (DESIGN §3). */
export type ArcAbstainReason = ParseAbstain | 'abstain_low_confidence' | 'abstain_disagreement' | 'abstain_invalid_input';

/** What the decision stage concludes before execution. */
export type Fused =
  | { readonly kind: 'plan'; readonly sequence: readonly ArcPrimitive[]; readonly mentions: readonly Mention[]; readonly score: number }
  | { readonly kind: 'abstain'; readonly reason: ArcAbstainReason; readonly detail: string };

const MAPPER_REASON = { low_confidence: 'abstain_low_confidence', ambiguous: 'abstain_ambiguous', out_of_domain: 'abstain_out_of_domain' } as const;

/** Apply thresholds to an open prediction (one computed with all thresholds off). */
export function gatePrediction<L extends string>(p: Prediction<L>, t: Thresholds): Prediction<L>['abstain'] {
  if (p.ood > t.ood_max) return 'out_of_domain';
  if (p.p1 < t.p1_min) return 'low_confidence';
  if (p.margin < t.margin_min) return 'ambiguous';
  return null;
}

/**
 * Fuse the lexical parse, the ngf-core detection and the mapper (DESIGN §1):
 * - the parser must keep every mentioned primitive (else low confidence);
 * - one step: the mapper's top label, above its thresholds, must be that primitive (else its abstain reason, or
 *   disagreement);
 * - several steps: the parser's ordered set stands (the mapper is a single-label model; it only reports).
 */
export function fuse(parse: LexicalParse, det: ArcDetection | null, pred: Prediction<ArcLabel>, mapperAbstain: Prediction<ArcLabel>['abstain']): Fused {
  if (parse.kind === 'abstain') return { kind: 'abstain', reason: parse.reason, detail: parse.detail };
  if (det === null) return { kind: 'abstain', reason: 'abstain_low_confidence', detail: 'no detection' };
  const kept = new Set(det.keep);
  const missing = parse.mentions.filter((m) => !kept.has(m.primitive));
  if (missing.length > 0) return { kind: 'abstain', reason: 'abstain_low_confidence', detail: `the detector did not keep ${missing.map((m) => m.primitive).join(', ')}` };
  const sequence = parse.order.map((i) => parse.mentions[i].primitive);
  const strength = Math.min(...parse.mentions.map((m) => m.strength));
  if (sequence.length === 1) {
    if (mapperAbstain !== null) return { kind: 'abstain', reason: MAPPER_REASON[mapperAbstain], detail: `mapper: ${mapperAbstain} (top ${pred.label}, p1 ${pred.p1.toFixed(3)}, margin ${pred.margin.toFixed(3)})` };
    if (pred.label !== sequence[0]) return { kind: 'abstain', reason: 'abstain_disagreement', detail: `mapper says ${pred.label}, parser says ${sequence[0]}` };
    return { kind: 'plan', sequence, mentions: parse.mentions, score: Math.min(strength, pred.p1) };
  }
  return { kind: 'plan', sequence, mentions: parse.mentions, score: strength };
}
