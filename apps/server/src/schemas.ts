/**
 * JSON Schemas of every request and response body. Fastify validates requests with them; responses are checked
 * with ajv before they leave (see `response-check.ts`); `/openapi.json` is built from the same objects.
 */
const json = {}; // any JSON value

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  required: ['error', 'detail'],
  additionalProperties: false,
  properties: { error: { type: 'string' }, detail: { type: 'string' } },
} as const;

export const runRequestSchema = {
  $id: 'RunRequest',
  type: 'object',
  required: ['domain', 'prompt'],
  additionalProperties: false,
  properties: {
    domain: { type: 'string', minLength: 1, maxLength: 64 },
    prompt: { type: 'string', maxLength: 65536 },
    context: { type: 'object' },
    policy: { type: 'object' },
    grid: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
    backend: { type: 'string', enum: ['wordmap', 'sbert'] },
    rails: { type: 'string', enum: ['stage10', 'stage11'] },
    T: { type: 'integer', minimum: 8, maximum: 1024 },
    explain: { type: 'boolean', description: 'include the per-primitive traces in artifacts (the audit viewer asks for them)' },
  },
} as const;

const stepSchema = {
  type: 'object',
  required: ['primitive', 'args'],
  properties: { primitive: { type: 'string' }, args: { type: 'object' } },
} as const;

const checkSchema = {
  type: 'object',
  required: ['name', 'ok', 'value', 'limit'],
  properties: { name: { type: 'string' }, ok: { type: 'boolean' }, value: json, limit: json },
} as const;

export const microResultSchema = {
  $id: 'MicroResult',
  type: 'object',
  required: ['ok', 'decision', 'label', 'score', 'reason', 'plan', 'verify', 'artifacts', 'audit'],
  properties: {
    ok: { type: 'boolean' },
    decision: { type: 'string', enum: ['accept', 'abstain', 'block'] },
    label: { type: 'string' },
    score: { type: 'number', minimum: 0, maximum: 1 },
    reason: { type: 'string' },
    plan: { type: 'object', required: ['steps'], properties: { steps: { type: 'array', items: stepSchema } } },
    verify: {
      type: 'object',
      required: ['ok', 'reason', 'checks'],
      properties: { ok: { type: 'boolean' }, reason: { type: 'string' }, checks: { type: 'array', items: checkSchema } },
    },
    artifacts: { type: 'object' },
    audit: {
      type: 'object',
      required: ['version', 'input_sha256', 'model_sha256', 'config', 'hash'],
      properties: {
        version: { type: 'string' },
        input_sha256: { type: 'string' },
        model_sha256: { type: 'string' },
        config: { type: 'object' },
        hash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      },
    },
  },
} as const;

export const MAX_BATCH = 64;

export const batchRequestSchema = {
  $id: 'BatchRequest',
  type: 'array',
  minItems: 1,
  maxItems: MAX_BATCH,
  items: runRequestSchema,
} as const;

export const batchResponseSchema = { $id: 'BatchResponse', type: 'array', items: microResultSchema } as const;

export const replayResponseSchema = {
  $id: 'ReplayReport',
  type: 'object',
  required: ['identical', 'hashValid', 'reran', 'diff'],
  properties: {
    identical: { type: 'boolean' },
    hashValid: { type: 'boolean' },
    storedContentHash: { type: 'string' },
    reran: { type: 'boolean' },
    diff: { type: 'array' },
    recomputed: json,
  },
} as const;

const gridSchema = { type: 'array', minItems: 1, maxItems: 30, items: { type: 'array', minItems: 1, maxItems: 30, items: { type: 'integer', minimum: 0, maximum: 9 } } } as const;

export const solveRequestSchema = {
  $id: 'SolveRequest',
  type: 'object',
  required: ['task'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 128 },
    budget_ms: { type: 'integer', minimum: 1, maximum: 10000 },
    task: {
      type: 'object',
      required: ['train', 'test'],
      properties: {
        train: { type: 'array', minItems: 1, maxItems: 20, items: { type: 'object', required: ['input', 'output'], properties: { input: gridSchema, output: gridSchema } } },
        test: { type: 'array', minItems: 1, maxItems: 10, items: { type: 'object', required: ['input'], properties: { input: gridSchema, output: gridSchema } } },
      },
    },
  },
} as const;

export const solveResponseSchema = {
  $id: 'SolveResponse',
  type: 'object',
  required: ['id', 'decision', 'program', 'predictions'],
  properties: {
    id: { type: ['string', 'null'] },
    decision: { type: 'string', enum: ['solved', 'abstain'] },
    reason: { type: 'string' },
    program: { type: ['array', 'null'], items: { type: 'string' } },
    predictions: { type: ['array', 'null'], items: gridSchema },
  },
} as const;

export const healthSchema = {
  $id: 'Health',
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string' }, domains: { type: 'array', items: { type: 'string' } } },
} as const;

export const guardVerdictSchema = {
  $id: 'GuardVerdict',
  type: 'object',
  required: ['ok', 'decision', 'reason', 'failed_step', 'checks', 'audit'],
  properties: {
    ok: { type: 'boolean' },
    decision: { type: 'string', enum: ['allow', 'block'] },
    reason: { type: 'string' },
    failed_step: { type: ['integer', 'null'] },
    checks: { type: 'array', items: { type: 'object', required: ['name', 'ok'] } },
    expected: json,
    audit: { type: 'object', required: ['input_sha256', 'hash'], properties: { input_sha256: { type: 'string' }, hash: { type: 'string', pattern: '^[0-9a-f]{64}$' } } },
  },
} as const;
