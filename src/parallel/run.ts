// `run` with the per-source work shared between this thread and worker threads when the input is large enough to pay for them.
// Linking and reconciling stay on the main thread; the report is byte for byte the one `run` gives.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Report, Source } from '../core/types.js';
import { buildReport, extractDated, run } from '../pipeline.js';
import { publicationPeriods } from '../resolve/publication.js';
import { extractInWorkers } from './pool.js';
import { threadCount, type Jobs } from './plan.js';

/** The worker's entry point: the built JS beside this file (run from TypeScript sources, there is none: no workers). */
const WORKER = new URL('./worker.js', import.meta.url);

export async function runParallel(sources: Source[], jobs: Jobs = 'auto'): Promise<Report> {
  const threads = threadCount(sources.map((s) => s.text.length), jobs, availableParallelism());
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER))) return run(sources);
  const periods = publicationPeriods(sources); //      as in `run`: the month or year the other sources share
  const here = (i: number) => extractDated(sources[i]!, periods[i]!); // this thread is one of the `threads`
  return buildReport(await extractInWorkers(sources, periods, threads - 1, WORKER, here));
}
