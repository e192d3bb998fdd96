import { formatTable } from './dry-run';

describe('formatTable', () => {
  it('aligns columns and shows size in kB with problems in the last column', () => {
    const t = formatTable([
      { name: '@micro-lm/a', version: '0.1.0', tarball: '/t/a.tgz', bytes: 2048, files: 3, problems: [] },
      { name: '@micro-lm/longer', version: '10.2.3', tarball: '/t/b.tgz', bytes: 1536, files: 12, problems: ['no exports map', 'sideEffects is not false'] },
    ]);
    expect(t.split('\n')).toEqual([
      'package           version  tarball  files  check',
      '@micro-lm/a       0.1.0    2.0 kB   3      ok',
      '@micro-lm/longer  10.2.3   1.5 kB   12     no exports map; sideEffects is not false',
    ]);
  });
});
