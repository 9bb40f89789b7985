// Map/reduce over the pipeline's one cross-source boundary:
//   map:    `summit-facts extract --emit extractions <paths…>`  one NDJSON record per source (parallel/record.ts)
//   reduce: `summit-facts reconcile <record files or ->…>`     every record, any split, any order → the report
// `extract DIR` equals `extract --emit extractions` over any split of DIR followed by `reconcile`, byte for byte.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError, UsageError } from '../../core/errors.js';
import type { Extraction, Report, Source } from '../../core/types.js';
import { loadSources } from '../../load/index.js';
import { buildReport, extractDated } from '../../pipeline.js';
import { publicationPeriods } from '../../resolve/publication.js';
import { asReprint, reprintsOf } from '../../reprints.js';
import { fromRecordLine, toRecordLine, type ExtractionRecord } from '../../parallel/record.js';
import type { Colors } from '../../render/colors.js';
import { withItemIds } from '../../report-ids.js';
import { guardStreams, isClosedPipe, warn, writeOut, readAll, type Io } from '../io.js';
import { checkMaxSourceBytes, checkReferenceDate, planOutput, present, type ExtractOptions, type OutputOptions } from './extract.js';

export const EMIT_KINDS = ['extractions'] as const;

export interface ReconcileOptions extends OutputOptions {
  quiet?: boolean;
}

/** `extract --emit extractions`: the sources read, extracted one at a time, each written as its record when done. */
export async function emitExtractions(paths: string[], opts: ExtractOptions, io: Io): Promise<void> {
  if (opts.emit !== 'extractions') throw new UsageError(`--emit must be one of ${EMIT_KINDS.join(', ')}, got "${opts.emit}"`);
  if (opts.out) throw new UsageError('--emit writes to stdout: redirect it instead of --out');
  const referenceDate = checkReferenceDate(opts.referenceDate);
  const maxSourceBytes = checkMaxSourceBytes(opts.maxSourceBytes);
  guardStreams(io);
  const { sources, warnings } = await loadSources(paths, { referenceDate }, (limit) => readAll(io.stdin, limit), { maxSourceBytes });
  if (!opts.quiet) for (const w of warnings) warn(io, w);
  const periods = publicationPeriods(sources); //       this split's guess; `reconcile` re-extracts when the whole run differs
  // word-for-word reprints are extracted once: an original's extraction is kept until its last reprint is written
  const first = reprintsOf(sources, periods);
  const lastReprint = new Map<number, number>();
  first.forEach((f, i) => f >= 0 && lastReprint.set(f, i));
  const kept = new Map<number, { source: Source; x: Extraction }>();
  let chunk: string[] = [];
  let size = 0;
  for (let i = 0; i < sources.length; i++) {
    const f = first[i]!;
    const original = f >= 0 ? kept.get(f)! : undefined;
    const x = original ? asReprint(original.x, original.source, sources[i]!) : extractDated(sources[i]!, periods[i]!);
    if (lastReprint.has(i)) kept.set(i, { source: sources[i]!, x });
    if (f >= 0 && lastReprint.get(f) === i) kept.delete(f);
    const line = toRecordLine(sources[i]!, periods[i]!, x);
    sources[i] = undefined as unknown as Source; //    the record holds the text now: drop it
    chunk.push(line);
    size += line.length;
    if (size > 1 << 20 || i === sources.length - 1) {
      if (!(await writeLines(io, chunk))) return; //  the reader went away (| head)
      chunk = [];
      size = 0;
    }
  }
}

async function writeLines(io: Io, lines: string[]): Promise<boolean> {
  try {
    await writeOut(io.stdout, lines.join('\n') + '\n');
    return !(io.stdout as { destroyed?: boolean }).destroyed;
  } catch (e) {
    if (isClosedPipe(e)) return false;
    throw e;
  }
}

async function* linesOf(path: string, io: Io): AsyncGenerator<string> {
  const input = path === '-' ? io.stdin : createReadStream(path);
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}: ${code ?? (e as Error).message}`);
  }
}

/** Every record of the files (- for stdin), one per source id. */
export async function readRecords(paths: string[], io: Io): Promise<ExtractionRecord[]> {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read once');
  const out: ExtractionRecord[] = [];
  const seen = new Map<string, string>();
  for (const p of paths) {
    let n = 0;
    for await (const line of linesOf(p, io)) {
      n++;
      if (!line.trim()) continue;
      const where = `${p === '-' ? 'stdin' : p}:${n}`;
      const r = fromRecordLine(line, where);
      const had = seen.get(r.source.id);
      if (had) throw new InputError(`${where}: source "${r.source.id}" was already read at ${had} (each source once: give each extraction file once)`);
      seen.set(r.source.id, where);
      out.push(r);
    }
  }
  if (!out.length) throw new InputError('no extraction records to reconcile');
  return out;
}

/** The report of every record: undated sources are re-extracted when the whole set dates them otherwise than their split did. */
export function reconcileRecords(records: ExtractionRecord[]): Report {
  const periods = publicationPeriods(records.map((r) => r.source));
  const xs: Extraction[] = records.map((r, i) => (r.period === periods[i] ? r.extraction : extractDated(r.source, periods[i]!)));
  return buildReport(xs);
}

export async function reconcileCommand(paths: string[], opts: ReconcileOptions, io: Io, colors: () => Promise<Colors>): Promise<void> {
  const started = performance.now();
  guardStreams(io);
  const out = await planOutput(paths, opts, io); // checked before any record is read
  const report = withItemIds(reconcileRecords(await readRecords(paths, io)));
  if (!opts.quiet) for (const s of report.sources) for (const w of s.warnings) warn(io, `${s.id}: ${w}`);
  await present(report, out, opts, io, colors, started);
}
