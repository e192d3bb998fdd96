/** The fields of a packed package.json this check reads. */
export interface PackedManifest {
  readonly name?: unknown;
  readonly version?: unknown;
  readonly main?: unknown;
  readonly types?: unknown;
  readonly exports?: unknown;
  readonly sideEffects?: unknown;
  readonly files?: unknown;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** Every file path an `exports` map points at (conditions flattened; patterns with `*` skipped). */
export function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return exports.includes('*') ? [] : [exports];
  if (Array.isArray(exports)) return exports.flatMap(exportTargets);
  if (typeof exports === 'object' && exports !== null) return Object.values(exports).flatMap(exportTargets);
  return [];
}

/**
 * Problems with a packed package: `manifest` is its package.json as packed, `files` the tarball's paths
 * relative to the package root ("dist/index.js"). Empty means publishable.
 */
export function manifestProblems(m: PackedManifest, files: readonly string[], expectedName: string): string[] {
  const have = new Set(files);
  const problems: string[] = [];
  if (m.name !== expectedName) problems.push(`name is ${JSON.stringify(m.name)}, expected ${expectedName}`);
  if (typeof m.version !== 'string' || !SEMVER.test(m.version)) problems.push(`version ${JSON.stringify(m.version)} is not semver`);
  if (typeof m.exports !== 'object' || m.exports === null) problems.push('no exports map');
  const root = (m.exports as Record<string, unknown> | null | undefined)?.['.'];
  if (typeof root !== 'object' || root === null || typeof (root as Record<string, unknown>).types !== 'string')
    problems.push('exports["."] has no "types" condition');
  for (const t of exportTargets(m.exports)) if (!have.has(t.replace(/^\.\//, ''))) problems.push(`exports target ${t} is not in the tarball`);
  for (const f of ['main', 'types'] as const) {
    const v = m[f];
    if (typeof v === 'string' && !have.has(v.replace(/^\.\//, ''))) problems.push(`${f} ${v} is not in the tarball`);
  }
  if (m.sideEffects !== false) problems.push('sideEffects is not false');
  if (!have.has('README.md')) problems.push('README.md is not in the tarball');
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const) {
    for (const [dep, range] of Object.entries(m[field] ?? {})) {
      if (range.startsWith('workspace:')) problems.push(`${field}.${dep} still has the range ${range}`);
    }
  }
  return problems;
}
