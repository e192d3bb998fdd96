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

  it('answers 404 outside /mcp', async () => {
    const res = await fetch(http.url.replace('/mcp', '/other'));
    expect(res.status).toBe(404);
  });
});
