/** The first fenced ```ts block of a README, or null when there is none. */
export function firstTsBlock(markdown: string): string | null {
  const m = /^```ts[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/m.exec(markdown);
  return m === null ? null : m[1];
}

import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules);

/** Bare module specifiers a TypeScript snippet imports (`fp-ts/Either` → `fp-ts`; Node builtins left out). */
export function importedPackages(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|\n)\s*import\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = re.exec(code); m !== null; m = re.exec(code)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    if (BUILTINS.has(parts[0])) continue;
    out.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return [...out].sort();
}
