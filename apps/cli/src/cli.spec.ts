import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, cli, linesOf } from './cli-harness';

const tmp = mkdtempSync(join(tmpdir(), 'micro-lm-cli-'));

beforeAll(() => buildCli(), 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A usage or internal error: nothing on stdout, exactly one line on stderr, no stack trace. */
function expectOneLineError(r: ReturnType<typeof cli>, code: number, pattern: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(linesOf(r.stderr)).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('micro-lm --help', () => {
  it.each([[[]], [['defi']], [['arc']], [['arc', 'solve']], [['batch']], [['train']], [['bench']], [['replay']]])(
    'prints usage for %j and exits 0',
    (cmd) => {
      const r = cli([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: micro-lm${cmd.length ? ' ' + cmd.join(' ') : ''} `));
      expect(r.stderr).toBe('');
    },
  );
});

describe('usage errors: one line, exit 2', () => {
  it('unknown command', () => expectOneLineError(cli(['lend', 'x']), 2, /unknown command 'lend'/));
  it('missing prompt', () => expectOneLineError(cli(['defi']), 2, /missing required argument 'prompt'/));
  it('unknown backend', () => expectOneLineError(cli(['defi', 'x', '--backend', 'gpt']), 2, /Allowed choices are wordmap, sbert/));
  it('non-integer T', () => expectOneLineError(cli(['defi', 'x', '-T', '12.5']), 2, /T must be an integer/));
  it('batch without --domain', () => expectOneLineError(cli(['batch', 'x.jsonl']), 2, /--domain/));
  it('invalid JSON context', () => expectOneLineError(cli(['defi', 'deposit 1 ETH', '--context', '{"now": 1,']), 2, /^micro-lm: --context: inline value is not valid JSON/));
  it('unreadable context file', () => expectOneLineError(cli(['defi', 'deposit 1 ETH', '--context', 'no/such/file.json']), 2, /^micro-lm: --context: cannot read no\/such\/file.json/));
  it('context file that is not JSON', () => {
    const f = join(tmp, 'ctx.json');
    writeFileSync(f, 'now=1\n');
    expectOneLineError(cli(['defi', 'deposit 1 ETH', '--context', f]), 2, /--context: .*ctx\.json is not valid JSON/);
  });
  it('missing batch input', () => expectOneLineError(cli(['batch', '--domain', 'defi', join(tmp, 'none.jsonl')]), 2, /^micro-lm: batch: cannot read/));
  it('replay of a file that is not JSON', () => {
    const f = join(tmp, 'bad.json');
    writeFileSync(f, 'not json\n');
    expectOneLineError(cli(['replay', f]), 2, /^micro-lm: replay: line 1 is not valid JSON/);
  });
});

describe('invalid requests become abstain_invalid_input results (exit 0, never ok)', () => {
  it.each([
    ['empty prompt', ['defi', '', '--json']],
    ['blank prompt', ['defi', '   ', '--json']],
    ['100 kB prompt', ['defi', 'deposit 1 ETH '.repeat(7700), '--json']],
    ['context that is not an object', ['defi', 'deposit 1 ETH', '--context', '[1, 2]', '--json']],
    ['T out of range', ['defi', 'deposit 1 ETH', '-T', '4', '--json']],
    ['grid that is not JSON rows', ['arc', '', '--grid', '[[1,2],[3]]', '--json']],
  ])('%s', (_name, args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(linesOf(r.stdout)).toHaveLength(1);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ ok: false, decision: 'abstain', label: 'abstain', reason: 'abstain_invalid_input' });
    expect(r.stderr).toBe('');
  });

  it('prints the problems in human mode', () => {
    const r = cli(['defi', '']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^decision\s+abstain$/m);
    expect(r.stdout).toMatch(/^reason\s+abstain_invalid_input$/m);
    expect(r.stdout).toMatch(/^errors\s+prompt: must not be empty$/m);
  });
});

describe('batch: a bad line never stops the batch', () => {
  it('writes one line per input line with line numbers and ids', () => {
    const input = ['{"id":"a","prompt":""}', 'not json', '', '{"id":"c","prompt":"x","colour":"red"}', '[]'].join('\n');
    const f = join(tmp, 'bad.jsonl');
    writeFileSync(f, input);
    const r = cli(['batch', '--domain', 'defi', f]);
    expect(r.code).toBe(0);
    const out = linesOf(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => [o.line, o.id, o.reason, o.ok])).toEqual([
      [1, 'a', 'abstain_invalid_input', false],
      [2, undefined, 'abstain_invalid_input', false],
      [4, 'c', 'abstain_invalid_input', false],
      [5, undefined, 'abstain_invalid_input', false],
    ]);
    expect(r.stderr).toMatch(/^batch: 4 results \(abstain_invalid_input 4\)$/m);
  });

  it('reads stdin for "-" and writes --out', () => {
    const outFile = join(tmp, 'out.jsonl');
    const r = cli(['batch', '--domain', 'arc', '-', '--out', outFile], '{"id":1,"prompt":" "}\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const replayed = cli(['replay', outFile, '--json']);
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.stdout)).toMatchObject({ id: 1, identical: true, hashValid: true, reran: false });
  });
});
