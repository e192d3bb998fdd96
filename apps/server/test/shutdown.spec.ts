import { spawn } from 'node:child_process';
import { join } from 'node:path';

// The real entry point in a child process: SIGTERM lets an in-flight request finish, then the process exits 0.
const root = join(__dirname, '../../..');

it('SIGTERM finishes in-flight requests, then exits 0', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/server/src/main.ts'), '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  let err = '';
  const base = await new Promise<string>((ok, fail) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) ok(m[1]);
    });
    child.on('exit', () => fail(new Error('server exited early: ' + err)));
  });
  // An unsolvable task keeps the solver busy for its whole budget: a request that is in flight when SIGTERM lands.
  const task = { train: [{ input: [[1, 2], [3, 4]], output: [[9]] }, { input: [[1, 2], [3, 4]], output: [[8]] }], test: [{ input: [[5]] }] };
  const inflight = fetch(base + '/v1/arc/solve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ task, budget_ms: 800 }) });
  await new Promise((r) => setTimeout(r, 150));
  child.kill('SIGTERM');
  const res = await inflight;
  expect(res.status).toBe(200);
  expect(((await res.json()) as { decision: string }).decision).toBe('abstain');
  expect(await exited).toBe(0);
  await expect(fetch(base + '/healthz')).rejects.toThrow();
}, 60000);
