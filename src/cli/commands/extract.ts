// `summit-facts extract <paths...>`: read articles, print the report.
import type { Report, Source } from '../../core/types.js';
import { loadSources } from '../../load/index.js';
import { checkMaxSourceBytes, checkReferenceDate } from '../../options.js';
import { runParallel, startWorkers, workersForAuto } from '../../parallel/run.js';
import { parseJobs } from '../../parallel/plan.js';
import type { Format } from '../../render/index.js';
import type { Colors } from '../../render/index.js';
import { CheckFailed } from '../exit.js';
import { guardStreams, planOut, readAll, warn, writeTo, type Io, type OutTarget } from '../io.js';
import { startProgress } from '../progress.js';
import { checkSections, commandLine, renderOptions, terminalWidth, useColor, writeView, type View, type ViewOptions } from '../view.js';
import { withItemIds } from '../../report-ids.js';

export { checkMaxSourceBytes, checkReferenceDate } from '../../options.js';

export interface ExtractOptions extends ViewOptions {
  json?: boolean;
  format?: Format;
  referenceDate?: string;
  out?: string;
  quiet?: boolean;
  /** per-source size cap: bytes, or with a K / M suffix ("5M") */
  maxSourceBytes?: string;
  /** threads for the per-source work, the main one included: "auto" (default) or a number, 1 for no workers */
  jobs?: string;
  /** a named path that does not exist is skipped instead of an input error */
  skipMissing?: boolean;
  /** conditions that end the run with their own exit code: "conflict" (exit 4) */
  failOn?: string[];
  /** add the evidence section (each mention's sentence and rules) that `explain --from` reads */
  evidence?: boolean;
  /** `extractions`: one NDJSON record per source instead of the report, for `reconcile` (commands/reconcile.ts) */
  emit?: string;
}

export async function buildFromPaths(paths: string[], opts: ExtractOptions, io: Io): Promise<Report> {
  const referenceDate = checkReferenceDate(opts.referenceDate);
  const maxSourceBytes = checkMaxSourceBytes(opts.maxSourceBytes);
  const jobs = parseJobs(opts.jobs);
  guardStreams(io);
  const workers = startWorkers(jobs); //                worker start-up overlaps the reading (auto: see onFile)
  const progress = await startProgress(io, opts.quiet);
  const loadWarnings: string[] = []; // printed once the bar is gone, so no warning is drawn over
  try {
    const { sources, warnings, skipped } = await loadSources(paths, { referenceDate }, (limit) => readAll(io.stdin, limit), {
      maxSourceBytes,
      skipMissing: opts.skipMissing,
      onFile: (done, total, chars) => {
        progress.update('reading', done, total);
        if (jobs === 'auto' && workers.length === 0) workers.push(...workersForAuto(chars)); // enough text read for a second thread
      },
    });
    loadWarnings.push(...warnings);
    progress.update('extracting and reconciling', 0, sources.length);
    const report = opts.evidence ? await withEvidence(sources, workers) : await runParallel(sources, jobs, workers);
    progress.update('extracting and reconciling', sources.length, sources.length);
    progress.stop();
    if (!opts.quiet) for (const w of loadWarnings.splice(0)) warn(io, w);
    // per-source warnings after the run: reading, dating and extraction all add to them
    if (!opts.quiet) for (const s of report.sources) for (const w of s.warnings) warn(io, `${s.id}: ${w}`);
    return { ...withItemIds(report), skipped };
  } finally {
    progress.stop();
    if (!opts.quiet) for (const w of loadWarnings) warn(io, w); // a run that failed after reading still says what it skipped
  }
}

/** The report with its evidence section: extracted on this thread, since the section needs every extraction. */
async function withEvidence(sources: Source[], workers: Array<{ terminate(): unknown }>): Promise<Report> {
  await Promise.all(workers.map((w) => w.terminate())); // not needed: the section is built on this thread
  const { buildReport } = await import('../../pipeline.js');
  const { evidenceSection, extractAll } = await import('./explain.js');
  const xs = extractAll(sources);
  const report = withItemIds(buildReport(xs));
  return { ...report, evidence: evidenceSection(report, xs) } as Report;
}

export async function extractCommand(paths: string[], opts: ExtractOptions, io: Io, colors: () => Promise<Colors>): Promise<void> {
  if (opts.emit !== undefined) return (await import('./reconcile.js')).emitExtractions(paths, opts, io);
  const started = performance.now();
  const out = await planOutput(paths, opts, io); // an unwritable --out or a bad --section is a usage error before any work
  await present(await buildFromPaths(paths, opts, io), out, opts, io, colors, started);
}

/** What and where to print, decided (and checked) before any work. */
export interface PlannedOutput {
  view: View;
  target: OutTarget;
}

export interface OutputOptions extends ViewOptions {
  json?: boolean;
  format?: Format;
  out?: string;
  failOn?: string[];
}

export async function planOutput(paths: string[], opts: OutputOptions, io: Io): Promise<PlannedOutput> {
  const format: Format = opts.json ? 'json' : opts.format ?? 'table';
  const sections = checkSections(opts.section, format);
  const target = await planOut(opts.out);
  return { target, view: { format, sections, color: useColor(opts, io, target.kind !== 'stdout'), width: terminalWidth(io), command: commandLine(paths) } };
}

/** The report rendered and written; then the --fail-on conditions (exit 4), once the report is out. */
export async function present(report: Report, out: PlannedOutput, opts: OutputOptions, io: Io, colors: () => Promise<Colors>, started: number): Promise<void> {
  const o = await renderOptions(out.view, colors, Math.round(performance.now() - started));
  await writeView(out.view, report, o, out.target, io, (t, text) => writeTo(t, text, io.stdout));
  const conflicts = report.facts.filter((f) => f.status === 'conflict').length;
  if (opts.failOn?.includes('conflict') && conflicts > 0) {
    throw new CheckFailed('conflict', `${conflicts} conflicting fact${conflicts === 1 ? '' : 's'} found (--fail-on conflict)`);
  }
}
