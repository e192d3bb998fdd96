// Text edits of the files that list domains or package names. Each is idempotent: applying it twice changes
// nothing, so re-running the generator over a half-registered domain repairs it instead of duplicating lines.

/** One generated domain as listed in packages/runner/src/generated-domains.ts. */
export interface GeneratedDomainEntry {
  readonly name: string;
  readonly pkg: string;
  readonly factory: string;
}

/** Marker line the generator inserts new entries above. */
export const ENTRY_MARKER = '  // <generated-domain-entries> (nx g @micro-lm/tools:domain-adapter inserts entries above this line)';

/** The runner file that registers generated domains, as first written (no entries yet). */
export function generatedDomainsFile(): string {
  return `import { registerDomain, type DomainAdapter } from './registry';
import type { Backend } from './types';

// Domains scaffolded by \`nx g @micro-lm/tools:domain-adapter\`. Like the built-ins they register by name only:
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
${ENTRY_MARKER}
];

/** Register every generated domain (wordmap backend; context and policy inputs; idempotent). */
export function registerGeneratedDomains(): void {
  for (const [name, load] of GENERATED) registerDomain({ name, backends: ['wordmap'], inputs: ['context', 'policy'], load });
}
`;
}

/** Add one domain's entry to generated-domains.ts (creating the file when \`current\` is null). */
export function addGeneratedDomain(current: string | null, e: GeneratedDomainEntry): string {
  const text = current ?? generatedDomainsFile();
  if (text.includes(`  ['${e.name}', `)) return text;
  if (!text.includes(ENTRY_MARKER)) throw new Error('domain-adapter: generated-domains.ts has lost its entry marker line');
  const line = `  ['${e.name}', async (backend) => exportsOf(await import('${e.pkg}')).${e.factory}({ backend })],\n`;
  return text.replace(ENTRY_MARKER, line + ENTRY_MARKER);
}

const REGISTER_FN = 'export function registerBuiltinDomains(): void {';

/** Make the runner's defaults.ts call registerGeneratedDomains() (import + one call at the top of registerBuiltinDomains). */
export function addRegisterCall(defaults: string): string {
  if (defaults.includes('registerGeneratedDomains()')) return defaults;
  if (!defaults.includes(REGISTER_FN)) throw new Error('domain-adapter: cannot find registerBuiltinDomains() in the runner defaults.ts');
  const withImport = `import { registerGeneratedDomains } from './generated-domains';\n` + defaults;
  return withImport.replace(REGISTER_FN, `${REGISTER_FN}\n  registerGeneratedDomains();`);
}

/** Add a package directory name to the `^@micro-lm/(a|b|…)$` alternation of the root jest moduleNameMapper. */
export function addJestMapping(config: string, dirName: string): string {
  const re = /\^@micro-lm\/\(([a-z0-9|-]+)\)\$/;
  const m = re.exec(config);
  if (m === null) return config; // no package list in this config: nothing to extend
  const names = m[1].split('|');
  if (names.includes(dirName)) return config;
  return config.replace(re, `^@micro-lm/(${[...names, dirName].join('|')})$`);
}

/**
 * Add `"<pkg>": ["<target>"]` to compilerOptions.paths of a tsconfig, as a text edit that keeps the file's
 * formatting (a JSON round trip would reflow every array in a shared file).
 */
export function addPathMapping(tsconfig: string, pkg: string, target: string): string {
  const paths = (JSON.parse(tsconfig) as { compilerOptions?: { paths?: Record<string, string[]> } }).compilerOptions?.paths;
  if (paths === undefined) throw new Error('domain-adapter: tsconfig.base.json has no compilerOptions.paths');
  if (pkg in paths) return tsconfig;
  const m = /("paths"\s*:\s*\{)([\s\S]*?)(\n?)([ \t]*)\}/.exec(tsconfig);
  if (m === null) throw new Error('domain-adapter: cannot find the paths block in tsconfig.base.json');
  const body = m[2];
  const indent = /\n([ \t]+)"/.exec(body)?.[1] ?? `${m[4]}  `;
  const entry = `"${pkg}": ["${target}"]`;
  const trimmed = body.replace(/\s+$/, '');
  const next = trimmed.trim() === '' ? `\n${indent}${entry}` : `${trimmed},\n${indent}${entry}`;
  return tsconfig.slice(0, m.index) + m[1] + next + '\n' + m[4] + '}' + tsconfig.slice(m.index + m[0].length);
}
