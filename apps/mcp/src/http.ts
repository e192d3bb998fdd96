import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createMcpServer } from './server';
import { oneLine } from './respond';

/** Where the Streamable HTTP endpoint listens. */
export interface McpHttpOptions {
  /** TCP port (0 = any free port). */
  readonly port?: number;
  /** Interface to bind; loopback by default, since the tools take wallet contexts. */
  readonly host?: string;
}

/** A running Streamable HTTP MCP endpoint. */
export interface McpHttpServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serve the same tools over MCP Streamable HTTP at `POST /mcp`, stateless: every request gets a fresh server and
 * transport (the tools keep no session state), and answers are plain JSON responses.
 */
export async function startMcpHttpServer(opts: McpHttpOptions = {}): Promise<McpHttpServer> {
  let allowedHosts: string[] = [];
  const http: Server = createServer((req, res) => {
    if (req.url !== '/mcp') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: the MCP endpoint is POST /mcp\n');
      return;
    }
    const server = createMcpServer();
    // DNS-rebinding protection: a web page that resolves its own name to 127.0.0.1 sends its own Host header.
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      enableDnsRebindingProtection: true,
      allowedHosts,
    });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    server
      .connect(transport)
      .then(() => transport.handleRequest(req, res))
      .catch((err: unknown) => {
        process.stderr.write(`micro-lm mcp http: ${oneLine(err)}\n`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error\n');
      });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = http.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  allowedHosts = [`${host}:${addr.port}`, `localhost:${addr.port}`];
  return {
    url: `http://${host}:${addr.port}/mcp`,
    close: () => new Promise<void>((resolve, reject) => http.close((e) => (e ? reject(e) : resolve()))),
  };
}
