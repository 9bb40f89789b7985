// `summit-facts extract <paths...>`: read articles, print the report.
import { UsageError } from '../../core/errors.js';
import type { Report } from '../../core/types.js';
import { DEFAULT_MAX_SOURCE_BYTES, loadSources } from '../../load/index.js';
import { runParallel, startWorkers } from '../../parallel/run.js';
import { parseJobs } from '../../parallel/plan.js';
import { FORMATS, type Format } from '../../render/index.js';
import { plainColors, type Colors } from '../../render/colors.js';
import { guardStreams, readAll, warn, writeFileAtomic, writeOut, type Io } from '../io.js';

export interface ExtractOptions {
  json?: boolean;
  format?: Format;
  referenceDate?: string;
  color?: boolean;
  out?: string;
  quiet?: boolean;
  /** per-source size cap: bytes, or with a K / M suffix ("5M") */
  maxSourceBytes?: string;
  /** threads for the per-source work, the main one included: "auto" (default) or a number, 1 for no workers */
  jobs?: string;
  /** `extractions`: one NDJSON record per source instead of the report, for `reconcile` (commands/reconcile.ts) */
  emit?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function checkReferenceDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(value + 'T00:00:00Z')) || new Date(value + 'T00:00:00Z').toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--reference-date must be a calendar date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

const SIZE_RE = /^(\d{1,12})\s*([kKmM]i?[bB]?|[bB])?$/;

export function checkMaxSourceBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_SOURCE_BYTES;
  const m = SIZE_RE.exec(value.trim());
  const n = m ? +m[1]! * (/^[kK]/.test(m[2] ?? '') ? 1024 : /^[mM]/.test(m[2] ?? '') ? 1024 * 1024 : 1) : NaN;
  if (!(n >= 1024)) throw new UsageError(`--max-source-bytes must be a size of at least 1K (bytes, or with K or M), got "${value}"`);
  return n;
}

export async function buildFromPaths(paths: string[], opts: ExtractOptions, io: Io): Promise<Report> {
  const referenceDate = checkReferenceDate(opts.referenceDate);
  const maxSourceBytes = checkMaxSourceBytes(opts.maxSourceBytes);
  const jobs = parseJobs(opts.jobs);
  guardStreams(io);
  const started = startWorkers(jobs); //                worker start-up overlaps the reading
  const { sources, warnings } = await loadSources(paths, { referenceDate }, (limit) => readAll(io.stdin, limit), { maxSourceBytes });
  if (!opts.quiet) for (const w of warnings) warn(io, w);
  const report = await runParallel(sources, jobs, started);
  // per-source warnings after the run: reading, dating and extraction all add to them
  if (!opts.quiet) for (const s of report.sources) for (const w of s.warnings) warn(io, `${s.id}: ${w}`);
  return report;
}

export async function extractCommand(paths: string[], opts: ExtractOptions, io: Io, colors: () => Promise<Colors>): Promise<void> {
  if (opts.emit !== undefined) return (await import('./reconcile.js')).emitExtractions(paths, opts, io);
  const format: Format = opts.json ? 'json' : opts.format ?? 'table';
  const report = await buildFromPaths(paths, opts, io);
  const useColor = format === 'table' && opts.color !== false && !opts.out && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  const text = FORMATS[format](report, useColor ? await colors() : plainColors);
  if (opts.out) await writeFileAtomic(opts.out, text);
  else await writeOut(io.stdout, text);
}
