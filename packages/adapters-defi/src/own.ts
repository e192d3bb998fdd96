/** `rec[key]` for own keys only: a word like "constructor" must never hit Object.prototype. */
export function own<V>(rec: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}
