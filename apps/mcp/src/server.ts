import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { registerArc } from './tools/arc';
import { registerDefiGuard } from './tools/defi-guard';
import { registerDefiPlan } from './tools/defi-plan';
import { registerReplay } from './tools/replay';

/** Server name and version announced to MCP clients. */
export const SERVER_INFO = { name: 'micro-lm', version: '0.1.0' } as const;

/** The tools, in the order `tools/list` returns them. */
export const TOOL_NAMES = ['defi_plan', 'defi_guard', 'arc_apply', 'arc_solve', 'replay'] as const;

const INSTRUCTIONS = `micro-lm is a small deterministic sidecar that decides what may be executed.
Before executing any DeFi action, call defi_guard with the steps you will execute and the user's words; execute only on decision "allow".
Use defi_plan to turn a user's DeFi request into a verified plan, arc_apply / arc_solve for grid tasks, replay to re-check a stored result.
"abstain" means: not an executable request or not sure enough. "block" means: refused by a check. In both cases execute nothing.`;

/** An MCP server with micro-lm's tools registered, not yet connected to a transport. */
export function createMcpServer(): McpServer {
  const server = new McpServer(SERVER_INFO, { instructions: INSTRUCTIONS });
  registerDefiPlan(server);
  registerDefiGuard(server);
  registerArc(server);
  registerReplay(server);
  return server;
}

/** Start the MCP server on stdio (stdout carries protocol messages only; diagnostics go to stderr). */
export async function startMcpServer(): Promise<McpServer> {
  const server = createMcpServer();
  await server.connect(new StdioServerTransport());
  return server;
}
