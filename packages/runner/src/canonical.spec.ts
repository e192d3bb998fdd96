import { canonicalJson, canonicalJsonReused, internJson, sha256Hex } from './canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x y' } })).toBe('{"a":{"c":"x y","d":[3,{"y":2,"z":1}]},"b":1}');
  });
  it('orders keys exactly as Array.prototype.sort does, for small and large objects', () => {
    const pool = ['a', 'b', 'B', 'Z', '_', '0', '9', '10', 'é', '\ud83d\ude00', '\ud800', '\uffff', ' ', '~'];
    let seed = 12345;
    const next = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 300; trial++) {
      const obj: Record<string, number> = {};
      const n = 1 + Math.floor(next() * 30);
      for (let i = 0; i < n; i++) {
        let k = '';
        const len = 1 + Math.floor(next() * 4);
        for (let c = 0; c < len; c++) k += pool[Math.floor(next() * pool.length)];
        obj[k] = i;
      }
      const want = Object.keys(obj).sort();
      const got = Object.keys(JSON.parse(canonicalJson(obj)) as object);
      // JSON.parse re-enumerates integer-like keys first; compare the written order instead
      const written = [...canonicalJson(obj).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
      expect(written).toEqual(want);
      expect(new Set(got)).toEqual(new Set(want));
    }
  });
  it('sorts by code unit, so upper case sorts before lower case', () => {
    expect(canonicalJson({ b: 0, B: 0, a: 0 })).toBe('{"B":0,"a":0,"b":0}');
  });
  it('writes values the way JSON.stringify does', () => {
    expect(canonicalJson({ u: undefined, f: () => 1, n: NaN, i: -Infinity, z: -0, s: 'é"\n' })).toBe('{"i":null,"n":null,"s":"é\\"\\n","z":0}');
    expect(canonicalJson([undefined, 1.5e-7, 1e21])).toBe('[null,1.5e-7,1e+21]');
    expect(canonicalJson(undefined)).toBe('null');
  });
  it('equals the canonical form after a JSON round trip', () => {
    const v = { k: [1, { m: undefined, n: NaN }], d: new Date(0), t: 'ok' };
    expect(canonicalJson(JSON.parse(JSON.stringify(v)))).toBe(canonicalJson(v));
  });
  it('writes every single UTF-16 code unit (lone surrogates too) exactly as JSON.stringify does', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (canonicalJson(s) !== JSON.stringify(s)) throw new Error(`code unit ${c}`);
      if (canonicalJson({ [s]: 1 }) !== JSON.stringify({ [s]: 1 })) throw new Error(`key ${c}`);
    }
    expect(canonicalJson('a"b\\c\u007f😀')).toBe(JSON.stringify('a"b\\c\u007f😀'));
  });
  it('uses the memo text for objects it holds', () => {
    const ctx = { b: [1, 2], a: 'x' };
    const memo = new WeakMap<object, string>([[ctx, canonicalJson(ctx)]]);
    expect(canonicalJson({ again: ctx, z: 1 }, memo)).toBe('{"again":{"a":"x","b":[1,2]},"z":1}');
    // proof that the memo is read: a deliberately different text shows through
    expect(canonicalJson({ ctx }, new WeakMap([[ctx, '"memo"']]))).toBe('{"ctx":"memo"}');
  });
  it('reuses the text of a flat frozen object, and never of one that can still change', () => {
    const konst = Object.freeze({ b: 1, a: 'x' });
    expect(canonicalJson({ k: konst })).toBe('{"k":{"a":"x","b":1}}');
    expect(canonicalJson([konst, konst])).toBe('[{"a":"x","b":1},{"a":"x","b":1}]');
    // frozen, but holds a mutable object: written afresh every time
    const inner = { n: 1 };
    const outer = Object.freeze({ inner });
    expect(canonicalJson(outer)).toBe('{"inner":{"n":1}}');
    inner.n = 2;
    expect(canonicalJson(outer)).toBe('{"inner":{"n":2}}');
    // frozen, but a getter: written afresh every time
    let n = 0;
    const live = Object.freeze({ get n() { return ++n; } });
    expect(canonicalJson(live)).toBe('{"n":1}');
    expect(canonicalJson(live)).toBe('{"n":2}');
    // the same content not frozen follows mutation
    const open = { v: 1 };
    expect(canonicalJson(open)).toBe('{"v":1}');
    open.v = 2;
    expect(canonicalJson(open)).toBe('{"v":2}');
  });
  it('rejects BigInt', () => {
    expect(() => canonicalJson({ a: BigInt(1) })).toThrow(TypeError);
  });
});

describe('canonicalJsonReused', () => {
  it('follows mutations of the same object', () => {
    const ctx: Record<string, unknown> = { b: 1, a: { c: [1] } };
    expect(canonicalJsonReused(ctx)).toBe('{"a":{"c":[1]},"b":1}');
    (ctx.a as { c: number[] }).c.push(2);
    expect(canonicalJsonReused(ctx)).toBe('{"a":{"c":[1,2]},"b":1}');
    ctx.b = 0.5;
    delete ctx.a;
    expect(canonicalJsonReused(ctx)).toBe('{"b":0.5}');
    expect(canonicalJsonReused(ctx)).toBe(canonicalJson(ctx));
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector for "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('canonicalJsonReused across objects', () => {
  it('gives equal text for equal content in another object or key order, and follows content', () => {
    const a = { z: { y: 1, x: [2, { q: 1, p: 0 }] }, a: 'é' };
    const b = JSON.parse(JSON.stringify(a)) as object;
    const c = { a: 'é', z: { x: [2, { p: 0, q: 1 }], y: 1 } };
    expect(canonicalJsonReused(a)).toBe(canonicalJson(a));
    expect(canonicalJsonReused(b)).toBe(canonicalJson(a));
    expect(canonicalJsonReused(c)).toBe(canonicalJson(a));
    expect(canonicalJsonReused({ n: NaN, u: undefined })).toBe('{"n":null}');
    expect(canonicalJsonReused({ n: null })).toBe('{"n":null}');
  });
});

describe('internJson', () => {
  it('keeps an input in constant use while hundreds of others pass (least recently used goes first)', () => {
    const hot = { wallet: 'hot', n: 1 };
    const first = internJson(hot).frozen;
    for (let i = 0; i < 600; i++) {
      internJson({ wallet: 'cold', i });
      if (i % 50 === 0) expect(internJson({ ...hot }).frozen).toBe(first);
    }
    expect(internJson(hot).frozen).toBe(first);
    const cold0 = internJson({ wallet: 'cold', i: 0 }).frozen;
    expect(cold0).toEqual({ wallet: 'cold', i: 0 });
    expect(Object.isFrozen(cold0)).toBe(true);
  });
});
