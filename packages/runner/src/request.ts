import * as E from 'fp-ts/Either';
import { z } from 'zod';
import { jsonObjectProblem, jsonProblem } from './json-check';
import type { Backend, JsonObject, JsonValue, MicroRequest, Rails } from './types';

/** Longest prompt accepted, in UTF-8 bytes. */
export const MAX_PROMPT_BYTES = 65_536;
/** Smallest trace length accepted. */
export const MIN_T = 8;
/** Largest trace length accepted. */
export const MAX_T = 1024;
/** Default rails (DESIGN §3). */
export const DEFAULT_RAILS: Rails = 'stage11';
/** Default trace length (DESIGN §3). */
export const DEFAULT_T = 128;
/** Default encoder backend (DESIGN §3). */
export const DEFAULT_BACKEND: Backend = 'wordmap';

/** Every rails value. */
export const RAILS: readonly Rails[] = ['stage10', 'stage11'];
/** Every backend value. */
export const BACKENDS: readonly Backend[] = ['wordmap', 'sbert'];

/** The optional per-request inputs a domain may accept. */
export type DomainInputField = 'context' | 'policy' | 'grid';

// Strict: a misspelt key ("polcy") must not silently drop the caller's policy.
const requestSchema = z.strictObject({
  domain: z.string(),
  prompt: z.string(),
  // Deep JSON checks of these run after the envelope (jsonProblem): cheaper than a recursive schema.
  context: z.unknown().optional(),
  policy: z.unknown().optional(),
  grid: z.unknown().optional(),
  rails: z.enum(['stage10', 'stage11']).optional(),
  T: z.number().int().min(MIN_T).max(MAX_T).optional(),
  backend: z.enum(['wordmap', 'sbert']).optional(),
  // Ask the adapter for its full evidence (per-primitive traces) in artifacts: larger results, same decision.
  explain: z.boolean().optional(),
});

/** What request validation needs to know about a domain without loading its model. */
export interface DomainShape {
  readonly backends: readonly Backend[];
  readonly inputs: readonly DomainInputField[];
}

/**
 * Validate an untrusted request and apply the defaults. `lookup` answers which domains exist and what they
 * accept. Left: one human-readable message per problem (`path: message`).
 */
export function parseRequest(
  raw: unknown,
  lookup: (domain: string) => DomainShape | undefined,
): E.Either<readonly string[], MicroRequest> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return E.left(parsed.error.issues.map(formatIssue));
  const r = parsed.data;
  const errors: string[] = [];
  for (const field of ['context', 'policy'] as const) {
    const problem = r[field] === undefined ? null : jsonObjectProblem(r[field], field);
    if (problem !== null) errors.push(problem);
  }
  const gridProblem = r.grid === undefined ? null : jsonProblem(r.grid, 'grid');
  if (gridProblem !== null) errors.push(gridProblem);
  if (r.prompt.trim().length === 0) errors.push('prompt: must not be empty');
  else if (Buffer.byteLength(r.prompt, 'utf8') > MAX_PROMPT_BYTES)
    errors.push(`prompt: longer than ${MAX_PROMPT_BYTES} bytes`);
  const shape = lookup(r.domain);
  const backend = r.backend ?? DEFAULT_BACKEND;
  if (shape === undefined) errors.push(`domain: unknown domain ${JSON.stringify(r.domain)}`);
  else {
    if (!shape.backends.includes(backend))
      errors.push(`backend: domain ${r.domain} supports ${shape.backends.join('|')}, not ${backend}`);
    for (const field of ['context', 'policy', 'grid'] as const)
      if (r[field] !== undefined && !shape.inputs.includes(field))
        errors.push(`${field}: not an input of domain ${r.domain}`);
  }
  if (errors.length > 0) return E.left(errors);
  // Built key by key (no conditional spreads on the hot path); key order does not matter to the canonical hash.
  const req: { -readonly [K in keyof MicroRequest]: MicroRequest[K] } = { domain: r.domain, prompt: r.prompt, rails: r.rails ?? DEFAULT_RAILS, T: r.T ?? DEFAULT_T, backend };
  if (r.context !== undefined) req.context = r.context as JsonObject;
  if (r.policy !== undefined) req.policy = r.policy as JsonObject;
  if (r.grid !== undefined) req.grid = r.grid as JsonValue;
  // Only present when asked for, so requests without it hash exactly as before.
  if (r.explain === true) req.explain = true;
  return E.right(req);
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : 'request';
  return `${path}: ${issue.message}`;
}
