import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './workspace';

/** A workspace package that changesets would publish. */
export interface PublicPackage {
  readonly name: string;
  readonly version: string;
  /** Directory relative to the workspace root, e.g. "packages/ngf-core". */
  readonly dir: string;
}

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly private?: boolean;
}

/** Packages changesets ignores (.changeset/config.json `ignore`). */
export function ignoredByChangesets(root: string = ROOT): Set<string> {
  const cfg = JSON.parse(readFileSync(path.join(root, '.changeset/config.json'), 'utf8')) as { ignore?: string[] };
  return new Set(cfg.ignore ?? []);
}

/** Every non-private, non-ignored package under packages/ and apps/, sorted by name. */
export function publicPackages(root: string = ROOT): PublicPackage[] {
  const ignored = ignoredByChangesets(root);
  const out: PublicPackage[] = [];
  for (const group of ['packages', 'apps']) {
    const base = path.join(root, group);
    if (!existsSync(base)) continue;
    for (const d of readdirSync(base).sort()) {
      const file = path.join(base, d, 'package.json');
      if (!existsSync(file)) continue;
      const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      if (m.private === true || typeof m.name !== 'string' || ignored.has(m.name)) continue;
      out.push({ name: m.name, version: String(m.version), dir: `${group}/${d}` });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
