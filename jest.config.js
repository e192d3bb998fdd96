/** One jest run over every package, app and tool; sources are mapped so tests need no build. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
module.exports = {
  testEnvironment: '<rootDir>/tools/jest/node-environment.js',
  roots: ['<rootDir>/packages', '<rootDir>/apps', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@micro-lm/(ngf-core|encoders|mapper|verifiers-defi|adapters-defi|adapters-arc|runner|adapters-wallet)$': '<rootDir>/packages/$1/src/index.ts' },
  testTimeout: 60000,
};
