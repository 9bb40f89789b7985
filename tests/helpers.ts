// Shared test helpers: run the real CLI, in-process or as a child process.
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'summit-facts.js');
export const SHARED = path.resolve(ROOT, '..', 'shared');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `summit-facts <args>` in this process (fast), with captured streams. */
export async function cli(args: string[], stdin = ''): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const input = new PassThrough();
  input.end(stdin);
  const code = await main(['node', 'summit-facts', ...args], { stdout, stderr, stdin: input, env: { NO_COLOR: '1' } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Runs the built bin as a child process (what a user runs). Requires `npm run build` first. */
export function spawnCli(args: string[], opts: { input?: string; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
