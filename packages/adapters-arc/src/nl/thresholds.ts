import type { Mapper, Thresholds } from '@micro-lm/mapper';
import { detectArc } from './detect';
import { fuse, gatePrediction } from './decide';
import { parseInstruction } from './instruction';
import { mapperText } from './mapper-text';
import type { ArcTrainingLine } from './model';
import { ArcLabel } from './primitives';
import { buildArcTraces } from './traces';

/** Precision on accepted generated-dev prompts the chosen thresholds must reach. */
export const ARC_TARGET_PRECISION = 0.995;

const P1_GRID = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const MARGIN_GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

/**
 * Choose mapper thresholds with the whole adapter in the loop on GENERATED dev lines (never the hand-written set):
 * among (p1_min, margin_min, ood_max) whose precision on accepted prompts reaches ARC_TARGET_PRECISION, the one
 * with the most correct outcomes (accepts with the right sequence plus abstains on negatives). Ties go to the
 * looser point: generated prompts are easier than real ones, and the lexical parser, not the mapper threshold, is
 * what rejects non-instructions. The grid starts at the training floors (p1 0.4, margin 0.05).
 */
export function chooseArcThresholds(mapper: Mapper<ArcLabel>, dev: readonly ArcTrainingLine[], trainedOod: number): Thresholds {
  const rows = dev.map((x) => {
    const parse = parseInstruction(x.prompt);
    const det = parse.kind === 'steps' ? detectArc(buildArcTraces(parse.mentions, parse.words.length, 128), 'stage10') : null;
    return { x, parse, det, pred: mapper.predict(mapperText(x.prompt)) };
  });
  let best: { t: Thresholds; correct: number } | null = null;
  for (const ood_max of [1, 0.9, 0.7, trainedOod].filter((v, i, a) => a.indexOf(v) === i && v >= trainedOod)) {
    for (const p1_min of P1_GRID) {
      for (const margin_min of MARGIN_GRID) {
        const t = { p1_min, margin_min, ood_max };
        let accepted = 0;
        let wrong = 0;
        let correct = 0;
        for (const r of rows) {
          const f = fuse(r.parse, r.det, r.pred, gatePrediction(r.pred, t));
          const want = r.x.kind === 'negative' ? null : r.x.sequence.join('>');
          if (f.kind === 'plan') {
            accepted++;
            if (f.sequence.join('>') === want) correct++;
            else wrong++;
          } else if (want === null) correct++;
        }
        const precision = accepted === 0 ? 1 : (accepted - wrong) / accepted;
        if (precision >= ARC_TARGET_PRECISION && (best === null || correct > best.correct)) best = { t, correct };
      }
    }
  }
  return best?.t ?? { p1_min: 1, margin_min: 1, ood_max: 0 };
}
