import { addGeneratedDomain, addJestMapping, addPathMapping, addRegisterCall, ENTRY_MARKER, generatedDomainsFile } from './registration';

const entry = { name: 'wallet', pkg: '@micro-lm/adapters-wallet', factory: 'createWalletDomain' };

describe('registration text edits', () => {
  it('creates generated-domains.ts with the entry above the marker, once', () => {
    const once = addGeneratedDomain(null, entry);
    expect(once).toContain(`  ['wallet', async (backend) => exportsOf(await import('@micro-lm/adapters-wallet')).createWalletDomain({ backend })],\n${ENTRY_MARKER}`);
    expect(addGeneratedDomain(once, entry)).toBe(once);
    const two = addGeneratedDomain(once, { name: 'cal', pkg: '@micro-lm/adapters-cal', factory: 'createCalDomain' });
    expect(two.indexOf("['wallet', ")).toBeLessThan(two.indexOf("['cal', "));
    expect(() => addGeneratedDomain(generatedDomainsFile().replace(ENTRY_MARKER, ''), entry)).toThrow(/entry marker/);
  });

  it('adds one import and one call to the runner defaults, idempotently', () => {
    const src = "import { x } from './registry';\n\nexport function registerBuiltinDomains(): void {\n  x();\n}\n";
    const out = addRegisterCall(src);
    expect(out).toBe("import { registerGeneratedDomains } from './generated-domains';\nimport { x } from './registry';\n\nexport function registerBuiltinDomains(): void {\n  registerGeneratedDomains();\n  x();\n}\n");
    expect(addRegisterCall(out)).toBe(out);
    expect(() => addRegisterCall('export function other() {}')).toThrow(/registerBuiltinDomains/);
  });

  it('extends the jest package alternation, or leaves a config without one alone', () => {
    const cfg = "moduleNameMapper: { '^@micro-lm/(ngf-core|runner)$': '<rootDir>/packages/$1/src/index.ts' }";
    const out = addJestMapping(cfg, 'adapters-wallet');
    expect(out).toBe("moduleNameMapper: { '^@micro-lm/(ngf-core|runner|adapters-wallet)$': '<rootDir>/packages/$1/src/index.ts' }");
    expect(addJestMapping(out, 'adapters-wallet')).toBe(out);
    expect(addJestMapping("moduleNameMapper: { '^@micro-lm/(.*)$': 'x' }", 'adapters-wallet')).toBe("moduleNameMapper: { '^@micro-lm/(.*)$': 'x' }");
  });
});

describe('addPathMapping', () => {
  const base = '{\n  "compilerOptions": {\n    "lib": ["ES2023"],\n    "paths": {\n      "@micro-lm/a": ["packages/a/src/index.ts"],\n      "@micro-lm/b": ["packages/b/src/index.ts"]\n    }\n  }\n}\n';

  it('appends one line in the same style and leaves the rest byte for byte', () => {
    const out = addPathMapping(base, '@micro-lm/adapters-wallet', 'packages/adapters-wallet/src/index.ts');
    expect(out).toBe(base.replace('"packages/b/src/index.ts"]\n', '"packages/b/src/index.ts"],\n      "@micro-lm/adapters-wallet": ["packages/adapters-wallet/src/index.ts"]\n'));
    expect(JSON.parse(out).compilerOptions.paths['@micro-lm/adapters-wallet']).toEqual(['packages/adapters-wallet/src/index.ts']);
    expect(addPathMapping(out, '@micro-lm/adapters-wallet', 'x')).toBe(out);
  });

  it('fills an empty paths block and refuses a config without one', () => {
    const out = addPathMapping('{ "compilerOptions": { "paths": {} } }', '@x/y', 'y.ts');
    expect(JSON.parse(out).compilerOptions.paths).toEqual({ '@x/y': ['y.ts'] });
    expect(() => addPathMapping('{ "compilerOptions": {} }', '@x/y', 'y.ts')).toThrow(/no compilerOptions.paths/);
  });
});
