import * as E from 'fp-ts/Either';
import { parseRequest, type DomainShape } from './request';

const shapes: Record<string, DomainShape> = {
  defi: { backends: ['wordmap', 'sbert'], inputs: ['context', 'policy'] },
  arc: { backends: ['wordmap'], inputs: ['grid'] },
};
const lookup = (d: string): DomainShape | undefined => shapes[d];
const errorsOf = (raw: unknown): readonly string[] => {
  const r = parseRequest(raw, lookup);
  return E.isLeft(r) ? r.left : [];
};

describe('parseRequest', () => {
  it('applies the DESIGN §3 defaults', () => {
    expect(parseRequest({ domain: 'defi', prompt: 'deposit 1 ETH' }, lookup)).toEqual(
      E.right({ domain: 'defi', prompt: 'deposit 1 ETH', rails: 'stage11', T: 128, backend: 'wordmap' }),
    );
  });
  it('keeps explicit settings and inputs', () => {
    const r = parseRequest({ domain: 'defi', prompt: 'p', context: { now: 1 }, policy: { ltv_max: 0.5 }, rails: 'stage10', T: 64, backend: 'sbert' }, lookup);
    expect(r).toEqual(E.right({ domain: 'defi', prompt: 'p', context: { now: 1 }, policy: { ltv_max: 0.5 }, rails: 'stage10', T: 64, backend: 'sbert' }));
  });
  it('rejects non-objects and wrong types', () => {
    expect(errorsOf(null).length).toBeGreaterThan(0);
    expect(errorsOf('deposit 1 ETH').length).toBeGreaterThan(0);
    expect(errorsOf({ domain: 'defi', prompt: 42 })[0]).toMatch(/^prompt: /);
    expect(errorsOf({ domain: 'defi', prompt: 'p', context: [] })[0]).toMatch(/^context: /);
    expect(errorsOf({ domain: 'defi', prompt: 'p', context: 'x' })[0]).toMatch(/^context: /);
    expect(errorsOf({ domain: 'defi', prompt: 'p', context: null })[0]).toMatch(/^context: /);
    expect(errorsOf({ domain: 'defi', prompt: 'p', context: { now: NaN } })[0]).toMatch(/^context\.now: /);
  });
  it('rejects context, policy and grid values that are not plain JSON, naming the path', () => {
    expect(errorsOf({ domain: 'defi', prompt: 'p', context: { d: new Date(0) } })).toEqual(['context.d: must be a plain JSON object']);
    expect(errorsOf({ domain: 'defi', prompt: 'p', policy: { ltv_max: undefined } })).toEqual(['policy.ltv_max: must be a JSON value, not undefined']);
    expect(errorsOf({ domain: 'arc', prompt: 'p', grid: [[1, Infinity]] })).toEqual(['grid.0.1: must be a finite number']);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorsOf({ domain: 'defi', prompt: 'p', context: cyclic })[0]).toMatch(/nested too deeply$/);
    expect(errorsOf({ domain: 'defi', prompt: 'p', context: { a: [1, 'x', null, true, { b: -0.5 }] } })).toEqual([]);
  });

  it('rejects an empty or blank prompt', () => {
    expect(errorsOf({ domain: 'defi', prompt: '' })).toEqual(['prompt: must not be empty']);
    expect(errorsOf({ domain: 'defi', prompt: ' \n\t' })).toEqual(['prompt: must not be empty']);
  });
  it('accepts exactly 65536 UTF-8 bytes and rejects one more', () => {
    expect(errorsOf({ domain: 'defi', prompt: 'a'.repeat(65536) })).toEqual([]);
    expect(errorsOf({ domain: 'defi', prompt: 'a'.repeat(65537) })).toEqual(['prompt: longer than 65536 bytes']);
    // 'é' is two bytes: 32768 of them are 65536 bytes, one more 'a' goes over.
    expect(errorsOf({ domain: 'defi', prompt: 'é'.repeat(32768) })).toEqual([]);
    expect(errorsOf({ domain: 'defi', prompt: 'é'.repeat(32768) + 'a' })).toEqual(['prompt: longer than 65536 bytes']);
  });
  it('bounds T to integers in [8, 1024]', () => {
    expect(errorsOf({ domain: 'defi', prompt: 'p', T: 8 })).toEqual([]);
    expect(errorsOf({ domain: 'defi', prompt: 'p', T: 1024 })).toEqual([]);
    expect(errorsOf({ domain: 'defi', prompt: 'p', T: 7 })[0]).toMatch(/^T: /);
    expect(errorsOf({ domain: 'defi', prompt: 'p', T: 1025 })[0]).toMatch(/^T: /);
    expect(errorsOf({ domain: 'defi', prompt: 'p', T: 64.5 })[0]).toMatch(/^T: /);
    expect(errorsOf({ domain: 'defi', prompt: 'p', T: '128' })[0]).toMatch(/^T: /);
  });
  it('rejects unknown domains, rails, backends and keys', () => {
    expect(errorsOf({ domain: 'chess', prompt: 'p' })).toEqual(['domain: unknown domain "chess"']);
    expect(errorsOf({ domain: 'defi', prompt: 'p', rails: 'stage12' })[0]).toMatch(/^rails: /);
    expect(errorsOf({ domain: 'defi', prompt: 'p', backend: 'gpt' })[0]).toMatch(/^backend: /);
    expect(errorsOf({ domain: 'arc', prompt: 'p', backend: 'sbert' })).toEqual(['backend: domain arc supports wordmap, not sbert']);
    expect(errorsOf({ domain: 'defi', prompt: 'p', polcy: {} })[0]).toMatch(/polcy/);
  });
  it('rejects inputs the domain does not take', () => {
    expect(errorsOf({ domain: 'defi', prompt: 'p', grid: [[1]] })).toEqual(['grid: not an input of domain defi']);
    expect(errorsOf({ domain: 'arc', prompt: 'p', grid: [[1]] })).toEqual([]);
    expect(errorsOf({ domain: 'arc', prompt: 'p', context: {} })).toEqual(['context: not an input of domain arc']);
  });
});
