import type { MicroResult, PlanStep } from '@micro-lm/runner';

/** A short human-readable table of a result: decision, reason, plan steps with args, checks, audit. */
export function formatResult(r: MicroResult): string {
  const rows: [string, string][] = [];
  rows.push(['decision', `${r.decision}${r.ok ? ' (ok)' : ''}`]);
  rows.push(['reason', r.reason]);
  rows.push(['label', `${r.label}   score ${r.score.toFixed(3)}`]);
  if (r.plan.steps.length === 0) rows.push(['plan', '(none)']);
  r.plan.steps.forEach((s, i) => rows.push([i === 0 ? 'plan' : '', `${i + 1}. ${formatStep(s)}`]));
  formatChecks(r.verify.checks, r.plan.steps.length > 1).forEach((line, i) => rows.push([i === 0 ? 'checks' : '', line]));
  const errors = r.artifacts.errors;
  if (Array.isArray(errors)) errors.forEach((e, i) => rows.push([i === 0 ? 'errors' : '', String(e)]));
  const grid = outputGrid(r.artifacts);
  if (grid !== undefined) grid.forEach((row, i) => rows.push([i === 0 ? 'output' : '', row.join(' ')]));
  const c = r.audit.config;
  const settings = [c.backend, c.rails, c.T === undefined ? undefined : `T=${String(c.T)}`].filter((x) => x !== undefined).join(', ');
  rows.push(['audit', `${r.audit.hash.slice(0, 16)}…  model ${r.audit.model_sha256.slice(0, 12)}${settings ? `  (${settings})` : ''}`]);
  return rows.map(([k, v]) => `${pad(k, 9)} ${v}`).join('\n');
}

/**
 * Checks as short lines. Passing checks of one kind (the part before ':') on one step with the same value and
 * limit fold into one line listing their subjects, e.g. the oracle age of nine assets, or the prices present; a failing check always
 * gets its own line. Long decimals are shortened for reading (--json keeps them exact).
 */
export function formatChecks(checks: MicroResult['verify']['checks'], withSteps: boolean): string[] {
  const groups: { key: string; base: string; subjects: string[]; ok: boolean; value: unknown; limit: unknown; step: unknown }[] = [];
  for (const c of checks) {
    const [base, subject] = c.name.includes(':') ? [c.name.slice(0, c.name.indexOf(':')), c.name.slice(c.name.indexOf(':') + 1)] : [c.name, ''];
    // A check without a limit (a price being present) folds whatever its value.
    const key = JSON.stringify([base, c.ok, c.limit === null ? null : c.value, c.limit, c.step]);
    const last = groups[groups.length - 1];
    if (c.ok && subject !== '' && last !== undefined && last.ok && last.key === key) last.subjects.push(subject);
    else groups.push({ key, base, subjects: subject === '' ? [] : [subject], ok: c.ok, value: c.value, limit: c.limit, step: c.step });
  }
  const names = groups.map((g) => (g.subjects.length > 0 ? `${g.base}:${g.subjects.join(',')}` : g.base));
  const width = Math.min(32, Math.max(0, ...names.map((n) => n.length)));
  return groups.map((g, i) => {
    const step = withSteps && typeof g.step === 'number' ? `step ${g.step + 1}  ` : '';
    const detail = g.limit === null && g.subjects.length > 1 ? '' : `  value ${show(g.value)}  limit ${show(g.limit)}`;
    return `${step}${pad(names[i], width)}  ${g.ok ? 'ok' : 'FAIL'}${g.ok ? '  ' : ''}${detail}`.trimEnd();
  });
}

/** `primitive  key=value …` with null arguments left out. */
export function formatStep(s: PlanStep): string {
  const args = Object.entries(s.args)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return [s.primitive, ...args].join('  ');
}

/** The executed grid an ARC result carries (artifacts.output_grid), if any. */
export function outputGrid(artifacts: Readonly<Record<string, unknown>>): number[][] | undefined {
  const g = artifacts.output_grid;
  return isGrid(g) ? g : undefined;
}

/** An int matrix (rows of numbers). */
export function isGrid(v: unknown): v is number[][] {
  return Array.isArray(v) && v.length > 0 && v.every((row) => Array.isArray(row) && row.every((x) => typeof x === 'number'));
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return /^-?\d+\.\d{7,}$/.test(v) ? `≈${Number(v).toPrecision(6)}` : v;
  return JSON.stringify(v);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
