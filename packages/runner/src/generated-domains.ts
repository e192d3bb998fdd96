import { registerDomain, type DomainAdapter } from './registry';
import type { Backend } from './types';

// Domains scaffolded by `nx g @micro-lm/tools:domain-adapter`. Like the built-ins they register by name only:
// the package (and its model) loads on the first request for that domain. Each factory's result is typed as
// DomainAdapter here, so a contract drift in a generated package fails the runner's build.

/**
 * The full exports object of a dynamically imported CommonJS package: native import() yields
 * { default: module.exports, ...names }, transpilers that turn import() into require() yield module.exports.
 */
export function exportsOf<T>(m: { readonly default: T }): T {
  return (m as { readonly default?: T }).default ?? (m as unknown as T);
}

/** Loads one generated domain's adapter. */
type Loader = (backend: Backend) => Promise<DomainAdapter>;

/** The generated domains, in the order they were generated: [runMicro name, loader]. */
const GENERATED: readonly (readonly [string, Loader])[] = [
  ['wallet', async (backend) => exportsOf(await import('@micro-lm/adapters-wallet')).createWalletDomain({ backend })],
  // <generated-domain-entries> (nx g @micro-lm/tools:domain-adapter inserts entries above this line)
];

/** Register every generated domain (wordmap backend; context and policy inputs; idempotent). */
export function registerGeneratedDomains(): void {
  for (const [name, load] of GENERATED) registerDomain({ name, backends: ['wordmap'], inputs: ['context', 'policy'], load });
}
