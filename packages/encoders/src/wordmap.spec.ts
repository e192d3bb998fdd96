import { FNV_OFFSET, fmix32, fnvRange, fnvStep } from './hash';
import { sparseDot, sparseNorm } from './sparse';
import { tokenize } from './tokenize';
import { createWordmap } from './wordmap';
import { DEFAULT_WORDMAP_OPTIONS } from './wordmap-options';

const wordsOnly = { charNgrams: [0, 0] as const, wordBigrams: false };
const bucketOfWord = (w: string, dim: number) => fmix32(fnvRange(fnvStep(FNV_OFFSET, 0x77), w)) & (dim - 1);

describe('wordmap encoder', () => {
  it('computes sublinear tf and L2 norm by hand for a words-only setting', () => {
    const enc = createWordmap({ ...wordsOnly, dim: 1 << 16 });
    const v = enc.encodeSparse('ETH eth USDC');
    const a = 1 + Math.log(2);
    const norm = Math.sqrt(a * a + 1);
    const expected = new Map([
      [bucketOfWord('eth', 1 << 16), a / norm],
      [bucketOfWord('usdc', 1 << 16), 1 / norm],
    ]);
    expect(v.idx.length).toBe(2);
    for (let i = 0; i < v.idx.length; i++) expect(v.val[i]).toBeCloseTo(expected.get(v.idx[i]) as number, 6);
  });

  it('emits 6 char n-grams (3-, 4-, 5-grams of "<eth>") for one three-letter word', () => {
    const enc = createWordmap({ wordBigrams: false, weights: { word: 0, bigram: 0, char: 1 } });
    expect(enc.encodeSparse('eth').idx.length).toBe(6);
    expect(enc.encodeSparse('e').idx.length).toBe(1); // "<e>" has one 3-gram
  });

  it('adds boundary bigrams only where the window touches the ends of the text', () => {
    const enc = createWordmap({ charNgrams: [0, 0], wordBigrams: true });
    expect(enc.encodeSparse('swap').idx.length).toBe(3); // swap, <s>→swap, swap→</s>
    const tokens = tokenize('please swap now');
    expect(enc.encodeTokens(tokens, 1, 2).idx.length).toBe(1); // just "swap"
    expect(enc.encodeTokens(tokens, 0, 2).idx.length).toBe(4); // please, swap, <s>→please, please→swap
  });

  it('is deterministic across calls and instances, and a full window equals encodeSparse', () => {
    const text = 'Swap 2 ETH to USDC on Uniswap, then deposit it into Aave v3';
    const a = createWordmap().encodeSparse(text);
    const b = createWordmap().encodeSparse(text);
    expect(Array.from(a.idx)).toEqual(Array.from(b.idx));
    expect(Array.from(a.val)).toEqual(Array.from(b.val));
    const enc = createWordmap();
    const w = enc.encodeTokens(tokenize(text));
    expect(Array.from(w.idx)).toEqual(Array.from(a.idx));
    expect(Array.from(w.val)).toEqual(Array.from(a.val));
  });

  it('never changes a returned vector when later encodes fill and replace its buffer', () => {
    const enc = createWordmap();
    const texts = Array.from({ length: 3000 }, (_, i) => `deposit ${i} eth into vault${i % 97} on chain${i % 13} please now`);
    const vectors = texts.map((t) => enc.encodeSparse(t));
    const fresh = createWordmap();
    texts.forEach((t, i) => {
      const again = fresh.encodeSparse(t);
      expect(Array.from(vectors[i].idx)).toEqual(Array.from(again.idx));
      expect(Array.from(vectors[i].val)).toEqual(Array.from(again.val));
    });
  });

  it('produces unit-norm vectors with strictly ascending indices', () => {
    const enc = createWordmap();
    for (const t of ['deposit 10 ETH into aave', 'what is my health factor?', 'x', '!!!', 'naïve ＳＷＡＰ 😀']) {
      const v = enc.encodeSparse(t);
      expect(sparseNorm(v)).toBeCloseTo(1, 6);
      for (let i = 1; i < v.idx.length; i++) expect(v.idx[i]).toBeGreaterThan(v.idx[i - 1]);
    }
  });

  it('encodes empty and blank text as the zero vector', () => {
    const enc = createWordmap();
    expect(enc.encodeSparse('').idx.length).toBe(0);
    expect(enc.encodeSparse('   ').val.length).toBe(0);
  });

  it('treats amounts as a class and ignores case', () => {
    const enc = createWordmap();
    const a = enc.encodeSparse('deposit 5 ETH');
    const b = enc.encodeSparse('Deposit 1,250.75 eth');
    expect(Array.from(a.idx)).toEqual(Array.from(b.idx));
    expect(Array.from(a.val)).toEqual(Array.from(b.val));
  });

  it('keeps typos close through char n-grams and unrelated text far', () => {
    const enc = createWordmap();
    const base = enc.encodeSparse('withdraw my collateral');
    // One typo keeps more than two thirds of the vector; even two typos in three words keep a third of it.
    expect(sparseDot(base, enc.encodeSparse('withdraw my colateral'))).toBeGreaterThan(0.65);
    expect(sparseDot(base, enc.encodeSparse('withdrw my colateral'))).toBeGreaterThan(0.35);
    expect(sparseDot(base, enc.encodeSparse('hello there friend'))).toBeLessThan(0.05);
  });

  it('dense output holds exactly the sparse non-zeros', async () => {
    const enc = createWordmap({ dim: 1 << 10 });
    const s = enc.encodeSparse('stake 3 eth with lido');
    const [d] = await enc.encode(['stake 3 eth with lido']);
    expect(d.length).toBe(1 << 10);
    let nonZero = 0;
    for (let i = 0; i < d.length; i++) if (d[i] !== 0) nonZero++;
    expect(nonZero).toBe(s.idx.length);
    for (let i = 0; i < s.idx.length; i++) expect(d[s.idx[i]]).toBe(s.val[i]);
  });

  it('fingerprints the settings: same settings same hash, any change a new hash', () => {
    const fp = createWordmap().fingerprint;
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(createWordmap({ ...DEFAULT_WORDMAP_OPTIONS }).fingerprint).toBe(fp);
    expect(createWordmap({ dim: 1 << 16 }).fingerprint).not.toBe(fp);
    expect(createWordmap({ weights: { word: 1, bigram: 0.8, char: 0.31 } }).fingerprint).not.toBe(fp);
    expect(createWordmap({ charNgrams: [3, 4] }).fingerprint).not.toBe(fp);
  });

  it('rejects invalid settings', () => {
    expect(() => createWordmap({ dim: 1000 })).toThrow(RangeError);
    expect(() => createWordmap({ dim: 1 << 29 })).toThrow(RangeError);
    expect(() => createWordmap({ charNgrams: [4, 3] })).toThrow(RangeError);
    expect(() => createWordmap({ weights: { word: -1, bigram: 1, char: 1 } })).toThrow(RangeError);
  });

  describe('attributeTokens', () => {
    it('returns the same vector as encodeTokens, with shares summing to each value', () => {
      const enc = createWordmap();
      const tokens = tokenize('swap 2 ETH to USDC, then stake it');
      const att = enc.attributeTokens(tokens);
      const plain = enc.encodeTokens(tokens);
      expect(Array.from(att.vec.idx)).toEqual(Array.from(plain.idx));
      expect(Array.from(att.vec.val)).toEqual(Array.from(plain.val));
      const sums = new Float64Array(att.vec.idx.length);
      att.slot.forEach((s, i) => (sums[s] += att.share[i]));
      sums.forEach((x, s) => expect(x).toBeCloseTo(att.vec.val[s], 6));
      for (const t of att.token) expect(t >= 0 && t < tokens.length).toBe(true);
    });

    it('splits a bigram between its two tokens and gives boundary bigrams to the real token', () => {
      // Bigrams only: "a b" has <s>→a (all to a), a→b (half each), b→</s> (all to b); three distinct buckets.
      const enc = createWordmap({ charNgrams: [0, 0], weights: { word: 0, bigram: 1, char: 0 } });
      const att = enc.attributeTokens(tokenize('alpha beta'));
      const perToken = [0, 0];
      att.token.forEach((t, i) => (perToken[t] += att.share[i]));
      const v = 1 / Math.sqrt(3); // three equal features, L2-normalised
      expect(att.vec.idx.length).toBe(3);
      expect(perToken[0]).toBeCloseTo(1.5 * v, 6);
      expect(perToken[1]).toBeCloseTo(1.5 * v, 6);
    });

    it('attributes a window to the tokens inside it only', () => {
      const enc = createWordmap();
      const att = enc.attributeTokens(tokenize('please deposit 5 eth now'), 1, 4);
      expect(new Set(att.token)).toEqual(new Set([1, 2, 3]));
    });
  });
});
