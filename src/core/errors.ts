// Typed errors: the CLI maps each to a documented exit code in one place (cli/exit.ts).

export const EXIT = { ok: 0, internal: 1, usage: 2, input: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
  override name = 'UsageError';
}

export class InputError extends Error {
  readonly exitCode = EXIT.input;
  override name = 'InputError';
}
