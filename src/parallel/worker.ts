// A worker thread: extracts the batches of sources the main thread sends (see pool.ts), one reply per batch.
import { parentPort } from 'node:worker_threads';
import type { Source } from '../core/types.js';
import { extractDated } from '../pipeline.js';
import { pack, type Packed } from './codec.js';

export interface BatchRequest {
  batch: number;
  sources: Source[];
  periods: Array<string | null>;
}

export type BatchReply = { batch: number; packed: Packed[] } | { batch: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (m: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = { batch: m.batch, packed: m.sources.map((s, i) => pack(extractDated(s, m.periods[i]!), s.text)) };
    } catch (e) {
      reply = { batch: m.batch, error: (e as Error)?.stack ?? String(e) };
    }
    port.postMessage(reply);
  });
}
