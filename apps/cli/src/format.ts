import type { MicroResult, PlanStep } from '@micro-lm/runner';

/** A short human-readable table of a result: decision, reason, plan steps with args, checks, audit. */
export function formatResult(r: MicroResult): string {
  const rows: [string, string][] = [];
  rows.push(['decision', `${r.decision}${r.ok ? ' (ok)' : ''}`]);
  rows.push(['reason', r.reason]);
  rows.push(['label', `${r.label}   score ${r.score.toFixed(3)}`]);
  if (r.plan.steps.length === 0) rows.push(['plan', '(none)']);
  r.plan.steps.forEach((s, i) => rows.push([i === 0 ? 'plan' : '', `${i + 1}. ${formatStep(s)}`]));
  const nameWidth = Math.max(0, ...r.verify.checks.map((c) => c.name.length));
  r.verify.checks.forEach((c, i) =>
    rows.push([i === 0 ? 'checks' : '', `${pad(c.name, nameWidth)}  ${c.ok ? 'ok  ' : 'FAIL'}  value ${show(c.value)}  limit ${show(c.limit)}`]),
  );
  const errors = r.artifacts.errors;
  if (Array.isArray(errors)) errors.forEach((e, i) => rows.push([i === 0 ? 'errors' : '', String(e)]));
  const grid = outputGrid(r.artifacts);
  if (grid !== undefined) grid.forEach((row, i) => rows.push([i === 0 ? 'output' : '', row.join(' ')]));
  const c = r.audit.config;
  const settings = [c.backend, c.rails, c.T === undefined ? undefined : `T=${String(c.T)}`].filter((x) => x !== undefined).join(', ');
  rows.push(['audit', `${r.audit.hash.slice(0, 16)}…  model ${r.audit.model_sha256.slice(0, 12)}${settings ? `  (${settings})` : ''}`]);
  return rows.map(([k, v]) => `${pad(k, 9)} ${v}`).join('\n');
}

/** `primitive  key=value …` with null arguments left out. */
export function formatStep(s: PlanStep): string {
  const args = Object.entries(s.args)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return [s.primitive, ...args].join('  ');
}

/** The executed grid an ARC result carries, if any (artifacts.output or artifacts.grid). */
export function outputGrid(artifacts: Readonly<Record<string, unknown>>): number[][] | undefined {
  for (const key of ['output', 'output_grid', 'grid']) {
    const g = artifacts[key];
    if (isGrid(g)) return g;
  }
  return undefined;
}

/** An int matrix (rows of numbers). */
export function isGrid(v: unknown): v is number[][] {
  return Array.isArray(v) && v.length > 0 && v.every((row) => Array.isArray(row) && row.every((x) => typeof x === 'number'));
}

function show(v: unknown): string {
  return v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
