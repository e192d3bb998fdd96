#!/usr/bin/env node
// micro-lm: the command line (DESIGN §6). Thin: parsing and printing here, everything else in the runner.
// Start-up matters (one `defi … --json` process must stay well under 400 ms): the commands import the
// runner only when they run, and the runner loads only the domain (and model) a command needs.
import type { Command as CommandT } from 'commander' with { 'resolution-mode': 'import' };
import { arcCommand, type ArcOptions } from './commands/arc';
import { batchCommand, type BatchCommandOptions } from './commands/batch';
import { appCommand } from './commands/app';
import { benchCommand } from './commands/bench';
import { defiCommand, type DefiOptions } from './commands/defi';
import { modelsFetchCommand, type FetchCommandOptions } from './commands/models';
import { replayCommand, type ReplayOptions } from './commands/replay';
import { solveCommand, type SolveCommandOptions } from './commands/solve';
import { trainCommand, type TrainOptions } from './commands/train';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, oneLine, UsageError } from './errors';

// stdout carries only results: anything a library logs goes to stderr.
console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function buildProgram(setExit: (code: number) => void): Promise<CommandT> {
  const { Command, Option, InvalidArgumentError } = await import('commander');
  const int = (name: string) => (v: string): number => {
    if (!/^-?\d+$/.test(v.trim())) throw new InvalidArgumentError(`${name} must be an integer`);
    return Number(v);
  };
  const railsOpt = () => new Option('--rails <rails>', 'stage10 (detector) or stage11 (detector + denoise)').choices(['stage10', 'stage11']);
  const traceOpt = () => new Option('-T, --trace-length <n>', 'trace length T (default 128)').argParser(int('T'));
  const modelDirOpt = () => new Option('--model-dir <dir>', 'local sentence-embedding model for --backend sbert (default: MICRO_LM_MODEL_DIR)');
  const jsonOpt = () => new Option('--json', 'print exactly one JSON document on stdout');
  const run = (f: () => Promise<number> | number) => async (): Promise<void> => setExit(await f());

  const program = new Command('micro-lm')
    .description('Deterministic, auditable reasoning sidecars: accept a verified plan, abstain, or block.')
    .version(version())
    .showSuggestionAfterError(false)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
    .addHelpText('after', '\nExit status: 0 for accept, abstain and block; 1 internal error; 2 usage error; 3 replay mismatch.');

  program
    .command('defi')
    .description('plan and verify one DeFi instruction')
    .argument('<prompt>', 'the instruction, e.g. "deposit 10 ETH into aave"')
    .option('--context <file|json>', 'account, prices and oracle state (a file, or inline JSON)')
    .option('--policy <file|json>', 'policy overrides, e.g. {"ltv_max":0.6}')
    .addOption(new Option('--backend <name>', 'encoder backend').choices(['wordmap', 'sbert']))
    .addOption(modelDirOpt())
    .addOption(railsOpt())
    .addOption(traceOpt())
    .addOption(jsonOpt())
    .action((prompt: string, opts: DefiOptions) => run(async () => defiCommand(prompt, opts))());

  const arc = program
    .command('arc')
    // options after `solve` belong to `arc solve` (both have --json)
    .enablePositionalOptions()
    .description('run a grid instruction on --grid, or solve ARC tasks (arc solve)')
    .argument('<prompt>', 'the instruction, e.g. "rotate it 90 degrees clockwise then mirror it left to right"')
    .option('--grid <file|json>', 'the input grid (rows of 0-9)')
    .addOption(railsOpt())
    .addOption(traceOpt())
    .addOption(jsonOpt())
    .action((prompt: string, opts: ArcOptions) => run(async () => arcCommand(prompt, opts))());
  arc
    .command('solve')
    .description('search a program that fits every train pair of an ARC task and apply it to the tests')
    .argument('<path>', 'a task .json file, or a directory of them (JSONL output, by file name)')
    .addOption(new Option('--budget-ms <ms>', 'time budget per task (default 2000)').argParser(int('--budget-ms')))
    .addOption(jsonOpt())
    .action((path: string, opts: SolveCommandOptions) => run(async () => solveCommand(path, opts))());

  program
    .command('batch')
    .description('run a JSONL file of {id, prompt, context?, policy?, grid?}: one result line per input line, in order')
    .argument('<in.jsonl>', 'input file ("-" for stdin)')
    .requiredOption('--domain <domain>', 'domain of every line: defi, arc, or any registered domain (e.g. wallet)')
    .option('--out <out.jsonl>', 'write the results here instead of stdout')
    .option('--json', 'accepted for symmetry: batch output is always JSONL')
    .addOption(new Option('--backend <name>', 'encoder backend').choices(['wordmap', 'sbert']))
    .addOption(modelDirOpt())
    .addOption(railsOpt())
    .addOption(traceOpt())
    .action((path: string, opts: BatchCommandOptions) => run(async () => batchCommand(path, opts))());

  program
    .command('train')
    .description("retrain a domain's model deterministically (default: over the committed model)")
    .addOption(new Option('--domain <domain>', 'domain to train').choices(['defi', 'arc']).makeOptionMandatory())
    .option('--out <file>', 'where to write the model artifact')
    .option('--train <file>', 'training JSONL (default: the committed generated set)')
    .option('--dev <file>', 'held-out JSONL for calibration and thresholds')
    .addOption(new Option('--seed <n>', 'training seed').argParser(int('--seed')))
    .addOption(new Option('--backend <name>', 'encoder backend (sbert: DeFi only, written next to the model)').choices(['wordmap', 'sbert']))
    .addOption(modelDirOpt())
    .action((opts: TrainOptions) => run(async () => trainCommand(opts))());

  program
    .command('bench')
    .description("run a domain's benchmark (same as pnpm bench:<domain>)")
    .addOption(new Option('--domain <domain>', 'domain to benchmark').choices(['defi', 'arc']).makeOptionMandatory())
    .argument('[args...]', 'passed to the benchmark driver')
    .allowUnknownOption()
    .action((args: string[], opts: { domain: 'defi' | 'arc' }) => run(async () => benchCommand(opts.domain, args))());

  const models = program.command('models').description('local models for --backend sbert');
  models
    .command('fetch')
    .description('download the sentence-embedding model (needs network; checks every file against the hub sha256)')
    .requiredOption('--model-dir <dir>', 'where to put it (then pass --model-dir or set MICRO_LM_MODEL_DIR)')
    .option('--model <id>', 'hub model id (default Xenova/all-MiniLM-L6-v2)')
    .option('--revision <rev>', 'hub revision (default main)')
    .option('--dtype <list>', 'weights to fetch: q8, fp32 or q8,fp32 (default q8)')
    .option('--host <url>', 'hub base URL (default: transformers.js env.remoteHost)')
    .addOption(jsonOpt())
    .action((opts: FetchCommandOptions) => run(async () => modelsFetchCommand(opts))());

  program
    .command('serve')
    .description('start the HTTP API and audit viewer (apps/server; --help there lists --port, --workers, limits)')
    .argument('[args...]', 'passed to the server, e.g. --port 8787 --workers 2')
    .allowUnknownOption()
    .helpOption(false)
    .action((args: string[]) => run(async () => appCommand('serve', args))());

  program
    .command('mcp')
    .description('start the Model Context Protocol server on stdio (apps/mcp; --http for streamable HTTP)')
    .argument('[args...]', 'passed to the MCP server')
    .allowUnknownOption()
    .helpOption(false)
    .action((args: string[]) => run(async () => appCommand('mcp', args))());

  program
    .command('replay')
    .description('re-run the request stored in a result (or a batch output) and check its audit hash')
    .argument('<result.json>', 'a result document, or JSONL of results')
    .addOption(modelDirOpt())
    .addOption(jsonOpt())
    .action((path: string, opts: ReplayOptions) => run(async () => replayCommand(path, opts))());

  for (const c of [program, ...program.commands, ...arc.commands, ...models.commands]) c.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/** Parse argv, run the command, and return the exit status (never throws). */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  try {
    const program = await buildProgram((c) => (code = c));
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    const e = err as { code?: unknown; exitCode?: unknown };
    if (typeof e.code === 'string' && e.code.startsWith('commander.')) {
      // commander already printed its one-line message (or the help / version)
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`micro-lm: ${err.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`micro-lm: internal error: ${oneLine(err)}\n`);
    return EXIT.internal;
  }
}

// A reader that stops early (`micro-lm batch … | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`micro-lm: cannot write output: ${oneLine(err)}\n`);
  process.exit(EXIT.internal);
});

// Run when executed directly; tools/micro-lm.mjs (`pnpm micro-lm`) calls main() itself.
if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
