// One place maps errors to documented exit codes: 0 ok, 1 internal, 2 usage, 3 input.
import { CommanderError } from 'commander';
import { EXIT, InputError, UsageError } from '../core/errors.js';

export function exitCodeFor(e: unknown): number {
  if (e instanceof UsageError || e instanceof InputError) return e.exitCode;
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  return EXIT.internal;
}

export function messageFor(e: unknown): string {
  if (e instanceof CommanderError) return e.message.replace(/^error: /, '');
  if (e instanceof UsageError || e instanceof InputError) return e.message;
  const err = e as Error;
  return `internal error: ${err?.stack ?? String(e)}`;
}
