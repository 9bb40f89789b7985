// How many worker threads a run uses. Each worker pays its own start-up (modules, then compromise's ~0.8 s
// load on first use), so small inputs stay on the main thread.
import { UsageError } from '../core/errors.js';

/** Below this much text (characters) in all, `auto` extracts on the main thread: workers would not pay for their start-up. */
export const PARALLEL_MIN_CHARS = 300_000;
/** `auto` gives each worker at least this much text, so a little more than the minimum does not start many workers. */
export const CHARS_PER_WORKER = 150_000;

/** `auto` starts at most this many: linking stays on the main thread (about a quarter of a one-thread run), so more add memory, not speed. */
export const MAX_AUTO_WORKERS = 8;

export type Jobs = number | 'auto';

/** `--jobs`: "auto" (or nothing) or a whole number ≥ 1 (1: no workers). */
export function parseJobs(value: string | undefined): Jobs {
  if (value === undefined || value === 'auto') return 'auto';
  if (!/^\d{1,4}$/.test(value.trim()) || +value < 1) throw new UsageError(`--jobs must be "auto" or a whole number of at least 1, got "${value}"`);
  return +value;
}

/** Workers to start for sources of these lengths (0 or 1: extract on the main thread). */
export function workerCount(lengths: readonly number[], jobs: Jobs, cores: number): number {
  if (lengths.length < 2) return 1;
  if (jobs !== 'auto') return Math.min(jobs, lengths.length);
  let total = 0;
  for (const n of lengths) total += n;
  if (total < PARALLEL_MIN_CHARS) return 1;
  return Math.max(1, Math.min(cores, MAX_AUTO_WORKERS, lengths.length, Math.floor(total / CHARS_PER_WORKER)));
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
