// Extraction shared out to worker threads: batches go to whichever worker is free, replies are put back in
// source order, so the result is the same whatever the number of workers and whichever finishes first.
import { Worker } from 'node:worker_threads';
import type { Extraction, Source } from '../core/types.js';
import { unpack } from './codec.js';
import { batches } from './plan.js';
import type { BatchReply, BatchRequest } from './worker.js';

/** Batches per worker: enough that a slow batch does not leave the other workers idle at the end. */
const BATCHES_PER_WORKER = 8;
/** Smallest batch (characters): fewer, larger messages below it. */
const MIN_BATCH_CHARS = 20_000;
/** Batches sent ahead to each worker, so it never waits while the main thread reads a reply. */
const IN_FLIGHT = 2;

/**
 * `extractDated` of every source, in `workers` worker threads started from `script`, and on this thread too when
 * `here` is given (it extracts source i here, between the replies it reads).
 */
export async function extractInWorkers(
  sources: Source[],
  periods: Array<string | null>,
  workers: number,
  script: URL,
  here?: (i: number) => Extraction,
  started: Worker[] = [],
): Promise<Extraction[]> {
  const lengths = sources.map((s) => s.text.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const threads = workers + (here ? 1 : 0);
  const plan = batches(lengths, Math.max(MIN_BATCH_CHARS, Math.ceil(total / (threads * BATCHES_PER_WORKER))));
  const out: Array<Extraction | undefined> = new Array(sources.length);
  const wanted = Math.min(workers, plan.length);
  for (const w of started.splice(wanted)) void w.terminate(); // started early (while the files were read), not needed
  if (threads < 1) throw new RangeError('no thread to extract in');
  if (plan.length === 0) {
    await Promise.all(started.map((w) => w.terminate()));
    return [];
  }
  const pool = [...started, ...Array.from({ length: wanted - started.length }, () => new Worker(script))];
  for (const w of pool) w.ref();
  let next = 0;
  let done = 0;
  let failed = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (e: unknown): void => {
        failed = true;
        reject(e);
      };
      const finished = (): boolean => ++done === plan.length && (resolve(), true);
      const send = (w: Worker): void => {
        if (next >= plan.length) return;
        const batch = next++;
        const ids = plan[batch]!;
        const request: BatchRequest = { batch, sources: ids.map((i) => sources[i]!), periods: ids.map((i) => periods[i]!) };
        w.postMessage(request);
      };
      for (const w of pool) {
        w.on('message', (m: BatchReply) => {
          if ('error' in m) return fail(new Error(`in a worker thread: ${m.error}`));
          plan[m.batch]!.forEach((i, k) => (out[i] = unpack(m.packed[k]!, sources[i]!.text)));
          if (!finished()) send(w);
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (done < plan.length) fail(new Error(`a worker thread stopped (exit code ${code}) before its work was done`));
        });
        for (let k = 0; k < IN_FLIGHT; k++) send(w);
      }
      if (here) {
        void (async () => {
          while (!failed && next < plan.length) {
            for (const i of plan[next++]!) out[i] = here(i);
            if (finished()) return;
            await new Promise((r) => setImmediate(r)); // read the replies that came meanwhile
          }
        })().catch(fail);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out as Extraction[];
}
