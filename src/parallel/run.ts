// `run` with the per-source work shared between this thread and worker threads when the input is large enough to pay for them.
// Linking and reconciling stay on the main thread; the report is byte for byte the one `run` gives.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Report, Source } from '../core/types.js';
import { buildReport, extractDated, planRun, run } from '../pipeline.js';
import { extractInWorkers } from './pool.js';
import { PARALLEL_MIN_CHARS, threadCount, type Jobs } from './plan.js';

/**
 * The worker's entry point: the built JS beside this file, or beside the bundle (dist/cli.cjs → dist/worker.cjs, see
 * scripts/bundle.mjs). Run from TypeScript sources there is none: no workers.
 */
const WORKER = new URL(import.meta.url.endsWith('.cjs') ? './worker.cjs' : './worker.js', import.meta.url);

/**
 * Workers started before the sources are read, so their start-up (loading the pipeline's modules and lexicons, a
 * few tenths of a second) overlaps the reading: with `--jobs N` (N > 1), N − 1 of them. `auto` decides from the
 * input's size once it is read, so it starts none here. Unreferenced until used: they never keep the process alive.
 */
export function startWorkers(jobs: Jobs): Worker[] {
  if (jobs === 'auto' || jobs <= 1 || !existsSync(fileURLToPath(WORKER))) return [];
  return Array.from({ length: jobs - 1 }, () => {
    const w = new Worker(WORKER);
    w.unref();
    return w;
  });
}

/**
 * `auto` while the files are still being read: once `chars` characters are in, enough for `auto` to use a second
 * thread (PARALLEL_MIN_CHARS), one worker starts, so that its start-up overlaps the rest of the reading.
 * `runParallel` then uses it, starts more, or ends it, from the input's size once all is read.
 */
export function workersForAuto(chars: number): Worker[] {
  return chars >= PARALLEL_MIN_CHARS && availableParallelism() > 1 ? startWorkers(2) : [];
}

export async function runParallel(sources: Source[], jobs: Jobs = 'auto', started: Worker[] = []): Promise<Report> {
  const plan = planRun(sources); //                   as in `run`: periods, and reprints extracted once, here
  const { periods, firsts, complete } = plan;
  const threads = threadCount(firsts.map((i) => sources[i]!.text.length), jobs, availableParallelism());
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER))) {
    await Promise.all(started.map((w) => w.terminate()));
    return run(sources, plan);
  }
  const todo = firsts.map((i) => sources[i]!);
  const here = (k: number) => extractDated(todo[k]!, periods[firsts[k]!]!); // this thread is one of the `threads`
  return buildReport(complete(await extractInWorkers(todo, firsts.map((i) => periods[i]!), threads - 1, WORKER, here, started)));
}
