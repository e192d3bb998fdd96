import { registerGeneratedDomains } from './generated-domains';
import { arcPackage, defiPackage } from './packages';
import { registerDomain, type DomainAdapter } from './registry';

// The built-in domains are registered by name only: their packages (and models, and for sbert
// transformers.js) load on the first request for that domain, so a DeFi run never loads ARC code.
// The adapters are assigned to DomainAdapter here, so a contract drift in either package fails the build.

/** Register `defi` and `arc` (idempotent; done when the runner is first imported). */
export function registerBuiltinDomains(): void {
  registerGeneratedDomains();
  registerDomain({
    name: 'defi',
    backends: ['wordmap', 'sbert'],
    inputs: ['context', 'policy'],
    load: async (backend): Promise<DomainAdapter> => (await defiPackage()).createDefiDomain({ backend }),
  });
  registerDomain({
    name: 'arc',
    backends: ['wordmap'],
    inputs: ['grid'],
    load: async (backend): Promise<DomainAdapter> => {
      if (backend !== 'wordmap') throw new Error(`arc: no ${backend} backend`);
      return (await arcPackage()).createArcDomain({ backend });
    },
  });
}
