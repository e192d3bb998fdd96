/** Restricted Damerau–Levenshtein distance ≤ 1 (one insert, delete, substitute, or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let first = -1;
    let diffs = 0;
    for (let i = 0; i < la; i += 1) {
      if (a.charCodeAt(i) !== b.charCodeAt(i)) {
        if (diffs === 0) first = i;
        diffs += 1;
        if (diffs > 2) return false;
      }
    }
    if (diffs <= 1) return true;
    // exactly two: adjacent transposition?
    return first + 1 < la && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  let j = 0;
  let skipped = false;
  while (i < s.length && j < l.length) {
    if (s.charCodeAt(i) === l.charCodeAt(j)) {
      i += 1;
      j += 1;
    } else {
      if (skipped) return false;
      skipped = true;
      j += 1;
    }
  }
  return true;
}

/** True when `a` is `b` with two adjacent letters swapped (the only typo allowed on 4-letter words). */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i += 1;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Typos allowed on 4-letter verbs: adjacent swap, one letter dropped, or one letter doubled (no substitutions). */
export function isShortVerbTypo(word: string, verb: string): boolean {
  if (isTransposition(word, verb)) return true;
  if (word.length === verb.length - 1) {
    for (let i = 0; i < verb.length; i += 1) if (verb.slice(0, i) + verb.slice(i + 1) === word) return true;
    return false;
  }
  if (word.length === verb.length + 1) {
    for (let i = 0; i < verb.length; i += 1) if (verb.slice(0, i + 1) + verb[i] + verb.slice(i + 1) === word) return true;
  }
  return false;
}
