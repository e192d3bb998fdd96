import { registerDomain, type DomainAdapter } from './registry';
import type { Backend } from './types';

// Domains scaffolded by `nx g @micro-lm/tools:domain-adapter`. Like the built-ins they register by name only:
// the package (and its model) loads on the first request for that domain.

/** A generated domain: its runMicro name, its package and the factory that package exports. */
export interface GeneratedDomain {
  readonly name: string;
  readonly pkg: string;
  readonly factory: string;
}

/** Every generated domain, in the order it was generated. */
export const GENERATED_DOMAINS: readonly GeneratedDomain[] = [
  { name: 'wallet', pkg: '@micro-lm/adapters-wallet', factory: 'createWalletDomain' },
  // <generated-domain-entries> (nx g @micro-lm/tools:domain-adapter inserts entries above this line)
];

type Factory = (opts: { backend: Backend }) => DomainAdapter;

async function loadFactory(d: GeneratedDomain): Promise<Factory> {
  const mod = (await import(d.pkg)) as Record<string, unknown>;
  const fn = mod[d.factory] ?? (mod.default as Record<string, unknown> | undefined)?.[d.factory];
  if (typeof fn !== 'function') throw new Error(`${d.pkg} does not export ${d.factory}()`);
  return fn as Factory;
}

/** Register every generated domain (wordmap backend, optional context and policy; idempotent). */
export function registerGeneratedDomains(): void {
  for (const d of GENERATED_DOMAINS) {
    registerDomain({
      name: d.name,
      backends: ['wordmap'],
      inputs: ['context', 'policy'],
      load: async (backend) => (await loadFactory(d))({ backend }),
    });
  }
}
