import { firstTsBlock, importedPackages } from './readme-example';

describe('firstTsBlock', () => {
  it('returns the first ts block only, without its fences', () => {
    const md = '# x\n\n```bash\nls\n```\n\n```ts\nconst a = 1;\nconsole.log(a);\n```\n\n```ts\nsecond();\n```\n';
    expect(firstTsBlock(md)).toBe('const a = 1;\nconsole.log(a);\n');
  });

  it('ignores tsx/typescript-looking fences that are not ts and returns null without one', () => {
    expect(firstTsBlock('```tsx\n<a/>\n```\n')).toBeNull();
    expect(firstTsBlock('no code')).toBeNull();
  });
});

describe('importedPackages', () => {
  it('finds bare package names of static, dynamic and require imports', () => {
    const code = "import fs from 'fs';\nimport { a } from '@micro-lm/mapper';\nimport * as E from 'fp-ts/Either';\nimport x from './local';\nimport { readFileSync } from 'node:fs';\nimport * as path from 'path';\nconst z = require('zod');\nawait import('@scope/pkg/sub');\n";
    expect(importedPackages(code)).toEqual(['@micro-lm/mapper', '@scope/pkg', 'fp-ts', 'zod']);
  });
});
