import { Grid, gridEquals, gridHash } from '../grid/grid';
import { ArcTask } from '../task/task';
import { FIXED_STEPS, FixedStep } from './steps';
import { LEARNED_STEPS, LearnedStep, Pairs } from './learned';

/** Why the solver answered or abstained. */
export type SolveReason =
  | 'unique_program' // every simplest fitting program predicts the same test outputs
  | 'no_program' // nothing reproduces every train pair
  | 'ambiguous' // simplest fitting programs disagree on a test input
  | 'budget_exhausted' // the time budget ran out before the search was complete at the answer's length
  | 'insufficient_evidence'; // programs fit, but the train outputs are too small to rule out a chance fit

/** Solver result for one task. */
export interface SolveResult {
  readonly id: string;
  readonly decision: 'solved' | 'abstain';
  readonly reason: SolveReason;
  /** The chosen program, one step label per element, applied left to right. */
  readonly program: readonly string[] | null;
  readonly predictions: readonly Grid[] | null;
  /** Number of distinct fitting programs of the chosen length (1 = no ambiguity at all). */
  readonly candidates: number;
  /** Number of search states expanded. */
  readonly searched: number;
  readonly ms: number;
}

/** Search limits. */
export interface SolveOptions {
  /** Wall-clock budget per task (default 2000 ms). */
  readonly budgetMs?: number;
  /** Maximum program length (default 3). */
  readonly maxDepth?: number;
  /** Maximum number of states to expand (default 60000): a deterministic cap below the time budget. */
  readonly maxStates?: number;
  /** Clock, injectable for tests. */
  readonly now?: () => number;
}

interface Node {
  readonly program: readonly string[];
  /** Intermediate grids: train inputs first, then test inputs. */
  readonly grids: readonly Grid[];
}

interface Fit {
  readonly program: readonly string[];
  readonly predictions: readonly Grid[];
}

/**
 * Leave-one-out check for learned parameters: fitted on all pairs but one, the step must predict the held-out pair
 * exactly at least once. A map that only memorises one entry per pair (each pair teaching a colour no other pair
 * uses) never passes, because nothing it learned was ever confirmed by a second pair. Single-pair tasks cannot be
 * checked this way and pass.
 */
export function generalises(step: LearnedStep, pairs: Pairs): boolean {
  if (pairs.length < 2) return true;
  for (let k = 0; k < pairs.length; k++) {
    const rest = pairs.filter((_, i) => i !== k);
    const f = step.fit(rest);
    if (f === null) continue;
    const y = f.apply(pairs[k][0]);
    if (y !== null && gridEquals(y, pairs[k][1])) return true;
  }
  return false;
}

/**
 * Evidence in the train outputs, in bits: each output cell can take any of the output's colours. Tiny outputs
 * (e.g. 1×1) carry a few bits only, so among thousands of searched programs some fit by chance; a program is
 * accepted only if the evidence exceeds log2(programs tried) by a margin.
 */
export function evidenceBits(outputs: readonly Grid[]): number {
  let bits = 0;
  for (const g of outputs) {
    const colours = new Set(g.cells).size;
    bits += g.cells.length * Math.log2(Math.max(2, colours));
  }
  return bits;
}

/** Bits of evidence required beyond log2(programs tried). */
export const EVIDENCE_MARGIN_BITS = 8;

function stateKey(grids: readonly Grid[]): number {
  let h = 0;
  for (const g of grids) h = (h * 31 + gridHash(g, 7)) % 0x1fffffffffffff;
  return h;
}

/**
 * Induce a program from the train pairs and apply it to the test inputs.
 *
 * Breadth-first over program length: fixed (parameter-free) steps are composed; a learned step (colour map,
 * block tiling, hole fill, …) may end a program. A program counts only if it reproduces EVERY train pair exactly
 * and runs on every test input. Among the fitting programs of the smallest length, the answer is given only when
 * they all predict the same test outputs; otherwise the task is ambiguous and the solver abstains. States are
 * deduplicated on all their grids (train and test), so two programs that differ on a test input are never merged.
 */
export function solveTask(task: ArcTask, opts: SolveOptions = {}): SolveResult {
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  const budget = opts.budgetMs ?? 2000;
  const maxDepth = opts.maxDepth ?? 3;
  const maxStates = opts.maxStates ?? 60000;
  const nTrain = task.train.length;
  const targets = task.train.map((p) => p.output);
  const evidence = evidenceBits(targets);
  let searched = 0;
  let exhausted = false;

  const finish = (reason: SolveReason, fits: readonly Fit[]): SolveResult => {
    const ms = Math.round((now() - t0) * 10) / 10;
    const base = { id: task.id, searched, ms, candidates: fits.length };
    if (reason !== 'unique_program') return { ...base, decision: 'abstain', reason, program: null, predictions: null };
    return { ...base, decision: 'solved', reason, program: fits[0].program, predictions: fits[0].predictions };
  };

  const matchesTrain = (grids: readonly Grid[]) => {
    for (let i = 0; i < nTrain; i++) if (!gridEquals(grids[i], targets[i])) return false;
    return true;
  };

  const tryLearned = (node: Node, step: LearnedStep): Fit | null => {
    const pairs: Pairs = targets.map((t, i) => [node.grids[i], t] as const);
    const fitted = step.fit(pairs);
    if (fitted === null || !generalises(step, pairs)) return null;
    const preds: Grid[] = [];
    for (let i = nTrain; i < node.grids.length; i++) {
      const y = fitted.apply(node.grids[i]);
      if (y === null) return null;
      preds.push(y);
    }
    return { program: [...node.program, fitted.label], predictions: preds };
  };

  const applyFixed = (node: Node, step: FixedStep): Node | null => {
    const grids: Grid[] = [];
    for (const g of node.grids) {
      const y = step.apply(g);
      if (y === null) return null;
      grids.push(y);
    }
    return { program: [...node.program, step.name], grids };
  };

  const root: Node = { program: [], grids: [...task.train.map((p) => p.input), ...task.test.map((t) => t.input)] };
  const seen = new Set<number>([stateKey(root.grids)]);
  let frontier: Node[] = [root];

  // Programs of length L are: fixed^L, or fixed^(L-1) followed by a learned step.
  for (let length = 1; length <= maxDepth; length++) {
    const fits: Fit[] = [];
    for (const node of frontier) {
      for (const step of LEARNED_STEPS) {
        const f = tryLearned(node, step);
        if (f !== null) fits.push(f);
      }
    }
    const next: Node[] = [];
    outer: for (const node of frontier) {
      for (const step of FIXED_STEPS) {
        if (++searched > maxStates || (searched % 256 === 0 && now() - t0 > budget)) {
          exhausted = true;
          break outer;
        }
        const child = applyFixed(node, step);
        if (child === null) continue;
        const key = stateKey(child.grids);
        if (seen.has(key)) continue;
        seen.add(key);
        if (matchesTrain(child.grids)) fits.push({ program: child.program, predictions: child.grids.slice(nTrain) });
        else if (length < maxDepth) next.push(child);
      }
    }
    if (fits.length > 0) {
      const tried = searched + frontier.length * LEARNED_STEPS.length;
      if (evidence < Math.log2(Math.max(2, tried)) + EVIDENCE_MARGIN_BITS) return finish('insufficient_evidence', fits);
      if (exhausted) return finish('budget_exhausted', fits);
      const ref = fits[0].predictions;
      const agree = fits.every((f) => f.predictions.every((p, i) => gridEquals(p, ref[i])));
      return finish(agree ? 'unique_program' : 'ambiguous', fits);
    }
    if (exhausted) return finish('budget_exhausted', []);
    frontier = next;
  }
  return finish('no_program', []);
}
