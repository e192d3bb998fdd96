import cluster from 'node:cluster';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from './app';

/** Where and how to listen. */
export interface ListenOptions extends ServerOptions {
  readonly port?: number;
  readonly host?: string;
  /** Worker processes (node:cluster); 1 = serve in this process. */
  readonly workers?: number;
  /** Progress/log lines (stderr in the CLI). */
  readonly log?: (line: string) => void;
}

/** Starts one server in this process; SIGTERM/SIGINT close it after in-flight requests finish. */
export async function startServer(opts: ListenOptions = {}): Promise<FastifyInstance> {
  const app = await buildServer(opts);
  const address = await app.listen({ port: opts.port ?? 8787, host: opts.host ?? '127.0.0.1' });
  opts.log?.(`micro-lm server listening on ${address} (pid ${process.pid})`);
  const stop = (signal: string) => {
    opts.log?.(`${signal}: finishing in-flight requests (pid ${process.pid})`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return app;
}

/**
 * Serves with N worker processes sharing the port (the server is stateless, so any process can answer any request).
 * The primary forwards SIGTERM to the workers and exits when they have all finished.
 */
export async function serve(opts: ListenOptions = {}): Promise<void> {
  const workers = Math.max(1, Math.floor(opts.workers ?? 1));
  if (workers === 1 || !cluster.isPrimary) {
    await startServer(opts);
    return;
  }
  for (let i = 0; i < workers; i++) cluster.fork();
  let alive = workers;
  let stopping = false;
  cluster.on('exit', (w, code) => {
    alive--;
    if (!stopping) {
      opts.log?.(`worker ${w.process.pid} exited (${code}); starting another`);
      cluster.fork();
      alive++;
    } else if (alive === 0) process.exit(0);
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
