/** Little-endian base64 codecs for typed arrays, so artifacts read the same on every platform. */

/** Float32 values → base64 (little-endian). */
export function f32ToBase64(a: Float32Array): string {
  const buf = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) buf.writeFloatLE(a[i], i * 4);
  return buf.toString('base64');
}

/** Int32 values → base64 (little-endian). */
export function i32ToBase64(a: Int32Array): string {
  const buf = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) buf.writeInt32LE(a[i], i * 4);
  return buf.toString('base64');
}

/** Strict base64 (canonical alphabet and padding), so a re-encoded payload is byte-identical. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** base64 → Float32 values, or null when malformed or not a whole number of floats. */
export function base64ToF32(s: string): Float32Array | null {
  if (!BASE64.test(s)) return null;
  const buf = Buffer.from(s, 'base64');
  if (buf.length % 4 !== 0) return null;
  const out = new Float32Array(buf.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readFloatLE(i * 4);
  return out;
}

/** base64 → Int32 values, or null when malformed. */
export function base64ToI32(s: string): Int32Array | null {
  if (!BASE64.test(s)) return null;
  const buf = Buffer.from(s, 'base64');
  if (buf.length % 4 !== 0) return null;
  const out = new Int32Array(buf.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readInt32LE(i * 4);
  return out;
}
