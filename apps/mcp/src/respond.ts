import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** A successful tool result: the value as JSON text (for any client) and as structured content. */
export function jsonResult(value: object): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value as Record<string, unknown> };
}

/** A tool error the calling model can read and act on: `isError: true` with a one-line message. */
export function toolError(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

/** First line of an error's message. */
export function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'unknown error';
}

/** Read-only, deterministic, closed-world: what every micro-lm tool is. */
export const PURE_TOOL = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;
