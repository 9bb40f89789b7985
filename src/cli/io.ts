// The only place that touches process streams. stdout is for data, stderr for people.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { OutputError } from './exit.js';
import { readStreamHead, type Head } from '../load/read.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

/** stdin, keeping at most `limit` bytes (the rest is read and dropped so the writer is never blocked). */
export function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<Head> {
  return readStreamHead(stream as AsyncIterable<Buffer | string>, limit);
}

/** Codes of a reader that went away (`| head`, `| true`): the run ends quietly, exit code 0. */
const CLOSED_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END', 'ECONNRESET']);

export function isClosedPipe(e: unknown): boolean {
  return CLOSED_CODES.has((e as NodeJS.ErrnoException)?.code ?? '');
}

/** Stream errors are reported by the write that met them (writeOut); this keeps them from crashing the process. */
const REPORTED_BY_WRITE = (): void => {};

/** Keeps a closed stdout or stderr from throwing an unhandled 'error' event (a stack trace) later in the run. */
export function guardStreams(io: Io): void {
  for (const s of [io.stdout, io.stderr]) if (!s.listeners('error').includes(REPORTED_BY_WRITE)) s.on('error', REPORTED_BY_WRITE);
}

/** A warning line on stderr; a closed stderr is ignored. */
export function warn(io: Io, line: string): void {
  guardStreams(io);
  io.stderr.write(`summit-facts: warning: ${line}\n`);
}

/**
 * Writes the whole document in one call, after it is fully rendered (so an error never leaves half a
 * document). A closed pipe (`| head`) resolves quietly; any other write error rejects.
 */
export function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.listeners('error').includes(REPORTED_BY_WRITE)) stream.on('error', REPORTED_BY_WRITE);
  return new Promise((resolve, reject) => {
    try {
      stream.write(text, (err) => {
        if (!err || isClosedPipe(err)) resolve();
        else reject(new OutputError(`cannot write to stdout: ${(err as NodeJS.ErrnoException).code ?? err.message}`));
      });
    } catch (e) {
      if (isClosedPipe(e)) resolve();
      else reject(e);
    }
  });
}

/** Errors of --out a user can fix (bad folder, no permission): usage errors, exit 2. */
const USER_FIXABLE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS']);

/**
 * Writes a file atomically: a temp file in the same folder, flushed to disk, then renamed over the target. An
 * interrupted or failed run leaves the old file whole and no temp file behind.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const st = await fs.stat(file).catch(() => null);
    if (st?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    const fh = await fs.open(tmp, 'wx', st ? st.mode & 0o777 : 0o666);
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => {});
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const words: Record<string, string> = { ENOENT: 'no such folder', ENOTDIR: 'not a folder', EISDIR: 'is a folder', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left on device' };
    const message = `cannot write --out ${file}: ${words[code] ?? code ?? (e as Error).message}`;
    throw USER_FIXABLE.has(code) ? new UsageError(message) : new OutputError(message);
  }
}
