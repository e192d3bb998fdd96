import type { z } from 'zod';
import type { CheckName } from '../types';

/** One problem found in the input: where it is (`plan[0].args.amount`) and what is wrong. */
export interface InputIssue {
  /** Check name to report it under: `amount`, `asset`, `to_asset`, `plan`, or `input:<path>`. */
  readonly name: CheckName;
  readonly path: string;
  readonly message: string;
  /** Plan step the issue belongs to, or null for the context, the policy or the plan as a whole. */
  readonly step: number | null;
}

/** Why some input could not be used: always fail-closed, never thrown. */
export interface VerifierError {
  readonly kind: 'invalid_input';
  readonly issues: readonly InputIssue[];
}

/** Writes a zod path as `root.key[0].key`. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), root);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Turns zod issues into input issues under a root name (`context`, `policy`, `plan`). */
export function fromZod(root: string, error: z.ZodError): VerifierError {
  const issues = error.issues.map((issue): InputIssue => {
    const path = formatPath(root, issue.path);
    const step = root === 'plan' && typeof issue.path[0] === 'number' ? issue.path[0] : null;
    return { name: `input:${path}`, path, message: issue.message, step };
  });
  // Sorted (step, then path) so the report does not depend on the key order of the input objects.
  issues.sort((a, b) => (a.step ?? -1) - (b.step ?? -1) || compareText(a.path, b.path) || compareText(a.message, b.message));
  return { kind: 'invalid_input', issues };
}
