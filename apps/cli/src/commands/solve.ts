import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { oneLine, UsageError } from '../errors';
import { out } from '../io';
import { createProgress } from '../progress';

/** Options of `micro-lm arc solve`. */
export interface SolveCommandOptions {
  readonly json?: boolean;
  readonly budgetMs?: number;
}

/**
 * `micro-lm arc solve <task.json | dir>`: search a program that maps every train input to its output and
 * apply it to the test inputs. One JSON document for a file, JSONL (sorted by file name) for a directory.
 * A task that cannot be read still gets its line (decision abstain, with `error`).
 */
export async function solveCommand(path: string, opts: SolveCommandOptions): Promise<number> {
  const target = resolve(path);
  let files: string[];
  try {
    files = statSync(target).isDirectory()
      ? readdirSync(target).filter((f) => f.toLowerCase().endsWith('.json')).sort().map((f) => join(target, f))
      : [target];
  } catch (err) {
    throw new UsageError(`arc solve: cannot read ${path} (${oneLine(err)})`);
  }
  if (files.length === 0) throw new UsageError(`arc solve: no .json task in ${path}`);
  const { arcPackage } = await import('@micro-lm/runner');
  const arc = await arcPackage();
  const progress = createProgress('solve');
  const lines: Record<string, unknown>[] = [];
  for (const file of files) {
    const task = arc.loadTask(file);
    if (task._tag === 'Left') {
      const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/i, '');
      lines.push({ id, decision: 'abstain', reason: 'invalid_task', program: null, predictions: null, error: task.left.message });
    } else {
      const r = arc.solveTask(task.right, opts.budgetMs !== undefined ? { budgetMs: opts.budgetMs } : {});
      lines.push({ id: r.id, decision: r.decision, reason: r.reason, program: r.program, predictions: r.predictions === null ? null : r.predictions.map(arc.gridToJSON), candidates: r.candidates, searched: r.searched, ms: r.ms });
    }
    progress.update(lines.length, files.length);
  }
  progress.stop();
  if (opts.json === true) out(lines.map((l) => JSON.stringify(l)).join('\n'));
  else if (files.length === 1) out(formatSolve(lines[0]));
  else out(lines.map(formatSolveRow).join('\n'));
  return 0;
}

function formatSolveRow(l: Record<string, unknown>): string {
  const program = Array.isArray(l.program) ? (l.program as string[]).join(' → ') : '—';
  return `${String(l.id).padEnd(12)} ${String(l.decision).padEnd(8)} ${String(l.reason).padEnd(16)} ${program}`;
}

function formatSolve(l: Record<string, unknown>): string {
  const program = Array.isArray(l.program) ? (l.program as string[]).join(' → ') : '(none)';
  const rows = [`task      ${String(l.id)}`, `decision  ${String(l.decision)}   reason ${String(l.reason)}`, `program   ${program}`];
  if (l.error !== undefined) rows.push(`error     ${String(l.error)}`);
  const preds = l.predictions as number[][][] | null;
  preds?.forEach((g, i) => g.forEach((row, j) => rows.push(`${j === 0 ? `test ${i + 1}`.padEnd(9) : ' '.repeat(9)} ${row.join(' ')}`)));
  return rows.join('\n');
}
