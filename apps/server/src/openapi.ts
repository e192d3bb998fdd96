import { GUARD_INPUT_JSON_SCHEMA } from '@micro-lm/runner';
import * as S from './schemas';

function strip<T extends object>(s: T): Omit<T, '$id'> {
  const { $id: _id, ...rest } = s as T & { $id?: string };
  return rest;
}

// OpenAPI 3.1 documents use JSON Schema 2020-12 already: drop the per-schema dialect marker.
function withoutDialect(s: object): object {
  const { $schema: _d, ...rest } = s as { $schema?: string };
  return rest;
}

const body = (schema: object) => ({ required: true, content: { 'application/json': { schema } } });
const ok = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const errors = {
  '400': ok({ $ref: '#/components/schemas/Error' }, 'Malformed request (bad JSON, wrong types, too many items)'),
  '413': ok({ $ref: '#/components/schemas/Error' }, 'Body larger than the limit'),
  '503': ok({ $ref: '#/components/schemas/Error' }, 'Time budget exceeded or not ready'),
};

/** The OpenAPI 3.1 document served at /openapi.json, built from the same schemas the server validates with. */
export function openApiDocument(version: string, limits: { bodyLimit: number; maxBatch: number }): object {
  const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });
  return {
    openapi: '3.1.0',
    info: {
      title: 'micro-lm sidecar API',
      version,
      description: `Deterministic, auditable reasoning sidecar. Body limit ${limits.bodyLimit} bytes; batches up to ${limits.maxBatch} items.`,
    },
    paths: {
      '/v1/run': { post: { summary: 'Run one prompt: accept, abstain or block, with an audit record', requestBody: body(ref('RunRequest')), responses: { '200': ok(ref('MicroResult')), ...errors } } },
      '/v1/batch': { post: { summary: 'Run several prompts; results in input order', requestBody: body(ref('BatchRequest')), responses: { '200': ok(ref('BatchResponse')), ...errors } } },
      '/v1/replay': { post: { summary: 'Re-run a stored result and compare it field for field', requestBody: body(ref('MicroResult')), responses: { '200': ok(ref('ReplayReport')), ...errors } } },
      '/v1/arc/solve': { post: { summary: 'Solve an ARC task from its train pairs, or abstain', requestBody: body(ref('SolveRequest')), responses: { '200': ok(ref('SolveResponse')), ...errors } } },
      '/v1/guard': { post: { summary: 'Guard a plan an LLM proposed: verify it and check it matches the user prompt', requestBody: body(ref('GuardInput')), responses: { '200': ok(ref('GuardVerdict')), ...errors } } },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': ok(ref('Health')) } } },
      '/readyz': { get: { summary: 'Readiness: models loaded', responses: { '200': ok(ref('Health')), '503': ok(ref('Health'), 'Not ready') } } },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { '200': { description: 'text/plain; version=0.0.4' } } } },
    },
    components: {
      schemas: {
        Error: strip(S.errorSchema),
        RunRequest: strip(S.runRequestSchema),
        MicroResult: strip(S.microResultSchema),
        BatchRequest: { ...strip(S.batchRequestSchema), items: ref('RunRequest') },
        BatchResponse: { ...strip(S.batchResponseSchema), items: ref('MicroResult') },
        ReplayReport: strip(S.replayResponseSchema),
        SolveRequest: strip(S.solveRequestSchema),
        SolveResponse: strip(S.solveResponseSchema),
        Health: strip(S.healthSchema),
        GuardInput: withoutDialect(GUARD_INPUT_JSON_SCHEMA),
        GuardVerdict: strip(S.guardVerdictSchema),
      },
    },
  };
}
