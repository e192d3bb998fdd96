import { exportTargets, manifestProblems, type PackedManifest } from './manifest';

const good: PackedManifest = {
  name: '@micro-lm/x',
  version: '0.1.0',
  main: './dist/index.js',
  types: './dist/index.d.ts',
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
  sideEffects: false,
  dependencies: { '@micro-lm/y': '0.1.0', 'fp-ts': '^2.16.11' },
};
const files = ['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts'];

describe('exportTargets', () => {
  it('flattens conditions and subpaths, skipping patterns', () => {
    expect(exportTargets({ '.': { types: './a.d.ts', require: ['./a.js'] }, './x/*': './x/*.js', './p': './p.js' })).toEqual(['./a.d.ts', './a.js', './p.js']);
    expect(exportTargets('./i.js')).toEqual(['./i.js']);
    expect(exportTargets(undefined)).toEqual([]);
  });
});

describe('manifestProblems', () => {
  it('passes a complete manifest', () => {
    expect(manifestProblems(good, files, '@micro-lm/x')).toEqual([]);
  });

  it('names every problem it finds', () => {
    const bad: PackedManifest = {
      ...good,
      name: '@micro-lm/z',
      version: '1.0',
      exports: { '.': { default: './dist/index.js' } },
      sideEffects: true,
      dependencies: { '@micro-lm/y': 'workspace:*' },
    };
    expect(manifestProblems(bad, ['package.json', 'dist/index.d.ts'], '@micro-lm/x')).toEqual([
      'name is "@micro-lm/z", expected @micro-lm/x',
      'version "1.0" is not semver',
      'exports["."] has no "types" condition',
      'exports target ./dist/index.js is not in the tarball',
      'main ./dist/index.js is not in the tarball',
      'sideEffects is not false',
      'README.md is not in the tarball',
      'dependencies.@micro-lm/y still has the range workspace:*',
    ]);
  });

  it('requires an exports map at all', () => {
    expect(manifestProblems({ ...good, exports: undefined }, files, '@micro-lm/x')).toContain('no exports map');
  });
});
