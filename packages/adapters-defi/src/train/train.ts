import { createWordmap, type Encoder } from '@micro-lm/encoders';
import { artifactSha256, loadMapper, serializeArtifact, trainMapper, trainMapperAsync, type MapperArtifact, type Prediction } from '@micro-lm/mapper';
import * as E from 'fp-ts/Either';
import { fuse } from '../fusion';
import { analyzePrompt } from '../intent/analyze';
import { DEFI_LABELS, type DefiLabel } from '../labels';
import { detectPrimitives, parserSetup } from '../parse/detect';
import { calibrateDefiNull, CALIBRATION_T } from '../parse/calibrate';
import type { DefiNull } from '../parse/null';
import { buildTraces } from '../parse/traces';
import { readExamples, type DefiExample } from './data';

/** Inputs of trainDefiModel. */
export interface TrainDefiOptions {
  readonly trainPath: string;
  /** Generated dev split used to choose the abstain thresholds (never the hand-written dev set). */
  readonly devPath?: string;
  readonly seed?: number;
}

/** Mapper training settings for the DeFi model (stored in the artifact). */
export const DEFI_TRAIN_OPTIONS = {
  l2: 1e-5,
  classWeight: 'balanced',
  negativeLabels: ['non_exec', 'unsupported'],
  targetPrecision: 0.99,
  minP1: 0.2,
  minMargin: 0.05,
} as const;

/** Lowest p1_min (in %) the threshold search may pick: below it the mapper's vote means little. */
export const P1_FLOOR = 20;

/** Precision on accepted gen-dev prompts the chosen thresholds must reach. */
export const TARGET_PRECISION = 0.995;

/**
 * Train the DeFi mapper (wordmap features) on the single-step and negative lines of `trainPath` plus a minority of
 * its multi-step lines, one row per step (see `mapperRows`; the parser, not the mapper, orders steps), then pick
 * p1/margin thresholds on `devPath` with the whole adapter in the loop. Returns the serialized artifact;
 * the same files and seed give the same bytes.
 */
export function trainDefiModel(opts: TrainDefiOptions): string {
  const all = readExamples(opts.trainPath);
  const train = all.filter((x) => x.kind !== 'multi');
  const encoder = createWordmap();
  const art = trainMapper<DefiLabel>(
    mapperRows(all),
    encoder,
    { ...DEFI_TRAIN_OPTIONS, negativeLabels: [...DEFI_TRAIN_OPTIONS.negativeLabels], seed: opts.seed ?? 0 },
  );
  if (opts.devPath === undefined) return serializeArtifact(art);
  const dev = readExamples(opts.devPath);
  const nul = calibrateDefiNull(train.map((x) => x.text));
  const mapper = openMapper(art, createWordmap());
  return serializeArtifact(withThresholds(art, chooseThresholds(art, dev, nul, dev.map((ex) => mapper.predict(ex.text)))));
}

/**
 * The same training for an asynchronous encoder (sbert): dense embeddings of the same lines, thresholds chosen
 * the same way on `devPath`. The artifact carries the encoder's fingerprint, so it only loads with that model.
 */
export async function trainDefiModelAsync(opts: TrainDefiOptions & { readonly encoder: Encoder }): Promise<string> {
  const all = readExamples(opts.trainPath);
  const train = all.filter((x) => x.kind !== 'multi');
  const art = await trainMapperAsync<DefiLabel>(
    mapperRows(all),
    opts.encoder,
    { ...DEFI_TRAIN_OPTIONS, negativeLabels: [...DEFI_TRAIN_OPTIONS.negativeLabels], seed: opts.seed ?? 0 },
  );
  if (opts.devPath === undefined) return serializeArtifact(art);
  const dev = readExamples(opts.devPath);
  const nul = calibrateDefiNull(train.map((x) => x.text));
  const mapper = openMapper(art, opts.encoder);
  const preds: Prediction<DefiLabel>[] = [];
  for (const ex of dev) preds.push(await mapper.predictAsync(ex.text));
  return serializeArtifact(withThresholds(art, chooseThresholds(art, dev, nul, preds)));
}

/** One multi-step line in this many joins the mapper's training rows (chosen on gen-dev: 1, 2, 3, 4, 6, 8, none). */
export const MULTI_STEP_EVERY = 3;

/**
 * The mapper's training rows: every single-step and negative line under its label, and one multi-step line in
 * MULTI_STEP_EVERY once under each distinct primitive of its plan. Such a mixed prompt pulls the softmax towards an
 * even split over its steps (what the multi-step fusion rule checks: most of the mass on the plan's primitives);
 * without them the only multi-clause lines the mapper sees are the unsupported "A then bridge it", so it leans to
 * `unsupported` on every "A then B". All of them would blur single-step confusables ("withdraw my staking rewards"
 * shares words with "unstake … then claim"), so only a minority joins.
 */
function mapperRows(rows: readonly DefiExample[]): { text: string; label: DefiLabel }[] {
  const out: { text: string; label: DefiLabel }[] = [];
  let multi = 0;
  for (const x of rows) {
    if (x.kind !== 'multi') out.push({ text: x.text, label: x.label });
    else if (++multi % MULTI_STEP_EVERY === 0) for (const p of new Set(x.steps.map((s) => s.primitive))) out.push({ text: x.text, label: p });
  }
  return out;
}

/** The artifact with its abstain rules opened up, so the threshold search sees every raw prediction. */
function openMapper(art: MapperArtifact<DefiLabel>, encoder: Encoder) {
  const open = withThresholds(art, { p1_min: 0, margin_min: 0, ood_max: 1 });
  const loaded = loadMapper<DefiLabel>(open, encoder, { labels: DEFI_LABELS });
  if (E.isLeft(loaded)) throw new Error(`trainDefiModel: ${loaded.left.message}`);
  return loaded.right;
}

/** Calibrate the parser null from the training texts (what model/defi-null.json holds). */
export function trainDefiNull(trainPath: string): DefiNull {
  return calibrateDefiNull(readExamples(trainPath).map((x) => x.text));
}

function withThresholds<L extends string>(art: MapperArtifact<L>, t: MapperArtifact['thresholds']): MapperArtifact<L> {
  const { sha256: _old, ...rest } = art;
  const next = { ...rest, thresholds: t };
  return { ...next, sha256: artifactSha256(next) };
}

interface DevRow {
  readonly ex: DefiExample;
  readonly label: string;
  readonly p1: number;
  readonly margin: number;
  readonly ood: number;
  readonly run: (abstain: 'low_confidence' | 'ambiguous' | 'out_of_domain' | null) => string;
}

/**
 * Grid over p1_min × margin_min (ood_max as trained): the loosest pair whose precision on accepted gen-dev
 * prompts reaches TARGET_PRECISION, maximising accuracy (ties: the stricter pair, i.e. the first found).
 */
function chooseThresholds(
  art: MapperArtifact<DefiLabel>,
  dev: readonly DefiExample[],
  nul: DefiNull,
  preds: readonly Prediction<DefiLabel>[],
): MapperArtifact['thresholds'] {
  const setup = parserSetup('stage11', CALIBRATION_T, nul);
  const rows: DevRow[] = dev.map((ex, i) => {
    const a = analyzePrompt(ex.text);
    const parse = detectPrimitives(buildTraces(a.tokens, a.cues, CALIBRATION_T, setup.width), setup);
    const pred = preds[i];
    return {
      ex,
      label: pred.label,
      p1: pred.p1,
      margin: pred.margin,
      ood: pred.ood,
      run: (abstain) => {
        const f = fuse(a, parse, { label: pred.label, p1: pred.p1, abstain, topk: pred.topk });
        return f.kind === 'abstain' ? 'abstain' : f.steps.map((s) => s.primitive).join('>');
      },
    };
  });
  const oodMax = art.thresholds.ood_max;
  let best = { ...art.thresholds, acc: -1 };
  for (let p = P1_FLOOR; p <= 95; p += 5) {
    for (let m = 0; m <= 50; m += 5) {
      const t = { p1_min: p / 100, margin_min: m / 100, ood_max: oodMax };
      let correct = 0;
      let accepted = 0;
      let acceptedRight = 0;
      for (const r of rows) {
        const abstain = !(r.ood <= t.ood_max) ? 'out_of_domain' : !(r.p1 >= t.p1_min) ? 'low_confidence' : !(r.margin >= t.margin_min) ? 'ambiguous' : null;
        const got = r.run(abstain);
        const want = r.ex.kind === 'negative' ? 'abstain' : r.ex.steps.map((s) => s.primitive).join('>');
        if (got === want) correct += 1;
        if (got !== 'abstain') {
          accepted += 1;
          if (got === want) acceptedRight += 1;
        }
      }
      const precision = accepted === 0 ? 1 : acceptedRight / accepted;
      const acc = correct / Math.max(1, rows.length);
      if (precision >= TARGET_PRECISION && acc > best.acc) best = { ...t, acc };
    }
  }
  return { p1_min: best.p1_min, margin_min: best.margin_min, ood_max: best.ood_max };
}
