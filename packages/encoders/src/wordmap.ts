import type { Attribution, AttributingEncoder } from './encoder';
import { canonicalJson, sha256Hex } from './canonical-json';
import * as hash from './hash';
import * as radix from './radix-sort';
import { type SparseVec, sparseSlot, sparseToDense } from './sparse';
import { DEFAULT_WORDMAP_OPTIONS, type WordmapOptions, checkOptions } from './wordmap-options';
import * as wordmapOptions from './wordmap-options';
import { TOKENIZER_VERSION, type Token, tokenize } from './tokenize';

/** Version of the feature rules below; bump it when they change so fingerprints change. */
export const WORDMAP_VERSION = 1;

// Hot helpers bound once to module-local constants: some TS runners (tsx/esbuild) compile each use of an
// imported function to a getter call on the module object, which costs ~30% of the encoder's time.
const { FNV_OFFSET, fmix32, fnvRange, fnvStep } = hash;
const { radixSortInt32 } = radix;
const { featureForm } = wordmapOptions;

const FAMILY_WORD = 0;
const FAMILY_BIGRAM = 1;
const FAMILY_CHAR = 2;
const TAG_WORD = fnvStep(FNV_OFFSET, 0x77); // 'w'
const TAG_BIGRAM = fnvStep(FNV_OFFSET, 0x62); // 'b'
const TAG_CHAR = fnvStep(FNV_OFFSET, 0x63); // 'c'
const SEP = 0x1f;
const SLAB_BYTES = 1 << 16;
const BOS = '<s>';
const EOS = '</s>';

/**
 * Lexical encoder: hashed word unigrams, word bigrams and character n-grams of the tokenised text, sublinear tf
 * (1 + ln count) times the family weight, L2-normalised. Stateless (nothing learned), so the fingerprint is the
 * sha256 of the settings and rule versions. Not re-entrant within one call (it reuses a scratch buffer), which
 * is fine in single-threaded JS.
 */
export class WordmapEncoder implements AttributingEncoder {
  readonly id = 'wordmap';
  readonly dim: number;
  readonly fingerprint: string;
  readonly options: WordmapOptions;
  private readonly mask: number;
  private readonly charMin: number;
  private readonly charMax: number;
  private readonly bigrams: boolean;
  private readonly fw: Float64Array;
  private keys = new Int32Array(1024);
  private idx = new Int32Array(1024);
  private acc = new Float64Array(1024);
  private readonly counts = new Int32Array(256);
  private slab = new ArrayBuffer(SLAB_BYTES);
  // Token anchors of the features being pushed, recorded only by attributeTokens.
  private anchorA = 0;
  private anchorB = 0;
  private recording: Recording | null = null;
  private slabUsed = 0;
  private readonly keyBits: number;
  private n = 0;

  constructor(options: Partial<WordmapOptions> = {}) {
    const o: WordmapOptions = {
      ...DEFAULT_WORDMAP_OPTIONS,
      ...options,
      weights: { ...DEFAULT_WORDMAP_OPTIONS.weights, ...options.weights },
    };
    checkOptions(o);
    this.options = o;
    this.dim = o.dim;
    this.mask = o.dim - 1;
    this.charMin = o.charNgrams[0];
    this.charMax = o.charNgrams[1];
    this.bigrams = o.wordBigrams;
    this.keyBits = Math.log2(o.dim) + 2;
    this.fw = Float64Array.of(o.weights.word, o.weights.bigram, o.weights.char);
    this.fingerprint = sha256Hex(canonicalJson(this.settings()));
  }

  /** The exact settings hashed into the fingerprint. */
  settings(): Record<string, unknown> {
    const o = this.options;
    return {
      id: this.id,
      version: WORDMAP_VERSION,
      tokenizer: TOKENIZER_VERSION,
      hash: 'fnv1a32+fmix32',
      tf: 'sublinear',
      dim: o.dim,
      charNgrams: [o.charNgrams[0], o.charNgrams[1]],
      wordBigrams: o.wordBigrams,
      weights: { word: o.weights.word, bigram: o.weights.bigram, char: o.weights.char },
    };
  }

  /** Sparse vector of one text. */
  encodeSparse(text: string): SparseVec {
    const tokens = tokenize(text);
    return this.encodeTokens(tokens, 0, tokens.length);
  }

  /** Sparse vector of `tokens[start, end)`; boundary bigrams only where the window touches the text's ends. */
  encodeTokens(tokens: readonly Token[], start = 0, end = tokens.length): SparseVec {
    const lo = Math.max(0, start);
    const hi = Math.min(tokens.length, end);
    this.n = 0;
    let prev = lo === 0 ? BOS : null;
    for (let i = lo; i < hi; i++) {
      const t = tokens[i];
      const form = featureForm(t);
      this.anchorA = i;
      this.anchorB = i;
      this.push(fnvRange(TAG_WORD, form), FAMILY_WORD);
      if (t.kind === 'word') this.pushCharGrams(t.norm);
      if (this.bigrams && prev !== null) {
        this.anchorA = i - 1; // −1 = the start marker
        this.pushBigram(prev, form);
      }
      prev = form;
    }
    if (this.bigrams && prev !== null && hi === tokens.length && hi > lo) {
      this.anchorA = hi - 1;
      this.anchorB = -1; // the end marker
      this.pushBigram(prev, EOS);
    }
    return this.finish();
  }

  /**
   * `encodeTokens` plus where each non-zero came from: a bucket's value is split evenly over the feature
   * occurrences that hashed into it, and a bigram's share evenly between its two tokens (all of it to the real
   * token at a text boundary). For every slot s, the shares with `slot = s` sum to `vec.val[s]`, so any linear
   * model's score decomposes exactly into per-token contributions.
   */
  attributeTokens(tokens: readonly Token[], start = 0, end = tokens.length): Attribution {
    const rec: Recording = { bucket: [], a: [], b: [] };
    this.recording = rec;
    let vec: SparseVec;
    try {
      vec = this.encodeTokens(tokens, start, end);
    } finally {
      this.recording = null;
    }
    const slots = rec.bucket.map((bucket) => sparseSlot(vec, bucket));
    const count = new Int32Array(vec.idx.length);
    for (const s of slots) if (s >= 0) count[s]++;
    const token: number[] = [];
    const slot: number[] = [];
    const share: number[] = [];
    slots.forEach((s, o) => {
      if (s < 0) return; // a zero-weight family: not in the vector
      const v = vec.val[s] / count[s];
      const a = rec.a[o];
      const b = rec.b[o];
      if (a >= 0 && b >= 0 && a !== b) {
        token.push(a, b);
        slot.push(s, s);
        share.push(v / 2, v / 2);
      } else {
        token.push(a >= 0 ? a : b);
        slot.push(s);
        share.push(v);
      }
    });
    return { vec, token: Int32Array.from(token), slot: Int32Array.from(slot), share: Float64Array.from(share) };
  }

  /** Dense vectors (length `dim`); prefer `encodeSparse`, which holds the same non-zeros. */
  encodeSync(texts: readonly string[]): Float32Array[] {
    return texts.map((t) => sparseToDense(this.encodeSparse(t), this.dim));
  }

  /** Async form of `encodeSync` (the work is synchronous). */
  encode(texts: readonly string[]): Promise<Float32Array[]> {
    return Promise.resolve(this.encodeSync(texts));
  }

  private pushBigram(a: string, b: string): void {
    this.push(fnvRange(fnvStep(fnvRange(TAG_BIGRAM, a), SEP), b), FAMILY_BIGRAM);
  }

  private pushCharGrams(w: string): void {
    const min = this.charMin;
    const max = this.charMax;
    if (max === 0) return;
    const padded = w.length + 2;
    for (let s = 0; s + min <= padded; s++) {
      let h = TAG_CHAR;
      const stop = Math.min(padded, s + max);
      for (let j = s; j < stop; j++) {
        const c = j === 0 ? 0x3c : j === padded - 1 ? 0x3e : w.charCodeAt(j - 1); // '<' word '>'
        h = fnvStep(h, c);
        if (j - s + 1 >= min) this.push(h, FAMILY_CHAR);
      }
    }
  }

  private push(h: number, family: number): void {
    if (this.n === this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    const bucket = fmix32(h) & this.mask;
    this.keys[this.n++] = (bucket << 2) | family;
    if (this.recording !== null) {
      this.recording.bucket.push(bucket);
      this.recording.a.push(this.anchorA);
      this.recording.b.push(this.anchorB);
    }
  }

  // Output vectors are views into a shared 64 KiB slab: one small typed array with its own backing store costs
  // far more (allocation plus GC finalisation) than the whole feature extraction.
  private slabBytes(bytes: number): number {
    if (this.slabUsed + bytes > this.slab.byteLength) {
      this.slab = new ArrayBuffer(Math.max(SLAB_BYTES, bytes));
      this.slabUsed = 0;
    }
    const at = this.slabUsed;
    this.slabUsed += bytes;
    return at;
  }

  // Reserve first: slabBytes may switch to a new slab, and the view must be taken on that one.
  private slabInt32(n: number): Int32Array {
    const at = this.slabBytes(n * 4);
    return new Int32Array(this.slab, at, n);
  }

  private slabFloat32(n: number): Float32Array {
    const at = this.slabBytes(n * 4);
    return new Float32Array(this.slab, at, n);
  }

  /** Sorts the collected keys, turns runs into sublinear tf values, merges families sharing a bucket, L2-normalises. */
  private finish(): SparseVec {
    const n = this.n;
    if (this.idx.length < n) {
      this.idx = new Int32Array(this.keys.length);
      this.acc = new Float64Array(this.keys.length);
    }
    const keys = radixSortInt32(this.keys, this.idx, n, this.keyBits, this.counts);
    // The sorted keys may live in `idx`; compacting in place is safe because the write index never passes the read index.
    const idx = this.idx;
    const acc = this.acc;
    const fw = this.fw;
    let m = 0;
    let i = 0;
    while (i < n) {
      const key = keys[i];
      let j = i + 1;
      while (j < n && keys[j] === key) j++;
      const bucket = key >>> 2;
      const v = fw[key & 3] * sublinearTf(j - i);
      if (m > 0 && idx[m - 1] === bucket) acc[m - 1] += v;
      else {
        idx[m] = bucket;
        acc[m++] = v;
      }
      i = j;
    }
    let ss = 0;
    let nz = 0;
    for (let k = 0; k < m; k++) {
      ss += acc[k] * acc[k];
      if (acc[k] !== 0) nz++;
    }
    // Zero-weight families leave zeros: drop them so the vector's support is exactly what carries signal.
    const outIdx = this.slabInt32(nz);
    const outVal = this.slabFloat32(nz);
    const inv = ss > 0 ? 1 / Math.sqrt(ss) : 0;
    for (let k = 0, o = 0; k < m; k++) {
      if (acc[k] === 0) continue;
      outIdx[o] = idx[k];
      outVal[o++] = acc[k] * inv;
    }
    return { idx: outIdx, val: outVal };
  }
}

const TF_TABLE = Float64Array.from({ length: 64 }, (_, c) => (c === 0 ? 0 : 1 + Math.log(c)));

/** 1 + ln(count), tabulated for the small counts that occur in prompts. */
function sublinearTf(count: number): number {
  return count < 64 ? TF_TABLE[count] : 1 + Math.log(count);
}

/** Feature occurrences recorded during one attributed encode. */
interface Recording {
  readonly bucket: number[];
  readonly a: number[];
  readonly b: number[];
}

/** A wordmap encoder with the given settings (defaults: `DEFAULT_WORDMAP_OPTIONS`). */
export function createWordmap(options: Partial<WordmapOptions> = {}): WordmapEncoder {
  return new WordmapEncoder(options);
}
