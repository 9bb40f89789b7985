// The only place that touches process streams. stdout is for data, stderr for people.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Write the whole document at once; a closed pipe (`| head`) ends quietly. */
export function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    const onError = (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') resolve();
      else resolve();
    };
    stream.once('error', onError);
    stream.write(text, () => {
      stream.off('error', onError);
      resolve();
    });
  });
}

/** Write a file atomically: temp file in the same folder, then rename. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
