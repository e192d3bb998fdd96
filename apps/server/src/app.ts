import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import * as E from 'fp-ts/Either';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arcPackage, guardE, listDomains, loadDomain, parseGuardInput, replayE, runMicroE, type MicroResult } from '@micro-lm/runner';
import { Metrics } from './metrics';
import { openApiDocument } from './openapi';
import { ResponseCheck } from './response-check';
import * as S from './schemas';

/** Server settings (all have defaults). */
export interface ServerOptions {
  /** Largest accepted request body in bytes (default 64 kB). */
  readonly bodyLimit?: number;
  /** Most items in one /v1/batch call (default 64). */
  readonly maxBatch?: number;
  /** Per-request time budget in ms (default 5000): past it the request answers 503. */
  readonly timeBudgetMs?: number;
  /** Domains whose models load at start (default: every registered domain, wordmap backend). */
  readonly preload?: readonly string[];
  /** Fastify logger on/off (default off). */
  readonly logger?: boolean;
}

const VERSION = '0.1.0';
const PAGE_DIR = join(__dirname, '..', 'page');
const ASSETS: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

class BudgetExceeded extends Error {}

function withBudget<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceeded(`time budget of ${ms} ms exceeded`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

function sendError(reply: FastifyReply, status: number, error: string, detail: string): FastifyReply {
  return reply.code(status).type('application/json').send({ error, detail });
}

/** Builds the HTTP API and the audit-viewer page on a fresh Fastify instance (not listening yet). */
export async function buildServer(opts: ServerOptions = {}): Promise<FastifyInstance> {
  const bodyLimit = opts.bodyLimit ?? 64 * 1024;
  const maxBatch = opts.maxBatch ?? S.MAX_BATCH;
  const budget = opts.timeBudgetMs ?? 5000;
  const metrics = new Metrics();
  const check = new ResponseCheck();
  const page = Object.fromEntries(Object.keys(ASSETS).map((f) => [f, readFileSync(join(PAGE_DIR, f))]));
  let ready = false;

  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit,
    return503OnClosing: true,
    ajv: { customOptions: { allErrors: false, coerceTypes: false, removeAdditional: false, useDefaults: false } },
  });
  app.addSchema(S.runRequestSchema);

  // Parse JSON ourselves so a malformed body is a plain 400 on a kept-alive connection: when Fastify's own parser
  // fails it closes the connection, and clients sending bad JSON in a loop would pay a reconnect each time.
  // The body has been read in full (parseAs string), so keeping the connection is safe.
  const INVALID_JSON = Symbol('invalid-json');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, { [INVALID_JSON]: true });
    try {
      done(null, JSON.parse(text));
    } catch {
      done(null, { [INVALID_JSON]: true });
    }
  });
  app.addHook('preValidation', async (req, reply) => {
    const b = req.body as Record<symbol, unknown> | undefined;
    if (typeof b === 'object' && b !== null && b[INVALID_JSON] === true) return sendError(reply, 400, 'invalid_json', 'the body is not valid JSON');
  });

  app.addHook('onRequest', async (req) => {
    (req as FastifyRequest & { t0?: bigint }).t0 = process.hrtime.bigint();
  });
  app.addHook('onResponse', async (req, reply) => {
    const t0 = (req as FastifyRequest & { t0?: bigint }).t0;
    const s = t0 === undefined ? 0 : Number(process.hrtime.bigint() - t0) / 1e9;
    metrics.request(req.routeOptions.url ?? 'unmatched', reply.statusCode, s);
  });

  // Every failure is a JSON `{error, detail}` without a stack trace.
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err.validation) return sendError(reply, 400, 'bad_request', `${err.validationContext ?? 'body'}${err.message.replace(/^body/, '')}`);
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, 'payload_too_large', `body larger than ${bodyLimit} bytes`);
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendError(reply, 415, 'unsupported_media_type', 'send application/json');
    if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
      return sendError(reply, 400, 'invalid_json', 'the body is not valid JSON');
    if (err instanceof BudgetExceeded) return sendError(reply, 503, 'timeout', err.message);
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500)
      return sendError(reply, err.statusCode, 'bad_request', err.message.split('\n')[0]);
    return sendError(reply, 500, 'internal_error', err.message.split('\n')[0]);
  });
  app.setNotFoundHandler((req, reply) => sendError(reply, 404, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}`));

  const respond = (reply: FastifyReply, v: typeof check.result, body: unknown): FastifyReply => {
    const why = ResponseCheck.why(v, body);
    if (why) return sendError(reply, 500, 'internal_error', `response failed its schema: ${why}`);
    return reply.type('application/json').send(body);
  };
  const count = (domain: string, r: MicroResult) => metrics.decision(domain, r.decision, r.reason);

  app.post('/v1/run', { schema: { body: { $ref: 'RunRequest#' } } }, async (req, reply) => {
    const body = req.body as { domain: string };
    const r = await withBudget(runMicroE(req.body), budget);
    if (E.isLeft(r)) return sendError(reply, 500, 'internal_error', r.left.message);
    count(body.domain, r.right);
    return respond(reply, check.result, r.right);
  });

  app.post('/v1/batch', { schema: { body: { type: 'array', minItems: 1, maxItems: maxBatch, items: { $ref: 'RunRequest#' } } } }, async (req, reply) => {
    const items = req.body as { domain: string }[];
    const out: MicroResult[] = [];
    const run = async () => {
      for (const item of items) {
        const r = await runMicroE(item);
        if (E.isLeft(r)) throw new Error(r.left.message);
        count(item.domain, r.right);
        out.push(r.right);
      }
    };
    await withBudget(run(), budget);
    return respond(reply, check.batch, out);
  });

  app.post('/v1/replay', { schema: { body: { type: 'object', required: ['audit'] } } }, async (req, reply) => {
    const r = await withBudget(replayE(req.body), budget);
    if (E.isLeft(r)) {
      const msg = typeof r.left === 'string' ? r.left : r.left.message;
      return typeof r.left === 'string' ? sendError(reply, 400, 'bad_request', msg) : sendError(reply, 500, 'internal_error', msg);
    }
    return respond(reply, check.replay, JSON.parse(JSON.stringify(r.right)));
  });

  app.post('/v1/arc/solve', { schema: { body: S.solveRequestSchema } }, async (req, reply) => {
    const body = req.body as { id?: string; budget_ms?: number; task: unknown };
    const arc = await arcPackage();
    const task = arc.parseTask(body.task, body.id ?? 'task');
    if (E.isLeft(task)) return sendError(reply, 400, 'bad_request', task.left.message);
    const res = arc.solveTask(task.right, { budgetMs: Math.min(body.budget_ms ?? 2000, budget) });
    metrics.decision('arc-solve', res.decision, res.reason);
    return respond(reply, check.solve, {
      id: body.id ?? null,
      decision: res.decision,
      reason: res.reason,
      program: res.program ? [...res.program] : null,
      predictions: res.predictions ? res.predictions.map(arc.gridToJSON) : null,
    });
  });

  // The pre-execution guard for non-MCP agents: checks a plan an LLM proposed, and that it matches the user's words.
  app.post('/v1/guard', { schema: { body: { type: 'object' } } }, async (req, reply) => {
    const parsed = parseGuardInput(req.body);
    if (E.isLeft(parsed)) return sendError(reply, 400, 'bad_request', parsed.left.join('; '));
    const r = await withBudget(guardE(req.body), budget);
    if (E.isLeft(r)) return sendError(reply, 500, 'internal_error', r.left.message);
    metrics.decision('defi-guard', r.right.decision, r.right.reason);
    return respond(reply, check.guard, r.right);
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) =>
    reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'loading', domains: [...listDomains()] }),
  );
  app.get('/metrics', async (_req, reply) => reply.type('text/plain; version=0.0.4').send(metrics.render()));
  app.get('/openapi.json', async () => openApiDocument(VERSION, { bodyLimit, maxBatch }));
  app.get('/', async (_req, reply) => reply.type(ASSETS['index.html']).send(page['index.html']));
  app.get('/assets/:file', async (req, reply) => {
    const file = (req.params as { file: string }).file;
    if (!(file in ASSETS)) return sendError(reply, 404, 'not_found', `no asset ${file}`);
    return reply.type(ASSETS[file]).send(page[file]);
  });

  // Models load once, at start; /readyz says when.
  for (const d of opts.preload ?? listDomains()) {
    const a = await loadDomain(d, 'wordmap');
    if (E.isLeft(a)) throw new Error(`cannot load domain ${d}: ${a.left}`);
  }
  ready = true;
  return app;
}
