// One place maps errors to documented exit codes (the table is EXIT_TABLE in core/errors.ts): 0 ok (also when
// stdout's reader went away: `| head`), 1 internal or output failure or `check` drift, 2 usage, 3 input, 4 --fail-on.
import { CommanderError } from 'commander';
import { EXIT, InputError, UsageError } from '../core/errors.js';

/** The output could not be written (disk full, stdout failing): exit 1 with a plain message, no stack trace. */
export class OutputError extends Error {
  readonly exitCode = EXIT.internal;
  override name = 'OutputError';
}

/** The run worked and the output is written, but a condition the user asked to fail on was met. */
export class CheckFailed extends Error {
  readonly exitCode: number;
  override name = 'CheckFailed';
  constructor(readonly condition: 'conflict' | 'drift', message: string) {
    super(message);
    this.exitCode = condition === 'conflict' ? EXIT.failOn : EXIT.drift;
  }
}

const isClosedPipe = (e: unknown) => ['EPIPE', 'ERR_STREAM_DESTROYED'].includes((e as NodeJS.ErrnoException)?.code ?? '');

export function exitCodeFor(e: unknown): number {
  if (e instanceof UsageError || e instanceof InputError || e instanceof OutputError || e instanceof CheckFailed) return e.exitCode;
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (isClosedPipe(e)) return EXIT.ok;
  return EXIT.internal;
}

export function messageFor(e: unknown): string {
  if (e instanceof CommanderError) return e.message.replace(/^error: /, '');
  if (e instanceof UsageError || e instanceof InputError || e instanceof OutputError || e instanceof CheckFailed) return e.message;
  const err = e as Error;
  return `internal error: ${err?.stack ?? String(e)}`;
}
