// commander declarations only: options → typed options, then a plain async function per command.
import { Command, Option } from 'commander';
import { EXIT } from '../core/errors.js';
import { FORMAT_NAMES } from '../render/index.js';
import type { Colors } from '../render/colors.js';
// Command modules are imported when their command runs: `--version` and `--help` load no pipeline or lexicon.
import type { ExtractOptions } from './commands/extract.js';
import type { ExplainOptions } from './commands/explain.js';
import type { ReconcileOptions } from './commands/reconcile.js';
import { exitCodeFor, messageFor } from './exit.js';
import { processIo, type Io } from './io.js';

const VERSION = '0.1.0';

async function chalkColors(): Promise<Colors> {
  const { default: chalk } = await import('chalk');
  return { bold: chalk.bold, dim: chalk.dim, red: chalk.red, green: chalk.green, yellow: chalk.yellow, cyan: chalk.cyan };
}

export function program(io: Io): Command {
  const p = new Command('summit-facts')
    .description('Reconciled, sourced facts from news articles about one diplomatic summit.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => {} })
    .showSuggestionAfterError();
  p.command('extract')
    .description('read articles (files, folders, or - for stdin) and print people, places, figures, dates, quotes and facts')
    .argument('<paths...>', 'files or folders (.txt, .md, .html, .jsonl; folders are read recursively), or - for stdin')
    .option('--json', 'print the JSON document of the output contract (same as --format json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('table'))
    .option('--reference-date <YYYY-MM-DD>', 'publication date for sources that give none (relative dates resolve against it)')
    .option('-o, --out <file>', 'write the output to a file (atomically) instead of stdout')
    .option('--no-color', 'no colours in the table (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no warnings on stderr')
    .option('--max-source-bytes <size>', 'size cap per source, longer ones are cut at a paragraph break (bytes, or 500K, 5M)', '5M')
    .option('-j, --jobs <n>', 'threads that extract the sources: auto (several cores and a large input), or a number; 1: no worker threads', 'auto')
    .option('--emit <what>', 'write one NDJSON record per source instead of the report: "extractions", for `reconcile` (map/reduce)')
    .action(async (paths: string[], opts: ExtractOptions) => (await import('./commands/extract.js')).extractCommand(paths, opts, io, chalkColors));
  p.command('reconcile')
    .description('merge extraction records (from `extract --emit extractions`, any split, any order) into the report')
    .argument('<files...>', 'NDJSON files of extraction records, or - for stdin')
    .option('--json', 'print the JSON document of the output contract (same as --format json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('table'))
    .option('-o, --out <file>', 'write the output to a file (atomically) instead of stdout')
    .option('--no-color', 'no colours in the table (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no warnings on stderr')
    .action(async (files: string[], opts: ReconcileOptions) => (await import('./commands/reconcile.js')).reconcileCommand(files, opts, io, chalkColors));
  p.command('explain')
    .description('print the evidence chain of a fact, figure or entity id (or "summit"): sentences, offsets, rules, steps, reference dates')
    .argument('<id>', 'a fact, figure or entity id from `extract --json`, or "summit"')
    .argument('<paths...>', 'the same files or folders given to extract')
    .option('--reference-date <YYYY-MM-DD>', 'publication date for sources that give none')
    .option('-q, --quiet', 'no warnings on stderr')
    .action(async (id: string, paths: string[], opts: ExplainOptions) => (await import('./commands/explain.js')).explainCommand(id, paths, opts, io));
  return p;
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    await program(io).parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    const code = exitCodeFor(e);
    if (code !== EXIT.ok) io.stderr.write(`summit-facts: ${messageFor(e)}\n`);
    return code;
  }
}
