import { addGeneratedDomain, addJestMapping, addRegisterCall, ENTRY_MARKER, generatedDomainsFile } from './registration';

const entry = { name: 'wallet', pkg: '@micro-lm/adapters-wallet', factory: 'createWalletDomain' };

describe('registration text edits', () => {
  it('creates generated-domains.ts with the entry above the marker, once', () => {
    const once = addGeneratedDomain(null, entry);
    expect(once).toContain(`  { name: 'wallet', pkg: '@micro-lm/adapters-wallet', factory: 'createWalletDomain' },\n${ENTRY_MARKER}`);
    expect(addGeneratedDomain(once, entry)).toBe(once);
    const two = addGeneratedDomain(once, { name: 'cal', pkg: '@micro-lm/adapters-cal', factory: 'createCalDomain' });
    expect(two.indexOf("name: 'wallet'")).toBeLessThan(two.indexOf("name: 'cal'"));
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
