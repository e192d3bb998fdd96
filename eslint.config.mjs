// Lint: TypeScript rules plus Nx module boundaries, so a lower layer cannot import a higher one.
// Layers (low → high): core → encoders → mapper → adapter → runner → app; verifiers sit beside mapper.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export const depConstraints = [
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:encoders', onlyDependOnLibsWithTags: ['type:core', 'type:encoders'] },
  { sourceTag: 'type:mapper', onlyDependOnLibsWithTags: ['type:core', 'type:encoders', 'type:mapper'] },
  { sourceTag: 'type:verifiers', onlyDependOnLibsWithTags: ['type:verifiers'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:core', 'type:encoders', 'type:mapper', 'type:verifiers'] },
  { sourceTag: 'type:runner', onlyDependOnLibsWithTags: ['type:core', 'type:encoders', 'type:mapper', 'type:verifiers', 'type:adapter', 'type:runner'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:core', 'type:encoders', 'type:mapper', 'type:verifiers', 'type:adapter', 'type:runner'] },
  { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['*'] },
];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'tmp/**', 'coverage/**', 'docs/api/**', 'bench-results/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { allow: [], depConstraints, enforceBuildableLibDependency: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
