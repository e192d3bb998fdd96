import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as E from 'fp-ts/Either';
import { createSbertEncoder } from './sbert-encoder';
import { fetchModel } from './fetch-model';

// A real HTTP server on loopback plays the model hub (tree API + resolve URLs), serving the tiny fixture.
const fixture = resolve(__dirname, '../../test-fixtures/tiny-sbert');
const MODEL = 'test-org/tiny-sbert';
const sha = (p: string) => createHash('sha256').update(readFileSync(join(fixture, p))).digest('hex');

function hub(corrupt: boolean): Promise<{ server: Server; host: string }> {
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    const tree = (files: string[]) => JSON.stringify(files.map((path) => ({ type: 'file', path, lfs: path.endsWith('.onnx') ? { oid: sha(path) } : undefined })));
    if (url === `/api/models/${MODEL}/tree/main`) return res.end(tree(['config.json', 'tokenizer.json', 'tokenizer_config.json']));
    if (url === `/api/models/${MODEL}/tree/main/onnx`) return res.end(tree(['onnx/model.onnx', 'onnx/model_quantized.onnx']));
    const prefix = `/${MODEL}/resolve/main/`;
    if (url.startsWith(prefix)) {
      const data = readFileSync(join(fixture, url.slice(prefix.length)));
      if (corrupt && url.endsWith('.onnx')) data[0] ^= 0xff;
      return res.end(data);
    }
    res.statusCode = 404;
    res.end('not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, host: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

describe('fetchModel (models fetch) against a loopback hub', () => {
  it('downloads, verifies sha256 and leaves a directory the encoder loads', async () => {
    const { server, host } = await hub(false);
    const dir = mkdtempSync(join(tmpdir(), 'fetch-ok-'));
    try {
      const r = await fetchModel({ dir, model: MODEL, host });
      expect(E.isRight(r)).toBe(true);
      if (E.isRight(r)) expect(r.right.files.find((f) => f.path === 'onnx/model_quantized.onnx')?.verified).toBe(true);
      expect(existsSync(join(dir, 'micro-lm-manifest.json'))).toBe(true);
      const fetched = createSbertEncoder({ modelDir: dir });
      const original = createSbertEncoder({ modelDir: fixture });
      if (E.isLeft(fetched) || E.isLeft(original)) throw new Error('encoder did not open');
      expect(fetched.right.fingerprint).toBe(original.right.fingerprint);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file whose sha256 differs from the hub and writes nothing', async () => {
    const { server, host } = await hub(true);
    const dir = mkdtempSync(join(tmpdir(), 'fetch-bad-'));
    try {
      const r = await fetchModel({ dir, model: MODEL, host });
      expect(E.isLeft(r) && r.left.message).toContain('sha256 mismatch');
      expect(existsSync(join(dir, 'config.json'))).toBe(false);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
