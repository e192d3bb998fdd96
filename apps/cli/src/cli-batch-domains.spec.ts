import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, cli, ROOT } from './cli-harness';

// `micro-lm batch` takes any domain the runner has registered: the generated wallet domain works like defi/arc.
beforeAll(() => buildCli(), 300_000);

it('batch --domain wallet runs a generated domain, one result per line in order', () => {
  const context = JSON.parse(readFileSync(join(ROOT, 'datasets/wallet/dev-context.json'), 'utf8')) as unknown;
  const input = [
    JSON.stringify({ id: 'a', prompt: 'Please send 15 USDC to alice', context }),
    JSON.stringify({ id: 'b', prompt: 'what is the weather like today?' }),
  ].join('\n');
  const r = cli(['batch', '--domain', 'wallet', '-'], input);
  expect(r.code).toBe(0);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; decision: string; label: string; audit: { config: { domain: string } } });
  expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
  expect(lines[0]).toMatchObject({ decision: 'accept', label: 'send_asset' });
  expect(lines[0].audit.config.domain).toBe('wallet');
  expect(lines[1].decision).toBe('abstain');
});

it('batch with an unknown domain is a one-line usage error naming the known ones', () => {
  const r = cli(['batch', '--domain', 'nope', '-'], '{"prompt":"x"}\n');
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/unknown domain "nope" \(known: .*arc.*defi.*wallet/);
});
