// How many threads extract a run's sources: the main thread and worker threads. A worker pays its own start-up
// (~0.1 s with its code cache, see scripts/bundle.mjs, then compiling the rules' regexes and warming up again: the
// first megabyte a thread extracts costs about twice what later ones do), each extraction is copied back to the main
// thread (about 15× its text once serialised), and on two cores V8 already runs its collector and compiler beside a
// single thread (a one-thread run uses about 1.3 cores). Measured on the 2-core machine at the end of the last round
// (`npm run bench`, whole process): -j 2 against -j 1 was 1.00× at 1 MB, 0.93× at 5 MB, 1.24× at 25 MB and 1.07× at
// 50 MB. So `auto` adds workers only from about 12 MB of text to extract (word-for-word reprints are extracted once
// and do not count).
import { UsageError } from '../core/errors.js';

/** Below this much text (characters) in all, `auto` extracts on the main thread alone: workers would not pay for their start-up. */
export const PARALLEL_MIN_CHARS = 12_000_000;
/** `auto` gives each thread at least this much text, so a little more than the minimum does not start many workers. */
export const CHARS_PER_THREAD = 6_000_000;

/** `auto` uses at most this many threads: linking stays on the main thread (about a quarter of a one-thread run), so more add memory, not speed. */
export const MAX_AUTO_THREADS = 8;

export type Jobs = number | 'auto';

/** `--jobs`: "auto" (or nothing) or a whole number ≥ 1 of threads that extract, the main one included (1: no workers). */
export function parseJobs(value: string | undefined): Jobs {
  if (value === undefined || value === 'auto') return 'auto';
  if (!/^\d{1,4}$/.test(value.trim()) || +value < 1) throw new UsageError(`--jobs must be "auto" or a whole number of at least 1, got "${value}"`);
  return +value;
}

/** Threads to extract sources of these lengths, the main one included (1: the main thread alone, no workers). */
export function threadCount(lengths: readonly number[], jobs: Jobs, cores: number): number {
  if (lengths.length < 2) return 1;
  if (jobs !== 'auto') return Math.min(jobs, lengths.length);
  let total = 0;
  for (const n of lengths) total += n;
  if (total < PARALLEL_MIN_CHARS) return 1;
  return Math.max(1, Math.min(cores, MAX_AUTO_THREADS, lengths.length, Math.floor(total / CHARS_PER_THREAD)));
}

/** Source indexes in batches of about `target` characters, longest sources first (the last batches are the short ones). */
export function batches(lengths: readonly number[], target: number): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[b]! - lengths[a]! || a - b);
  const out: number[][] = [];
  let cur: number[] = [];
  let size = 0;
  for (const i of order) {
    if (cur.length && size + lengths[i]! > target) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(i);
    size += lengths[i]!;
  }
  if (cur.length) out.push(cur);
  return out;
}
