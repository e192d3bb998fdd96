import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { startMcpHttpServer, type McpHttpServer } from './http';
import { TOOL_NAMES } from './server';

// The same tools over Streamable HTTP, in process (the guard and arc_solve need no trained model).
let http: McpHttpServer;
beforeAll(async () => {
  http = await startMcpHttpServer();
});
afterAll(async () => {
  await http.close();
});

describe('Streamable HTTP transport', () => {
  it('binds to loopback and serves tools/list and tool calls, errors included', async () => {
    expect(http.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const client = new Client({ name: 'http-spec', version: '0.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(http.url)));
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual([...TOOL_NAMES]);
    const context = { now: 100, prices: { ETH: 2000, USDC: 1 }, oracle: { updated_at: 90 }, account: { balances: { ETH: 2 } } };
    const proposed = { primitive: 'swap_asset', args: { amount: 3, amount_kind: 'exact', asset: 'ETH', to_asset: 'USDC' } };
    const blocked = (await client.callTool({ name: 'defi_guard', arguments: { proposed, context } })) as CallToolResult;
    expect(blocked.structuredContent).toMatchObject({ ok: false, decision: 'block', reason: 'insufficient_balance', failed_step: 0 });
    const bad = (await client.callTool({ name: 'defi_guard', arguments: { proposed } })) as CallToolResult;
    expect(bad.isError).toBe(true);
    expect((bad.content[0] as { text: string }).text).toMatch(/context/);
    await client.close();
  });

  it('refuses a foreign Host header (DNS rebinding) and accepts its own', async () => {
    const { request } = await import('node:http');
    const url = new URL(http.url);
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
    const post = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const headers = { host, 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
        const req = request({ host: url.hostname, port: url.port, path: '/mcp', method: 'POST', headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(body);
      });
    expect(await post(`evil.example:${url.port}`)).toBe(403);
    expect(await post(`127.0.0.1:${url.port}`)).toBe(200);
    expect(await post(`localhost:${url.port}`)).toBe(200);
  });

  it('answers 404 outside /mcp', async () => {
    const res = await fetch(http.url.replace('/mcp', '/other'));
    expect(res.status).toBe(404);
  });
});
