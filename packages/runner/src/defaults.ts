import { registerDomain, type DomainAdapter } from './registry';
import type { Backend } from './types';

// The built-in domains are registered by name only: their packages (and models, and for sbert
// transformers.js) load on the first request for that domain, so a DeFi run never loads ARC code.

type Factory = (opts: { backend: Backend }) => DomainAdapter;

async function factory(pkg: string, exportName: string): Promise<Factory> {
  const mod = (await import(pkg)) as Record<string, unknown>;
  const fn = mod[exportName] ?? (mod.default as Record<string, unknown> | undefined)?.[exportName];
  if (typeof fn !== 'function') throw new Error(`${pkg} does not export ${exportName}()`);
  return fn as Factory;
}

/** Register `defi` and `arc` (idempotent; done when the runner is first imported). */
export function registerBuiltinDomains(): void {
  registerDomain({
    name: 'defi',
    backends: ['wordmap', 'sbert'],
    inputs: ['context', 'policy'],
    load: async (backend) => (await factory('@micro-lm/adapters-defi', 'createDefiDomain'))({ backend }),
  });
  registerDomain({
    name: 'arc',
    backends: ['wordmap'],
    inputs: ['grid'],
    load: async (backend) => (await factory('@micro-lm/adapters-arc', 'createArcDomain'))({ backend }),
  });
}
