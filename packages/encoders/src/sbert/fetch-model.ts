import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as E from 'fp-ts/Either';
import { DEFAULT_SBERT_MODEL, onnxFileFor, type SbertDtype } from './model-dir';

/** One file of a fetched model with its verified digest. */
export interface FetchedFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** True when the hub published a sha256 (LFS oid) for the file and it matched. */
  readonly verified: boolean;
}

/** What `micro-lm models fetch` writes next to the model as `micro-lm-manifest.json`. */
export interface FetchManifest {
  readonly model: string;
  readonly revision: string;
  readonly files: readonly FetchedFile[];
}

/** Options of `fetchModel`. */
export interface FetchOptions {
  readonly dir: string;
  readonly model?: string;
  readonly revision?: string;
  readonly dtypes?: readonly SbertDtype[];
  /** Hub base URL ending in '/'; defaults to transformers.js `env.remoteHost`. */
  readonly host?: string;
  /** Progress lines (stderr in the CLI). */
  readonly log?: (line: string) => void;
}

interface TreeEntry {
  readonly path: string;
  readonly type: string;
  readonly lfs?: { readonly oid: string };
}

async function defaultHost(): Promise<string> {
  const t = await import('@huggingface/transformers');
  return t.env.remoteHost;
}

async function listTree(host: string, model: string, revision: string, sub: string): Promise<TreeEntry[]> {
  const res = await fetch(`${host}api/models/${model}/tree/${revision}${sub ? '/' + sub : ''}`);
  if (!res.ok) throw new Error(`listing ${model}/${sub || '.'} failed: HTTP ${res.status}`);
  return (await res.json()) as TreeEntry[];
}

/**
 * Downloads a feature-extraction model (tokenizer, config, ONNX weights) into `dir`, checking each LFS file
 * against the sha256 the hub publishes; a mismatch writes nothing and fails. Needs network access.
 */
export async function fetchModel(opts: FetchOptions): Promise<E.Either<Error, FetchManifest>> {
  const model = opts.model ?? DEFAULT_SBERT_MODEL;
  const revision = opts.revision ?? 'main';
  const log = opts.log ?? (() => undefined);
  try {
    const host = opts.host ?? (await defaultHost());
    const tree = [...(await listTree(host, model, revision, '')), ...(await listTree(host, model, revision, 'onnx'))];
    const wanted = ['config.json', 'tokenizer.json', 'tokenizer_config.json', ...(opts.dtypes ?? ['q8']).map(onnxFileFor)];
    const blobs: { path: string; data: Uint8Array; file: FetchedFile }[] = [];
    for (const path of wanted) {
      const entry = tree.find((e) => e.path === path && e.type === 'file');
      if (!entry) throw new Error(`${model} has no ${path}`);
      log(`fetching ${model}/${path}`);
      const res = await fetch(`${host}${model}/resolve/${revision}/${path}`);
      if (!res.ok) throw new Error(`downloading ${path} failed: HTTP ${res.status}`);
      const data = new Uint8Array(await res.arrayBuffer());
      const sha256 = createHash('sha256').update(data).digest('hex');
      if (entry.lfs && entry.lfs.oid !== sha256) throw new Error(`sha256 mismatch for ${path}: got ${sha256}, hub says ${entry.lfs.oid}`);
      blobs.push({ path, data, file: { path, bytes: data.length, sha256, verified: entry.lfs !== undefined } });
    }
    for (const b of blobs) {
      mkdirSync(dirname(join(opts.dir, b.path)), { recursive: true });
      writeFileSync(join(opts.dir, b.path), b.data);
    }
    const manifest: FetchManifest = { model, revision, files: blobs.map((b) => b.file) };
    writeFileSync(join(opts.dir, 'micro-lm-manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    return E.right(manifest);
  } catch (e) {
    return E.left(e instanceof Error ? e : new Error(String(e)));
  }
}
