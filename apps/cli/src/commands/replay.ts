import { EXIT, oneLine, UsageError } from '../errors';
import { applyModelDir, note, out, readText } from '../io';
import { createProgress } from '../progress';

/** Options of `micro-lm replay`. */
export interface ReplayOptions {
  readonly json?: boolean;
  /** For results of `--backend sbert` runs: the local model to re-run them with. */
  readonly modelDir?: string;
}

interface Doc {
  readonly where: string;
  readonly id?: unknown;
  readonly value: unknown;
}

/**
 * `micro-lm replay <result.json>`: re-run the request stored in each result (a single result, or the JSONL
 * a batch wrote) and check its audit hash. Exit 0 when every result reproduces, 3 when one does not.
 */
export async function replayCommand(path: string, opts: ReplayOptions): Promise<number> {
  // The backend comes from each stored result; the model directory is this machine's.
  applyModelDir({ backend: 'sbert', ...opts });
  const docs = parseDocs(readText(path, 'replay'));
  const { replayE } = await import('@micro-lm/runner');
  const progress = createProgress('replay');
  const reports: Record<string, unknown>[] = [];
  let failures = 0;
  for (const doc of docs) {
    const r = await replayE(doc.value);
    progress.update(reports.length + 1, docs.length);
    const head = { ...(docs.length > 1 ? { where: doc.where } : {}), ...(doc.id !== undefined ? { id: doc.id } : {}) };
    if (r._tag === 'Left') {
      failures++;
      reports.push({ ...head, identical: false, error: typeof r.left === 'string' ? r.left : oneLine(r.left) });
      continue;
    }
    const rep = r.right;
    if (!rep.identical) failures++;
    const stored = (doc.value as { audit: { hash: string } }).audit.hash;
    reports.push({
      ...head,
      identical: rep.identical,
      hashValid: rep.hashValid,
      reran: rep.reran,
      hash: stored,
      recomputedHash: rep.recomputed?.audit.hash ?? rep.storedContentHash,
      diff: rep.diff,
    });
  }
  progress.stop();
  if (opts.json === true) out(reports.map((r) => JSON.stringify(r)).join('\n'));
  else out(reports.map(formatReport).join('\n'));
  if (failures > 0) {
    note(`micro-lm: replay: ${failures} of ${docs.length} result(s) did not reproduce`);
    return EXIT.replayMismatch;
  }
  return 0;
}

function formatReport(r: Record<string, unknown>): string {
  const head = [r.where, r.id].filter((x) => x !== undefined).map(String).join(' ');
  const prefix = head ? `${head}: ` : '';
  if (r.error !== undefined) return `${prefix}ERROR ${String(r.error)}`;
  const hash = String(r.hash).slice(0, 16);
  if (r.identical === true) return `${prefix}identical  hash ${hash}…${r.reran === true ? '' : '  (hash checked; invalid input is not re-run)'}`;
  const lines = [`${prefix}DIFFERENT  stored hash ${hash}…  ${r.hashValid === true ? 'hash matches content' : 'hash does NOT match the stored content'}`];
  for (const d of r.diff as { path: string; stored: unknown; replayed: unknown }[])
    lines.push(`  ${d.path}: ${JSON.stringify(d.stored) ?? '(absent)'} → ${JSON.stringify(d.replayed) ?? '(absent)'}`);
  return lines.join('\n');
}

/** One JSON document, or JSONL (batch output); batch's `id` and `line` keys are not part of a result. */
function parseDocs(text: string): Doc[] {
  const strip = (v: unknown, where: string): Doc => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return { where, value: v };
    const { id, line: _line, ...rest } = v as Record<string, unknown>;
    return { where, id, value: rest };
  };
  try {
    return [strip(JSON.parse(text) as unknown, 'result')];
  } catch {
    // not a single document: JSONL
  }
  const docs: Doc[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      docs.push(strip(JSON.parse(line) as unknown, `line ${i + 1}`));
    } catch {
      throw new UsageError(`replay: line ${i + 1} is not valid JSON`);
    }
  });
  if (docs.length === 0) throw new UsageError('replay: the file holds no result');
  return docs;
}
