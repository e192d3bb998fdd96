import * as E from 'fp-ts/Either';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { oneLine, UsageError } from './errors';

/**
 * An option that takes a FILE or inline JSON: text starting with `{` or `[` is parsed as JSON, anything
 * else is a path. Left: a one-line message naming the option.
 */
export function readJsonArg(option: string, value: string): E.Either<string, unknown> {
  const trimmed = value.trimStart();
  const inline = trimmed.startsWith('{') || trimmed.startsWith('[');
  let text: string;
  if (inline) text = value;
  else {
    try {
      text = readFileSync(resolve(value), 'utf8');
    } catch (err) {
      return E.left(`${option}: cannot read ${value} (${oneLine(err)})`);
    }
  }
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (err) {
    return E.left(`${option}: ${inline ? 'inline value' : value} is not valid JSON (${oneLine(err)})`);
  }
}

/** `readJsonArg` for command actions: a usage error on Left. */
export function jsonArg(option: string, value: string | undefined): unknown {
  if (value === undefined) return undefined;
  const r = readJsonArg(option, value);
  if (E.isLeft(r)) throw new UsageError(r.left);
  return r.right;
}

/** Read a text file (or stdin for "-") or throw a usage error. */
export function readText(path: string, what: string): string {
  try {
    return readFileSync(path === '-' ? 0 : resolve(path), 'utf8');
  } catch (err) {
    throw new UsageError(`${what}: cannot read ${path} (${oneLine(err)})`);
  }
}

/** The workspace root (the folder holding pnpm-workspace.yaml above this file), or undefined when installed elsewhere. */
export function workspaceRoot(): string | undefined {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Write to stdout (the only writer of stdout in the CLI). */
export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

/** Write a line to stderr. */
export function note(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}

/**
 * `--model-dir` for sbert runs: the DeFi sbert domain reads MICRO_LM_MODEL_DIR when it loads, so the option
 * sets it for this process. A usage error without `--backend sbert` (it would silently do nothing).
 */
export function applyModelDir(opts: { readonly backend?: string; readonly modelDir?: string }): void {
  if (opts.modelDir === undefined) return;
  if (opts.backend !== 'sbert') throw new UsageError('--model-dir needs --backend sbert');
  if (!existsSync(opts.modelDir)) throw new UsageError(`--model-dir: no such directory ${opts.modelDir}`);
  process.env.MICRO_LM_MODEL_DIR = resolve(opts.modelDir);
}
