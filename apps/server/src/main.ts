#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { serve } from './serve';

const HELP = `micro-lm serve — HTTP API and audit viewer

Usage: micro-lm serve [--port 8787] [--host 127.0.0.1] [--workers 1] [--body-limit 65536] [--max-batch 64] [--budget-ms 5000]

Routes: POST /v1/run, /v1/batch, /v1/replay, /v1/arc/solve; GET /healthz, /readyz, /metrics, /openapi.json, / (viewer).
The server is stateless: run several with --workers N (node:cluster) or behind any load balancer.`;

function int(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`micro-lm serve: --${name} must be a non-negative integer, got ${JSON.stringify(v)}\n`);
    process.exit(2);
  }
  return n;
}

/** Parses the serve flags and starts the server. */
export async function main(argv: readonly string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' }, host: { type: 'string' }, workers: { type: 'string' },
        'body-limit': { type: 'string' }, 'max-batch': { type: 'string' }, 'budget-ms': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    process.stderr.write(`micro-lm serve: ${(e as Error).message}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return;
  }
  await serve({
    port: int('port', values.port, 8787),
    host: values.host ?? '127.0.0.1',
    workers: int('workers', values.workers, 1),
    bodyLimit: int('body-limit', values['body-limit'], 64 * 1024),
    maxBatch: int('max-batch', values['max-batch'], 64),
    timeBudgetMs: int('budget-ms', values['budget-ms'], 5000),
    log: (l) => process.stderr.write(l + '\n'),
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`micro-lm serve: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exit(1);
  });
}
