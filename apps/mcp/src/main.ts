#!/usr/bin/env node
// Bin entry: `micro-lm-mcp` (and `node --import tsx apps/mcp/src/main.ts` from the repo root, no build needed).
import { startMcpServer } from './server';

startMcpServer().catch((err: unknown) => {
  process.stderr.write(`micro-lm mcp: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
