#!/usr/bin/env node
// Bin entry: `micro-lm-mcp` (stdio) or `micro-lm-mcp --http [port]` (Streamable HTTP on 127.0.0.1, POST /mcp).
// From the repo root without a build: node --import tsx apps/mcp/src/main.ts
import { startMcpHttpServer } from './http';
import { startMcpServer } from './server';

const HELP = `micro-lm mcp — Model Context Protocol server (tools: defi_plan, defi_guard, arc_apply, arc_solve, replay)

Usage: micro-lm mcp            serve over stdio (what MCP clients spawn)
       micro-lm mcp --http [port]   Streamable HTTP on 127.0.0.1 (default port 8765), POST /mcp`;

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP + '\n');
    return;
  }
  const i = argv.indexOf('--http');
  if (i < 0) {
    await startMcpServer();
    return;
  }
  const raw = argv[i + 1];
  const port = raw === undefined ? 8765 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--http: not a port: ${raw}`);
  const http = await startMcpHttpServer({ port });
  process.stderr.write(`micro-lm mcp: listening on ${http.url}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`micro-lm mcp: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
