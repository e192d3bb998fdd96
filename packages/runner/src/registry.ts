import * as E from 'fp-ts/Either';
import type { DomainInputField, DomainShape } from './request';
import type { AdapterOutcome, Backend, JsonObject, JsonValue, Rails } from './types';

/** What the runner hands a domain adapter for one prompt (only the inputs the request carried). */
export interface DomainInput {
  readonly prompt: string;
  readonly context?: JsonObject;
  readonly policy?: JsonObject;
  readonly grid?: JsonValue;
  readonly rails: Rails;
  readonly T: number;
  /** The caller wants the full evidence (traces) in artifacts. */
  readonly explain?: boolean;
}

/** A loaded domain: one model, one backend; `run` is deterministic. */
export interface DomainAdapter {
  readonly domain: string;
  /** sha256 of the model artifact; goes into `audit.model_sha256`. */
  readonly modelSha256: string;
  /** Thresholds and settings to record in `audit.config` (JSON values). */
  readonly config?: Readonly<Record<string, unknown>>;
  run(input: DomainInput): AdapterOutcome | Promise<AdapterOutcome>;
}

/** A registered domain: what it accepts (checked before any model loads) and how to load it. */
export interface DomainDescriptor extends DomainShape {
  readonly name: string;
  readonly backends: readonly Backend[];
  readonly inputs: readonly DomainInputField[];
  /** Loads the adapter for one backend; called at most once per (domain, backend) per process. */
  load(backend: Backend): DomainAdapter | Promise<DomainAdapter>;
}

const descriptors = new Map<string, DomainDescriptor>();
const loaded = new Map<string, Promise<E.Either<string, DomainAdapter>>>();

/** Register (or replace) a domain. Replacing drops the previously loaded adapters of that name. */
export function registerDomain(descriptor: DomainDescriptor): void {
  descriptors.set(descriptor.name, descriptor);
  forget(descriptor.name);
}

/** Remove a domain (tests, embedders that want only their own domains). */
export function unregisterDomain(name: string): boolean {
  forget(name);
  return descriptors.delete(name);
}

function forget(name: string): void {
  for (const key of [...loaded.keys()]) if (key.startsWith(name + '\u0000')) loaded.delete(key);
  for (const key of [...settled.keys()]) if (key.startsWith(name + '\u0000')) settled.delete(key);
}

/** The descriptor of a registered domain, without loading it. */
export function getDomain(name: string): DomainDescriptor | undefined {
  return descriptors.get(name);
}

/** Names of the registered domains, sorted. */
export function listDomains(): string[] {
  return [...descriptors.keys()].sort();
}

/**
 * The loaded adapter for (domain, backend), loading it on first use and caching it for the process.
 * Left: the domain is unknown or its model failed to load (the failure is cached too: a broken model file
 * does not get re-read on every call).
 */
export function loadDomain(name: string, backend: Backend): Promise<E.Either<string, DomainAdapter>> {
  const key = name + '\u0000' + backend;
  const hit = loaded.get(key);
  if (hit !== undefined) return hit;
  const descriptor = descriptors.get(name);
  if (descriptor === undefined) return Promise.resolve(E.left(`unknown domain ${JSON.stringify(name)}`));
  const pending = (async (): Promise<E.Either<string, DomainAdapter>> => {
    try {
      const adapter = await descriptor.load(backend);
      return E.right(adapter);
    } catch (err) {
      return E.left(`cannot load domain ${name} (${backend}): ${oneLine(err)}`);
    }
  })();
  loaded.set(key, pending);
  // Remember the settled value too, so the hot path need not wait a tick for an adapter loaded long ago.
  void pending.then((r) => {
    if (loaded.get(key) === pending) settled.set(key, r);
  });
  return pending;
}

const settled = new Map<string, E.Either<string, DomainAdapter>>();

/** The adapter for (domain, backend) if its load has already finished, else undefined (then use loadDomain). */
export function loadedDomain(name: string, backend: Backend): E.Either<string, DomainAdapter> | undefined {
  return settled.get(name + '\u0000' + backend);
}

/** A thrown value as one line of text. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s+/g, ' ').trim();
}
