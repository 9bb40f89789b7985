// The only place that touches process streams. stdout is for data, stderr for people.
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
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
const USER_FIXABLE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ELOOP']);

const OUT_WORDS: Record<string, string> = {
  ENOENT: 'no such folder', ENOTDIR: 'not a folder', EISDIR: 'is a folder', EACCES: 'permission denied', EPERM: 'permission denied',
  EROFS: 'read-only file system', ENOSPC: 'no space left on device', ELOOP: 'symlink loop',
};

function outError(file: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const message = `cannot write --out ${file}: ${OUT_WORDS[code] ?? (code || (e as Error).message)}`;
  return USER_FIXABLE.has(code) ? new UsageError(message) : new OutputError(message);
}

const errno = (code: string) => Object.assign(new Error(code), { code });

/**
 * Where `--out` goes, decided before any work is done: stdout (`-`); a regular file (or a new one) replaced
 * atomically, at the end of its symlinks so the links stay; anything else (a device, a FIFO, /dev/stdout) written
 * through, never replaced.
 */
export type OutTarget = { kind: 'stdout' } | { kind: 'atomic'; file: string; shown: string } | { kind: 'through'; file: string; shown: string };

export async function planOut(file: string | undefined): Promise<OutTarget> {
  if (file === undefined || file === '-') return { kind: 'stdout' };
  try {
    if (file === '') throw errno('ENOENT');
    const st = await fs.stat(file).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null; // a new file, or a symlink to one that does not exist yet
      throw e;
    });
    if (st?.isDirectory()) throw errno('EISDIR');
    if (st && !st.isFile()) {
      await fs.access(file, fsConstants.W_OK);
      return { kind: 'through', file, shown: file };
    }
    // a regular file or a new one: the temp file goes beside the real target (through any symlinks)
    const real = await realTarget(file);
    const dir = await fs.stat(path.dirname(real));
    if (!dir.isDirectory()) throw errno('ENOTDIR');
    await fs.access(path.dirname(real), fsConstants.W_OK);
    if (st) await fs.access(real, fsConstants.W_OK);
    return { kind: 'atomic', file: real, shown: file };
  } catch (e) {
    throw outError(file, e);
  }
}

/** The file a path finally names: symlinks followed, even to a target that does not exist yet. */
async function realTarget(file: string, depth = 0): Promise<string> {
  if (depth > 40) throw errno('ELOOP');
  const lst = await fs.lstat(file).catch(() => null);
  if (!lst?.isSymbolicLink()) {
    const dir = await fs.realpath(path.dirname(file));
    return path.join(dir, path.basename(file));
  }
  return realTarget(path.resolve(path.dirname(file), await fs.readlink(file)), depth + 1);
}

/** Writes the document where `planOut` said. */
export async function writeTo(target: OutTarget, text: string, stdout: NodeJS.WritableStream): Promise<void> {
  if (target.kind === 'stdout') return writeOut(stdout, text);
  if (target.kind === 'atomic') return writeFileAtomic(target.file, text, target.shown);
  try {
    await fs.writeFile(target.file, text); // opened with O_TRUNC, never unlinked or renamed over
  } catch (e) {
    throw outError(target.shown, e);
  }
}

/**
 * Writes a file atomically: a temp file in the same folder, flushed to disk, then renamed over the target. An
 * interrupted or failed run leaves the old file whole and no temp file behind.
 */
export async function writeFileAtomic(file: string, text: string, shown = file): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const st = await fs.stat(file).catch(() => null);
    if (st?.isDirectory()) throw errno('EISDIR');
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
    throw outError(shown, e);
  }
}
