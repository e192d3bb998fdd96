// Typed, lazy access to the domain packages for the CLI's train/solve commands and the benches: the app
// depends on the runner only, and a DeFi run never pays for loading ARC code (or the other way round).

// Native import() of a CommonJS module yields { default: module.exports, ...detected names }; transpilers
// that turn import() into require() yield module.exports itself. Either way: the full exports object.
function exportsOf<T>(m: { readonly default: T }): T {
  return (m as { readonly default?: T }).default ?? (m as unknown as T);
}

/** The ARC adapter package (`solveTask`, `loadTask`, `parseGrid`, …), loaded on first use. */
export async function arcPackage(): Promise<typeof import('@micro-lm/adapters-arc')> {
  return exportsOf(await import('@micro-lm/adapters-arc'));
}

/** The DeFi adapter package (`createDefiDomain`, `trainDefiModel`, …), loaded on first use. */
export async function defiPackage(): Promise<typeof import('@micro-lm/adapters-defi')> {
  return exportsOf(await import('@micro-lm/adapters-defi'));
}

/** The DeFi verifiers (`verifyPlan`, `parseContext`, …), loaded on first use. */
export async function verifiersPackage(): Promise<typeof import('@micro-lm/verifiers-defi')> {
  return exportsOf(await import('@micro-lm/verifiers-defi'));
}

/** The encoders (`createSbertEncoder`, `createWordmap`, …), loaded on first use. */
export async function encodersPackage(): Promise<typeof import('@micro-lm/encoders')> {
  return exportsOf(await import('@micro-lm/encoders'));
}
