import { formatFiles, generateFiles, installPackagesTask, joinPathFragments, names, updateJson, type GeneratorCallback, type Tree } from '@nx/devkit';
import * as path from 'node:path';
import { addGeneratedDomain, addJestMapping, addPathMapping, addRegisterCall } from './registration';

/** Options of `nx g @micro-lm/tools:domain-adapter`. */
export interface DomainAdapterSchema {
  readonly name: string;
  /** Comma-separated snake_case primitives, verb first. */
  readonly intents?: string;
  readonly skipFormat?: boolean;
  /** Do not run `pnpm install` afterwards (the new package's dependency links are then missing until you do). */
  readonly skipInstall?: boolean;
}

/** Placeholder primitives for a domain generated without `--intents` (edit src/labels.ts afterwards). */
export const DEFAULT_INTENTS = ['create_record', 'delete_record', 'show_record'] as const;

const NAME_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const INTENT_RE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** Names a generated domain may not take: the built-ins and the negative label. */
const RESERVED = new Set(['defi', 'arc', 'runner', 'core']);

/** Validated, derived names used by the templates. */
export interface DomainNames {
  readonly name: string;
  readonly className: string;
  readonly constantName: string;
  readonly pkg: string;
  readonly dir: string;
  readonly intents: readonly string[];
}

/** Check the options and derive every name the templates use; throws a one-line Error on bad input. */
export function domainNames(o: DomainAdapterSchema): DomainNames {
  if (!NAME_RE.test(o.name)) throw new Error(`domain-adapter: --name must be kebab-case (got ${JSON.stringify(o.name)})`);
  if (RESERVED.has(o.name)) throw new Error(`domain-adapter: "${o.name}" is reserved`);
  const intents = o.intents === undefined || o.intents.trim() === '' ? [...DEFAULT_INTENTS] : o.intents.split(',').map((s) => s.trim());
  for (const i of intents) {
    if (!INTENT_RE.test(i)) throw new Error(`domain-adapter: intent ${JSON.stringify(i)} is not snake_case`);
    if (i === 'non_exec') throw new Error('domain-adapter: "non_exec" is the built-in negative label');
  }
  if (new Set(intents).size !== intents.length) throw new Error('domain-adapter: duplicate intents');
  if (new Set(intents.map((i) => i.split('_')[0])).size !== intents.length)
    throw new Error('domain-adapter: intents need distinct leading verbs (the lexical cue of each intent)');
  const n = names(o.name);
  return {
    name: o.name,
    className: n.className,
    constantName: n.constantName,
    pkg: `@micro-lm/adapters-${o.name}`,
    dir: `packages/adapters-${o.name}`,
    intents,
  };
}

/** Scaffold packages/adapters-<name>, tools/src/<name>-data and register the domain everywhere it must be known. */
export async function domainAdapterGenerator(tree: Tree, options: DomainAdapterSchema): Promise<GeneratorCallback> {
  const d = domainNames(options);
  if (tree.exists(joinPathFragments(d.dir, 'package.json'))) throw new Error(`domain-adapter: ${d.dir} already exists`);
  const subs = { ...d, intentsJson: JSON.stringify(d.intents), tmpl: '' };
  generateFiles(tree, path.join(__dirname, 'files', 'package'), d.dir, subs);
  generateFiles(tree, path.join(__dirname, 'files', 'data'), `tools/src/${d.name}-data`, subs);
  registerInWorkspace(tree, d);
  if (options.skipFormat === false) await formatFiles(tree);
  // The new package and the runner's new dependency need their node_modules links.
  return () => {
    if (options.skipInstall !== true) installPackagesTask(tree, true);
  };
}

function registerInWorkspace(tree: Tree, d: DomainNames): void {
  const ref = { path: `./${d.dir}/tsconfig.lib.json` };
  tree.write('tsconfig.base.json', addPathMapping(tree.read('tsconfig.base.json', 'utf-8') ?? '', d.pkg, `${d.dir}/src/index.ts`));
  // The runner's build must come after the adapter's, so the adapter goes right before the runner's entry.
  updateJson(tree, 'tsconfig.build.json', (j: { references: { path: string }[] }) => {
    if (j.references.some((r) => r.path === ref.path)) return j;
    const at = j.references.findIndex((r) => r.path.includes('packages/runner/'));
    j.references.splice(at < 0 ? j.references.length : at, 0, ref);
    return j;
  });
  if (tree.exists('jest.config.js')) tree.write('jest.config.js', addJestMapping(tree.read('jest.config.js', 'utf-8') ?? '', `adapters-${d.name}`));
  const runner = 'packages/runner';
  if (!tree.exists(`${runner}/package.json`)) return; // a workspace without the runner: nothing to register with
  updateJson(tree, `${runner}/package.json`, (j: { dependencies?: Record<string, string> }) => {
    j.dependencies = sortKeys({ ...(j.dependencies ?? {}), [d.pkg]: 'workspace:*' });
    return j;
  });
  updateJson(tree, `${runner}/tsconfig.lib.json`, (j: { references?: { path: string }[] }) => {
    const p = `../../${d.dir}/tsconfig.lib.json`;
    const refs = j.references ?? [];
    if (!refs.some((r) => r.path === p)) refs.unshift({ path: p });
    j.references = refs;
    return j;
  });
  const gen = `${runner}/src/generated-domains.ts`;
  tree.write(gen, addGeneratedDomain(tree.read(gen, 'utf-8'), { name: d.name, pkg: d.pkg, factory: `create${d.className}Domain` }));
  const defaults = `${runner}/src/defaults.ts`;
  if (tree.exists(defaults)) tree.write(defaults, addRegisterCall(tree.read(defaults, 'utf-8') ?? ''));
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export default domainAdapterGenerator;
