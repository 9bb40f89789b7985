// Typed errors: the CLI maps each to a documented exit code in one place (cli/exit.ts).

/**
 * The exit codes, documented in `--help`, the man page and the README:
 * 0 ok · 1 internal or output failure, or drift found by `check` · 2 usage · 3 input · 4 a `--fail-on` condition met.
 */
export const EXIT = { ok: 0, internal: 1, drift: 1, usage: 2, input: 3, failOn: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What each exit code means, in the order printed by `--help` and the man page. */
export const EXIT_TABLE: ReadonlyArray<readonly [number, string]> = [
  [EXIT.ok, 'success (also when the reader of stdout went away, as with `| head`)'],
  [EXIT.internal, 'internal error or output failure; for `check`: output drifted from expected.json'],
  [EXIT.usage, 'usage error: bad option or argument, unwritable --out, unknown id'],
  [EXIT.input, 'input error: a named path does not exist, or nothing readable'],
  [EXIT.failOn, 'a --fail-on condition was met (conflicting facts found)'],
];

export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
  override name = 'UsageError';
}

export class InputError extends Error {
  readonly exitCode = EXIT.input;
  override name = 'InputError';
}
