import * as crypto from 'node:crypto';

/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace. Values are written exactly as
 * `JSON.stringify` would write them (undefined/function properties dropped, non-finite numbers → null), so
 * the canonical form of a value equals the canonical form of `JSON.parse(JSON.stringify(value))`: a hash
 * computed before printing still checks after a round trip through a file.
 *
 * `memo` holds ready-made text for objects that will not change (a request's context is written twice per
 * run: into the input hash and, inside `audit.request`, into the result hash). It is only read here.
 */
export function canonicalJson(value: unknown, memo?: WeakMap<object, string>): string {
  const out = write(value, memo);
  return out === undefined ? 'null' : out;
}

// Printable ASCII without '"' and '\': JSON.stringify leaves such strings as they are.
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function str(s: string): string {
  return PLAIN.test(s) ? '"' + s + '"' : JSON.stringify(s);
}

function write(value: unknown, memo: WeakMap<object, string> | undefined): string | undefined {
  switch (typeof value) {
    case 'string':
      return str(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new TypeError('canonicalJson: BigInt is not JSON');
    default:
      break;
  }
  if (value === null) return 'null';
  const obj = value as Record<string, unknown>;
  const hit = memo?.get(obj);
  if (hit !== undefined) return hit;
  // A frozen object whose members are all primitives cannot change: its text is kept for good (constants that
  // appear in every result, such as an adapter's empty channel report or a cached config).
  const frozen = Object.isFrozen(obj);
  if (frozen) {
    const f = frozenText.get(obj);
    if (f !== undefined) return f;
  }
  let s: string;
  if (typeof (obj as { toJSON?: unknown }).toJSON === 'function') {
    return write((obj as { toJSON: () => unknown }).toJSON(), memo);
  } else if (Array.isArray(obj)) {
    s = '[';
    for (let i = 0; i < obj.length; i++) {
      if (i > 0) s += ',';
      s += write(obj[i], memo) ?? 'null';
    }
    s += ']';
  } else {
    const keys = sortKeys(Object.keys(obj));
    s = '{';
    let first = true;
    let flat = frozen;
    for (const k of keys) {
      const x = obj[k];
      if (flat && typeof x === 'object' && x !== null) flat = false;
      const v = write(x, memo);
      if (v === undefined) continue;
      if (!first) s += ',';
      first = false;
      s += keyText(k) + v;
    }
    s += '}';
    if (flat && dataOnly(obj)) frozenText.set(obj, s);
  }
  return s;
}

const frozenText = new WeakMap<object, string>();

/**
 * Keys in UTF-16 code-unit order, as Array.prototype.sort orders strings. Results are made of small objects, where
 * an insertion sort with `<` (which compares code units too) is about 3× cheaper than the generic sort.
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > k) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}

// `"key":` per key name: results reuse a small vocabulary of keys, so the escape check and concatenation are done
// once per name. Bounded (names past the bound are simply written each time).
const keyTexts = new Map<string, string>();

function keyText(k: string): string {
  let t = keyTexts.get(k);
  if (t === undefined) {
    t = str(k) + ':';
    if (keyTexts.size < 4096) keyTexts.set(k, t);
  }
  return t;
}

// A frozen object can still have a getter whose value changes: those are never cached (checked once, on a miss).
function dataOnly(obj: object): boolean {
  for (const d of Object.values(Object.getOwnPropertyDescriptors(obj))) if (d.get !== undefined) return false;
  return true;
}

/** A JSON input seen before: its canonical text and one deep-frozen copy shared by every request carrying it. */
export interface InternedJson<T extends object = object> {
  readonly canonical: string;
  /** Typed as the input: for JSON input it is an equal value (JSON.parse of its text), deep-frozen. */
  readonly frozen: T;
}

const interned = new Map<string, InternedJson>();

/**
 * An object callers send again and again (one wallet context for every prompt; the server parses the same context
 * afresh per request), looked up by its JSON text: its canonical text and a deep-frozen copy of its JSON value.
 * The canonical form is a function of `JSON.parse(JSON.stringify(value))` (see canonicalJson), so equal text ⇒
 * equal canonical text and equal frozen copy, whatever the object's identity, and a mutated object simply has new
 * text. JSON.stringify is native and a few times cheaper than sorting. Bounded: the least recently used goes first.
 * The frozen copy is what adapters receive: they cannot change the caller's data, and equal inputs are one object
 * (so an adapter may memoise work on it by identity).
 */
export function internJson<T extends object>(value: T): InternedJson<T> {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) return { canonical: canonicalJson(value), frozen: value };
  const hit = interned.get(json) as InternedJson<T> | undefined;
  if (hit !== undefined) {
    // Least recently used goes first: a wallet in constant use stays while hundreds of others come and go.
    interned.delete(json);
    interned.set(json, hit);
    return hit;
  }
  const entry: InternedJson<T> = { canonical: canonicalJson(value), frozen: deepFreeze(JSON.parse(json) as T) };
  if (json.length <= INTERN_MAX_CHARS) {
    interned.set(json, entry);
    if (interned.size > INTERN_CAPACITY) interned.delete(interned.keys().next().value as string);
  }
  return entry;
}

/** `internJson(value).canonical`. */
export function canonicalJsonReused(value: object): string {
  return internJson(value).canonical;
}

const INTERN_CAPACITY = 256;
// Bounds the memory the table can hold (about 256 × 3 × 16 kB at worst); larger inputs are simply not remembered.
const INTERN_MAX_CHARS = 16_384;

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** Lower-case hex sha256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  // crypto.hash (Node ≥ 20.12) skips the Hash object; the streaming API is the fallback.
  return oneShot !== undefined ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

const oneShot = (crypto as { hash?: (alg: string, data: string, enc: 'hex') => string }).hash;
