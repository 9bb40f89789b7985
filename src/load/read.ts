// Bounded reads: at most `limit` bytes of a file or stream are held, whatever its size.
import { createReadStream, promises as fs } from 'node:fs';

export interface Head {
  bytes: Buffer;
  /** total size when known (regular files), else null */
  size: number | null;
  /** more bytes followed the ones kept */
  truncated: boolean;
}

const CHUNK = 64 * 1024;

/** The first `limit` bytes of a file (regular file, pipe or device). */
export async function readHead(file: string, limit: number): Promise<Head> {
  const fh = await fs.open(file, 'r');
  try {
    const st = await fh.stat();
    const size = st.isFile() ? st.size : null;
    const buf = Buffer.alloc(Math.min(limit, size ?? limit) + 1);
    let got = 0;
    // one byte past the limit tells a pipe that had more from one that ended exactly there
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, Math.min(CHUNK, buf.length - got), null);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    const truncated = got > limit || (size !== null && size > limit);
    return { bytes: buf.subarray(0, Math.min(got, limit)), size, truncated };
  } finally {
    await fh.close();
  }
}

/** The first `limit` bytes of a stream; the rest is read and dropped so the writer is not blocked. */
export async function readStreamHead(stream: AsyncIterable<Buffer | string>, limit: number): Promise<Head> {
  const parts: Buffer[] = [];
  let kept = 0;
  let size = 0;
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    size += chunk.length;
    if (kept < limit) {
      const part = chunk.subarray(0, limit - kept);
      parts.push(part);
      kept += part.length;
    }
  }
  return { bytes: Buffer.concat(parts), size, truncated: size > limit };
}

/** A file as a stream of chunks (JSON Lines are split from it line by line). */
export function fileChunks(file: string): AsyncIterable<Buffer> {
  return createReadStream(file, { highWaterMark: CHUNK });
}
