// load: files, folders, stdin → Source. Plain text, HTML pages and JSON Lines; any encoding decode.ts knows;
// every source capped in size. What cannot be read is skipped with a reason; nothing readable is an input error.
import { InputError } from '../core/errors.js';
import { uniqueId } from '../core/ids.js';
import type { RunOptions, Source } from '../core/types.js';
import { decode } from './decode.js';
import { errnoWords, findFiles, STDIN_PATH, summarize, type FoundFile, type Skipped } from './files.js';
import { looksLikeHtml } from './html.js';
import { looksLikeJsonl, parseJsonlLine, splitLines } from './jsonl.js';
import { cutText, DEFAULT_LIMITS, formatBytes, HTML_RAW_FACTOR, STDIN_RAW_FACTOR, type Limits } from './limits.js';
import { fileChunks, readHead, readStreamHead, type Head } from './read.js';
import { htmlSource, jsonlSource, textSource } from './sources.js';

export { findFiles, portablePath, type Skipped } from './files.js';
export { DEFAULT_MAX_SOURCE_BYTES, type Limits } from './limits.js';

/** Reads stdin, keeping at most `limit` bytes (a plain Buffer is taken whole). */
export type ReadStdin = (limit: number) => Promise<Buffer | Head>;

/** The process's own stdin: the default when a caller gives no reader. */
export const processStdin: ReadStdin = (limit) => readStreamHead(process.stdin as AsyncIterable<Buffer | string>, limit);

/** How a run reads its inputs, beyond the size cap. */
export interface LoadOptions extends Limits {
  /** a named path that does not exist is skipped (listed in `skipped`) instead of an input error */
  skipMissing?: boolean;
  /** called after each file is read: files read so far, files in all, characters of text read so far */
  onFile?: (done: number, total: number, chars: number) => void;
}

export interface Loaded {
  sources: Source[];
  warnings: string[];
  /** inputs that gave no article, and why */
  skipped: Skipped[];
}

/** A file's sources, or the reason it gave none, and run-level notes (skipped JSON lines). */
interface FileResult {
  sources: Source[];
  skipped: string | null;
  notes: string[];
}

const skip = (reason: string): FileResult => ({ sources: [], skipped: reason, notes: [] });

function truncationNote(head: Head, cut: { text: string; at: string | null }, limits: Limits): string {
  const of = head.size !== null ? `a ${formatBytes(head.size)} file` : 'a longer input';
  return `truncated: kept the first ${cut.text.length} characters of ${of} (size cap ${formatBytes(limits.maxSourceBytes)} per source), cut at a ${cut.at}`;
}

async function readJsonl(f: FoundFile, chunks: AsyncIterable<Buffer> | Iterable<Buffer>, options: RunOptions, limits: Limits): Promise<FileResult> {
  const sources: Source[] = [];
  const lineSkips: string[] = [];
  for await (const line of splitLines(chunks, limits.maxSourceBytes)) {
    const a = parseJsonlLine(line, limits.maxSourceBytes);
    if (a === null) continue;
    if ('skip' in a) lineSkips.push(a.skip);
    else sources.push(jsonlSource(a.id ?? `${f.id}#${line.line}`, `${f.shown}:${line.line}`, a, options));
  }
  const notes = lineSkips.length ? [summarize(lineSkips, `line of ${f.path}`, `lines of ${f.path}`)!] : [];
  return { sources, skipped: sources.length ? null : lineSkips.length ? 'no readable JSON line' : 'empty file', notes };
}

async function readOne(f: FoundFile, options: RunOptions, limits: Limits, readStdin: ReadStdin): Promise<FileResult> {
  const cap = limits.maxSourceBytes;
  if (f.kind === 'jsonl' && f.path !== STDIN_PATH) return readJsonl(f, fileChunks(f.path), options, limits);
  const rawLimit = f.path === STDIN_PATH ? cap * STDIN_RAW_FACTOR : f.kind === 'text' ? cap : cap * HTML_RAW_FACTOR;
  const got = f.path === STDIN_PATH ? await readStdin(rawLimit) : await readHead(f.path, rawLimit);
  const head: Head = Buffer.isBuffer(got) ? { bytes: got, size: got.length, truncated: false } : got;
  if (head.bytes.length === 0) return skip('empty file');
  if (f.kind === 'jsonl' || (f.kind === null && looksLikeJsonl(head.bytes.subarray(0, cap).toString('utf8')))) {
    const r = await readJsonl(f, [head.bytes], options, limits);
    if (head.truncated) r.notes.push(`${f.path}: read the first ${formatBytes(head.bytes.length)} only (size cap)`);
    return r;
  }
  const d = decode(head.bytes, head.truncated);
  if (!d.ok) return skip(d.reason);
  if (d.text.trim() === '') return skip('no text (only whitespace)');
  const warnings = [...d.warnings];
  let source: Source;
  if (f.kind === 'html' || looksLikeHtml(d.text)) {
    if (head.truncated) warnings.push(`HTML cut at ${formatBytes(head.bytes.length)} (size cap): the end of the page is missing`);
    source = htmlSource(f.id, f.shown, d.text, warnings, options);
    if (source.text.length > cap) {
      const cut = cutText(source.text, cap);
      source = { ...source, text: cut.text, warnings: [...source.warnings, truncationNote(head, cut, limits)] };
    }
    if (source.text.trim() === '') return skip('no text found in the HTML page');
  } else {
    let text = d.text;
    if (head.truncated || text.length > cap) {
      const cut = cutText(text, cap, head.truncated);
      text = cut.text;
      warnings.push(truncationNote(head, cut, limits));
    }
    source = textSource(f.id, f.shown, text, warnings, options);
  }
  return { sources: [source], skipped: null, notes: [] };
}

/** Files read at once: enough to hide disk latency on a folder of thousands, few enough for file handles. */
const READ_CONCURRENCY = 8;

/** `fn` over `items` with at most `n` running at once; results in the order of `items`. */
async function inOrder<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return results;
}

/** Source ids are unique: a repeated id gets "-2", "-3" … in reading order (sorted names, then argument order). */
function uniqueIds(sources: Source[], warnings: string[]): Source[] {
  const ids = new Set<string>();
  return sources.map((s) => {
    const unique = uniqueId(s.id, ids);
    if (unique === s.id) return s;
    warnings.push(`${s.path}: id "${s.id}" already used, read as "${unique}"`);
    return { ...s, id: unique };
  });
}

export async function loadSources(
  paths: string[],
  options: RunOptions = {},
  readStdin: ReadStdin = processStdin,
  limits: LoadOptions = DEFAULT_LIMITS,
): Promise<Loaded> {
  const { files, warnings, skipped, missing } = await findFiles(paths);
  if (missing.length && !limits.skipMissing) {
    throw new InputError(`${missing.length === 1 ? 'no such file or folder' : 'no such files or folders'}: ${missing.join(', ')} (--skip-missing reads the others)`);
  }
  let done = 0;
  let chars = 0;
  const read = async (f: FoundFile): Promise<FileResult> => {
    try {
      const r = await readOne(f, options, limits, readStdin);
      for (const s of r.sources) chars += s.text.length;
      return r;
    } catch (e) {
      return skip(errnoWords(e));
    } finally {
      limits.onFile?.(++done, files.length, chars);
    }
  };
  const sources: Source[] = [];
  // results are taken in file order, whatever order the reads finish in
  for (const [i, r] of (await inOrder(files, READ_CONCURRENCY, read)).entries()) {
    if (r.skipped) {
      warnings.push(`skipped ${files[i]!.path}: ${r.skipped}`);
      skipped.push({ path: files[i]!.shown, reason: r.skipped });
    }
    warnings.push(...r.notes);
    sources.push(...r.sources);
  }
  if (sources.length === 0) {
    const why = warnings.length ? shortList(warnings) : 'no .txt, .md, .html or .jsonl files found';
    throw new InputError(`no articles to read (${why})`);
  }
  return { sources: uniqueIds(sources, warnings), warnings, skipped };
}

function shortList(items: string[]): string {
  return items.slice(0, 3).join('; ') + (items.length > 3 ? `; … (${items.length - 3} more)` : '');
}

/** One file's bytes → its Source (plain text or HTML), for library callers that read files themselves. */
export function toSource(input: { id: string; path: string; bytes: Buffer }, options: RunOptions): Source {
  const d = decode(input.bytes);
  if (!d.ok) throw new InputError(`${input.path}: ${d.reason}`);
  if (looksLikeHtml(d.text)) return htmlSource(input.id, input.path, d.text, d.warnings, options);
  return textSource(input.id, input.path, d.text, d.warnings, options);
}
