// commander declarations only: options → typed options, then a plain async function per command.
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT } from '../core/errors.js';
import { FORMAT_NAMES } from '../render/names.js';
import { SECTIONS } from '../render/options.js';
import type { Colors } from '../render/colors.js';
import { VERSION } from '../version.js';
// Command modules are imported when their command runs: `--version` and `--help` load no pipeline or lexicon.
import type { ExtractOptions } from './commands/extract.js';
import type { ExplainOptions } from './commands/explain.js';
import type { CheckOptions } from './commands/check.js';
import type { ReconcileOptions } from './commands/reconcile.js';
import { exitCodeFor, messageFor } from './exit.js';
import { helpAfter } from './help.js';
import { guardStreams, processIo, type Io } from './io.js';

async function chalkColors(): Promise<Colors> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 }); // the caller decided colours are on (--color, NO_COLOR, FORCE_COLOR, TTY)
  return { bold: chalk.bold, dim: chalk.dim, red: chalk.red, green: chalk.green, yellow: chalk.yellow, cyan: chalk.cyan };
}

/** "a,b" and repeated flags → one list. */
const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

const SECTION_HELP = `sections to print, in this order; repeatable or comma-separated: ${SECTIONS.join(', ')}`;

/** The output options extract and reconcile share: format, sections, --out, colour and --fail-on. */
function outputOptions(c: Command): Command {
  return c
    .option('--json', 'print the JSON document of the output contract (same as --format json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('table'))
    .option('-s, --section <names>', SECTION_HELP, list)
    .option('--only <names>', 'same as --section', list)
    .option('-o, --out <file>', 'write the output to a file (a regular file is replaced atomically; a device, FIFO or symlink is written through); - is stdout')
    .addOption(new Option('--color <when>', 'colours in the table').choices(['auto', 'always', 'never']))
    .option('--no-color', 'no colours (same as --color never; NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--fail-on <condition>', 'exit 4 when the condition is met: conflict (conflicting facts found)', failOn);
}

/** --section and --only are one list. */
function withSections<T extends { section?: string[]; only?: string[] }>(opts: T): T {
  const section = [...(opts.section ?? []), ...(opts.only ?? [])];
  return { ...opts, section: section.length ? section : undefined };
}

export function program(io: Io): Command {
  const p = new Command('summit-facts')
    .description('Reconciled, sourced facts from news articles about one diplomatic summit.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => {} })
    .showSuggestionAfterError()
    .addHelpText('after', helpAfter('summit-facts'));
  outputOptions(p.command('extract')
    .description('read articles (files, folders, or - for stdin) and print people, places, figures, dates, quotes and facts')
    .argument('<paths...>', 'files or folders (.txt, .md, .html, .jsonl; folders are read recursively), or - for stdin')
  )
    .option('--reference-date <YYYY-MM-DD>', 'publication date for sources that give none (relative dates resolve against it)')
    .option('--evidence', 'with --json: add each mention\'s sentence and rules, so `explain --from` shows them without the articles')
    .option('--skip-missing', 'a named path that does not exist is skipped (listed in "skipped") instead of exit 3')
    .option('-q, --quiet', 'no warnings and no progress bar on stderr')
    .option('--max-source-bytes <size>', 'size cap per source, longer ones are cut at a paragraph break (bytes, or 500K, 5M)', '5M')
    .option('-j, --jobs <n>', 'threads that extract the sources: auto (several cores and a large input), or a number; 1: no worker threads', 'auto')
    .option('--emit <what>', 'write one NDJSON record per source instead of the report: "extractions", for `reconcile` (map/reduce)')
    .addHelpText('after', helpAfter('extract'))
    .action(async (paths: string[], opts: ExtractOptions & { only?: string[] }) => {
      return (await import('./commands/extract.js')).extractCommand(paths, withSections(opts), io, chalkColors);
    });
  outputOptions(p.command('reconcile')
    .description('merge extraction records (from `extract --emit extractions`, any split, any order) into the report')
    .argument('<files...>', 'NDJSON files of extraction records, or - for stdin'))
    .option('-q, --quiet', 'no warnings on stderr')
    .addHelpText('after', helpAfter('reconcile'))
    .action(async (files: string[], opts: ReconcileOptions & { only?: string[] }) => {
      return (await import('./commands/reconcile.js')).reconcileCommand(files, withSections(opts), io, chalkColors);
    });
  p.command('explain')
    .description('print the evidence of a fact, figure, entity, quote or date id (or "summit"): sources, offsets, and with the articles their sentences and rules')
    .argument('<id>', 'an id from `extract` (table or JSON), or "summit"')
    .argument('[paths...]', 'the same files or folders given to extract (not needed with --from)')
    .option('--from <report.json>', 'read a report saved with `extract --json` instead of re-reading the articles')
    .option('--json', 'print the item and its evidence as JSON')
    .option('--reference-date <YYYY-MM-DD>', 'publication date for sources that give none')
    .option('--max-source-bytes <size>', 'size cap per source, as for extract', '5M')
    .option('-q, --quiet', 'no warnings on stderr')
    .addHelpText('after', helpAfter('explain'))
    .action(async (id: string, paths: string[], opts: ExplainOptions) => (await import('./commands/explain.js')).explainCommand(id, paths, opts, io));
  p.command('check')
    .description('compare the output for each case folder (one holding expected.json and its articles) with expected.json; exit 1 on drift')
    .argument('<folders...>', 'a case folder, or a folder of case folders')
    .option('--update', 'write the current output to each expected.json (re-bless) instead of comparing')
    .option('-q, --quiet', 'print only the cases that drifted')
    .addHelpText('after', helpAfter('check'))
    .action(async (folders: string[], opts: CheckOptions) => (await import('./commands/check.js')).checkCommand(folders, opts, io));
  return p;
}

function failOn(value: string, previous: string[] = []): string[] {
  const bad = value.split(',').map((s) => s.trim()).filter((s) => !(FAIL_ON as readonly string[]).includes(s));
  if (bad.length) throw new InvalidArgumentError(`Allowed choices are ${FAIL_ON.join(', ')}.`);
  return [...previous, ...value.split(',').map((s) => s.trim())];
}

/** Conditions --fail-on knows (kept here so --help loads no command module). */
const FAIL_ON = ['conflict'] as const;

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  // a reader that goes away (`--help | head -3`) ends nothing with a stack trace: write errors are the writers' to report
  guardStreams(io);
  try {
    const p = program(io);
    if (argv.length <= 2) {
      // the bare command: help for the person, on stderr, and the usage code for a script
      io.stderr.write(p.helpInformation() + helpAfter('summit-facts'));
      return EXIT.usage;
    }
    await p.parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    const code = exitCodeFor(e);
    if (code !== EXIT.ok) io.stderr.write(`summit-facts: ${messageFor(e)}\n`);
    return code;
  }
}
