import { spawn } from 'node:child_process';
import { buildCli, MAIN, ROOT, cli } from './cli-harness';

// `micro-lm serve` starts the real server app as a child; SIGTERM to the CLI reaches it and both exit cleanly.
beforeAll(() => {
  buildCli();
  buildCli('apps/server/tsconfig.lib.json');
  buildCli('apps/mcp/tsconfig.lib.json');
}, 300_000);

it('serve: starts the HTTP server on the given port, answers, and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  let err = '';
  const base = await new Promise<string>((ok, fail) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) ok(m[1]);
    });
    child.on('exit', () => fail(new Error('serve exited early: ' + err)));
  });
  const health = await fetch(base + '/healthz');
  expect(await health.json()).toEqual({ status: 'ok' });
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
}, 60_000);

it('serve --help and mcp --help print the apps\' own usage', () => {
  const s = cli(['serve', '--help']);
  expect(s.code).toBe(0);
  expect(s.stdout).toContain('--workers');
  const m = cli(['mcp', '--help']);
  expect(m.code).toBe(0);
  expect(m.stdout + m.stderr).toMatch(/mcp/i);
});
