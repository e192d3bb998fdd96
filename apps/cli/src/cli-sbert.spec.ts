// --backend sbert through the built CLI, on the tiny test model the encoders package builds (a real
// transformers.js pipeline end to end), and `models fetch` against a local stand-in for the hub.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, cli, linesOf, MAIN, ROOT } from './cli-harness';

const TINY = join(ROOT, 'packages/encoders/test-fixtures/tiny-sbert');
const CONTEXT = join(ROOT, 'examples/defi/context.json');
const tmp = mkdtempSync(join(tmpdir(), 'micro-lm-sbert-'));

beforeAll(() => buildCli(), 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('micro-lm defi --backend sbert', () => {
  it('runs the sbert domain on the model in --model-dir and records it in the audit', () => {
    const r = cli(['defi', 'deposit 10 ETH into aave', '--backend', 'sbert', '--model-dir', TINY, '--context', CONTEXT, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { decision: string; plan: { steps: { primitive: string }[] }; audit: { config: Record<string, unknown> } };
    expect(doc.plan.steps.map((s) => s.primitive)).toEqual(['deposit_asset']);
    expect(doc.audit.config).toMatchObject({ domain: 'defi', backend: 'sbert' });
    expect(doc.audit.config.encoder_fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('replays an sbert result on the same model', () => {
    const saved = join(tmp, 'sbert-result.json');
    writeFileSync(saved, cli(['defi', 'swap 2 ETH to USDC', '--backend', 'sbert', '--model-dir', TINY, '--json']).stdout);
    const r = cli(['replay', saved, '--model-dir', TINY, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ identical: true, hashValid: true, reran: true, diff: [] });
  });

  it('refuses --model-dir without --backend sbert, and a missing directory', () => {
    const a = cli(['defi', 'deposit 1 ETH', '--model-dir', TINY]);
    expect([a.code, a.stdout, linesOf(a.stderr)]).toEqual([2, '', ['micro-lm: --model-dir needs --backend sbert']]);
    const b = cli(['defi', 'deposit 1 ETH', '--backend', 'sbert', '--model-dir', join(tmp, 'none')]);
    expect(b.code).toBe(2);
    expect(linesOf(b.stderr)).toHaveLength(1);
  });

  it('trains an sbert mapper deterministically (small slice, --out)', () => {
    const small = join(tmp, 'small.jsonl');
    writeFileSync(small, readFileSync(join(ROOT, 'datasets/defi/train.jsonl'), 'utf8').split('\n').slice(0, 120).join('\n'));
    const outs = [join(tmp, 's1.json'), join(tmp, 's2.json')];
    for (const out of outs) {
      const r = cli(['train', '--domain', 'defi', '--backend', 'sbert', '--model-dir', TINY, '--train', small, '--out', out]);
      expect(r.code).toBe(0);
    }
    expect(readFileSync(outs[0]).equals(readFileSync(outs[1]))).toBe(true);
    expect(cli(['train', '--domain', 'arc', '--backend', 'sbert', '--model-dir', TINY]).code).toBe(2);
  });
});

describe('micro-lm models fetch', () => {
  const files: Record<string, Buffer> = {
    'config.json': Buffer.from('{"hidden_size":8}'),
    'tokenizer.json': Buffer.from('{"model":{}}'),
    'tokenizer_config.json': Buffer.from('{}'),
    'onnx/model_quantized.onnx': Buffer.from('not really onnx'),
  };
  const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
  let server: Server;
  let host = '';
  let publishedOid = sha(files['onnx/model_quantized.onnx']);

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '';
      const json = (v: unknown) => res.end(JSON.stringify(v));
      if (url === '/api/models/acme/tiny/tree/main')
        return json(['config.json', 'tokenizer.json', 'tokenizer_config.json'].map((path) => ({ path, type: 'file' })));
      if (url === '/api/models/acme/tiny/tree/main/onnx')
        return json([{ path: 'onnx/model_quantized.onnx', type: 'file', lfs: { oid: publishedOid } }]);
      const m = /^\/acme\/tiny\/resolve\/main\/(.+)$/.exec(url);
      if (m !== null && files[m[1]] !== undefined) return res.end(files[m[1]]);
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  // The server lives in this process, so the CLI must run without blocking it.
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const p = spawn(process.execPath, [MAIN, ...args], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      p.on('close', (code) => done({ code, stdout, stderr }));
    });

  it('downloads every file, checks the weights against the published sha256 and writes a manifest', async () => {
    const dir = join(tmp, 'model');
    const r = await run(['models', 'fetch', '--model-dir', dir, '--model', 'acme/tiny', '--host', host, '--json']);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(r.stdout) as { model: string; files: { path: string; sha256: string; verified: boolean }[] };
    expect(manifest.model).toBe('acme/tiny');
    expect(manifest.files.map((f) => [f.path, f.sha256, f.verified])).toEqual(
      Object.entries(files).map(([path, data]) => [path, sha(data), path.startsWith('onnx/')]),
    );
    for (const [path, data] of Object.entries(files)) expect(readFileSync(join(dir, path)).equals(data)).toBe(true);
    expect(existsSync(join(dir, 'micro-lm-manifest.json'))).toBe(true);
  });

  it('writes nothing and fails with one line when a file does not match the hub sha256', async () => {
    publishedOid = '0'.repeat(64);
    const dir = join(tmp, 'tampered');
    const r = await run(['models', 'fetch', '--model-dir', dir, '--model', 'acme/tiny', '--host', host]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(linesOf(r.stderr).pop()).toMatch(/^micro-lm: internal error: models fetch: sha256 mismatch for onnx\/model_quantized\.onnx/);
    expect(existsSync(dir)).toBe(false);
  });
});
