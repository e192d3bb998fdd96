/**
 * Where a value stops being plain JSON: the dotted path of the first problem (non-finite number, undefined,
 * function, symbol, bigint, class instance, cycle), or null when it is JSON. A hand-written walk: it runs on
 * every request's context, and a generic schema walk costs more than the whole DeFi adapter.
 */
export function jsonProblem(value: unknown, path: string, depth = 0): string | null {
  const p = problemAt(value, depth);
  return p === null ? null : `${path}${p.at.map((k) => `.${k}`).join('')}: ${p.message}`;
}

interface Problem {
  /** Keys from the value down to the problem, filled in on the way back up (no path strings on the happy path). */
  readonly at: string[];
  readonly message: string;
}

function problemAt(value: unknown, depth: number): Problem | null {
  if (depth > 64) return { at: [], message: 'nested too deeply' };
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : { at: [], message: 'must be a finite number' };
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const p = problemAt(value[i], depth + 1);
          if (p !== null) return within(String(i), p);
        }
        return null;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return { at: [], message: 'must be a plain JSON object' };
      for (const k in value) {
        const p = problemAt((value as Record<string, unknown>)[k], depth + 1);
        if (p !== null) return within(k, p);
      }
      return null;
    }
    default:
      return { at: [], message: `must be a JSON value, not ${typeof value}` };
  }
}

function within(key: string, p: Problem): Problem {
  p.at.unshift(key);
  return p;
}

/** A plain JSON object (not null, not an array), or the problem. */
export function jsonObjectProblem(value: unknown, path: string): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: must be a JSON object`;
  return jsonProblem(value, path);
}
