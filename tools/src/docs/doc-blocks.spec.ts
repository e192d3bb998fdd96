import { docBlocks, relativeLinks } from './doc-blocks';

describe('docBlocks', () => {
  it('takes only marked bash blocks, with their expectation and line', () => {
    const md = ['# t', '```bash', 'echo unmarked', '```', '<!-- doc-test expect="a \\"b\\"\\nc" -->', '', '```bash', 'echo 1', 'echo 2', '```', '<!-- doc-test -->', '```bash', 'true', '```'].join('\n');
    expect(docBlocks('g.md', md)).toEqual([
      { file: 'g.md', line: 7, code: 'echo 1\necho 2\n', expect: 'a "b"\nc' },
      { file: 'g.md', line: 12, code: 'true\n', expect: '' },
    ]);
  });

  it('rejects a marker that is not followed by a bash block', () => {
    expect(() => docBlocks('g.md', '<!-- doc-test -->\n```ts\nx\n```\n')).toThrow(/g\.md:1: doc-test marker without a bash block/);
    expect(() => docBlocks('g.md', '<!-- doc-test -->\n```bash\nx\n')).toThrow(/unterminated/);
  });
});

describe('relativeLinks', () => {
  it('keeps relative targets without anchors, drops URLs and pure anchors', () => {
    expect(relativeLinks('[a](a.md) [b](b.md#x) [c](https://x.y) [d](#top) [e](../e/README.md)')).toEqual(['a.md', 'b.md', '../e/README.md']);
  });
});
