/** A shell block of the guide that the doc-test runs. */
export interface DocBlock {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
  /** Text stdout must contain ('' = only the exit status is checked). */
  readonly expect: string;
}

const MARKER = /^<!-- doc-test(?: expect=("(?:[^"\\]|\\.)*"))? -->\s*$/;

/**
 * The ```bash blocks preceded by a `<!-- doc-test -->` comment (blank lines between are allowed). `expect` is a
 * JSON string, so `\"` and `\n` work in it. A marker not followed by a bash block is an error: it would
 * silently test nothing.
 */
export function docBlocks(file: string, markdown: string): DocBlock[] {
  const lines = markdown.split('\n');
  const out: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]);
    if (m === null) continue;
    const expect = m[1] === undefined ? '' : (JSON.parse(m[1]) as string);
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    if (j >= lines.length || lines[j].trim() !== '```bash') throw new Error(`${file}:${i + 1}: doc-test marker without a bash block after it`);
    const end = lines.findIndex((l, k) => k > j && l.trim() === '```');
    if (end < 0) throw new Error(`${file}:${j + 1}: unterminated bash block`);
    out.push({ file, line: j + 1, code: lines.slice(j + 1, end).join('\n') + '\n', expect });
    i = end;
  }
  return out;
}

/** Relative markdown link targets (`[x](y.md)`, anchors stripped; URLs and pure anchors left out). */
export function relativeLinks(markdown: string): string[] {
  const out: string[] = [];
  const re = /\]\(([^)\s]+)\)/g;
  for (let m = re.exec(markdown); m !== null; m = re.exec(markdown)) {
    const target = m[1].split('#')[0];
    if (target === '' || /^[a-z]+:/i.test(target)) continue;
    out.push(target);
  }
  return out;
}
