import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';

/** A started server on an ephemeral loopback port, and a JSON client for it. */
export interface Live {
  readonly app: FastifyInstance;
  readonly base: string;
  call(method: string, path: string, body?: unknown, raw?: string): Promise<{ status: number; type: string; json: unknown; text: string}>;
}

/** Listens on 127.0.0.1:0 and returns a tiny client (real HTTP, no injection). */
export async function listen(app: FastifyInstance): Promise<Live> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    app,
    base,
    async call(method, path, body, raw) {
      const res = await fetch(base + path, {
        method,
        headers: body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {},
        body: raw ?? (body !== undefined ? JSON.stringify(body) : undefined),
      });
      const text = await res.text();
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      return { status: res.status, type: res.headers.get('content-type') ?? '', json, text };
    },
  };
}
