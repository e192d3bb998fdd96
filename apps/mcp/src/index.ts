/**
 * @micro-lm/mcp — micro-lm as Model Context Protocol tools (defi_plan, defi_guard, arc_apply, arc_solve, replay).
 */
export { createMcpServer, startMcpServer, SERVER_INFO, TOOL_NAMES } from './server';
export { startMcpHttpServer, type McpHttpOptions, type McpHttpServer } from './http';
