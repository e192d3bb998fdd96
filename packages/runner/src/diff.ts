/** One difference between two JSON documents. `undefined` marks a side where the path is absent. */
export interface DiffEntry {
  readonly path: string;
  readonly stored: unknown;
  readonly replayed: unknown;
}

/** Structural differences between two JSON values (leaf-level paths like `plan.steps.0.args.amount`). */
export function jsonDiff(stored: unknown, replayed: unknown, path = '', out: DiffEntry[] = []): DiffEntry[] {
  if (Object.is(stored, replayed)) return out;
  const bothArrays = Array.isArray(stored) && Array.isArray(replayed);
  const bothObjects = isObject(stored) && isObject(replayed);
  if (bothArrays) {
    const a = stored as unknown[];
    const b = replayed as unknown[];
    for (let i = 0; i < Math.max(a.length, b.length); i++) jsonDiff(a[i], b[i], join(path, String(i)), out);
    return out;
  }
  if (bothObjects) {
    const a = stored as Record<string, unknown>;
    const b = replayed as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) jsonDiff(a[k], b[k], join(path, k), out);
    return out;
  }
  out.push({ path: path === '' ? '(root)' : path, stored, replayed });
  return out;
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
