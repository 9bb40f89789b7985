// The library API: extract(paths | articles, options) → Report, with the CLI's option checks. No CLI imports.
import { UsageError } from './core/errors.js';
import { uniqueId } from './core/ids.js';
import type { Report, Source } from './core/types.js';
import { loadSources, type ReadStdin } from './load/index.js';
import { looksLikeHtml } from './load/html.js';
import { htmlSource, textSource } from './load/sources.js';
import { checkMaxSourceBytes, checkReferenceDate } from './options.js';
import { parseJobs } from './parallel/plan.js';
import { runParallel } from './parallel/run.js';
import { withItemIds } from './report-ids.js';

/** One article given as text rather than a path. */
export interface ArticleInput {
  /** the article: plain text, or an HTML page */
  text: string;
  /** the source id in the report (default "article-1", "article-2" … in the order given) */
  id?: string;
  /** publication date YYYY-MM-DD, when known */
  published?: string | null;
}

export interface ExtractOptions {
  /** publication date YYYY-MM-DD for sources that give none (relative dates resolve against it) */
  referenceDate?: string | null;
  /** size cap per source: bytes, or "500K", "5M" (default 5M) */
  maxSourceBytes?: number | string;
  /** threads that extract: "auto" (default) or a number, 1 for no worker threads */
  jobs?: number | 'auto';
  /** a path that does not exist is listed in `skipped` instead of rejecting the call */
  skipMissing?: boolean;
  /** where "-" reads from (default: the process's stdin) */
  readStdin?: ReadStdin;
  /** progress: files read so far and files in all */
  onFile?: (done: number, total: number) => void;
}

/** The options checked as the CLI checks them (a UsageError names the bad one). */
export function checkOptions(options: ExtractOptions = {}) {
  if (options === null || typeof options !== 'object') throw new UsageError('options must be an object');
  const jobs = options.jobs === undefined ? 'auto' : parseJobs(String(options.jobs));
  return {
    referenceDate: checkReferenceDate(options.referenceDate, 'referenceDate'),
    maxSourceBytes: checkMaxSourceBytes(options.maxSourceBytes, 'maxSourceBytes'),
    jobs,
    skipMissing: Boolean(options.skipMissing),
  };
}

/** Articles given as text → sources, with unique ids and a checked publication date. */
export function articleSources(articles: ArticleInput[], referenceDate: string | null): Source[] {
  const taken = new Set<string>();
  return articles.map((a, i) => {
    if (!a || typeof a.text !== 'string') throw new UsageError(`article ${i + 1}: "text" must be a string`);
    if (a.id !== undefined && (typeof a.id !== 'string' || a.id === '')) throw new UsageError(`article ${i + 1}: "id" must be a non-empty string`);
    const published = checkReferenceDate(a.published, `article ${i + 1}: "published"`);
    const id = uniqueId(a.id ?? `article-${i + 1}`, taken);
    const options = { referenceDate };
    const s = looksLikeHtml(a.text) ? htmlSource(id, id, a.text, [], options) : textSource(id, id, a.text, [], options);
    return published ? { ...s, published, publishedFrom: 'header' as const } : s;
  });
}

/**
 * Extracts the report of a set of articles: paths (files, folders, "-" for stdin) or articles given as text.
 * Rejects with a UsageError on a bad option, an InputError when nothing can be read or a path is missing.
 */
export async function extract(inputs: string | string[] | ArticleInput[], options: ExtractOptions = {}): Promise<Report> {
  const o = checkOptions(options);
  const list = typeof inputs === 'string' ? [inputs] : inputs;
  if (!Array.isArray(list) || list.length === 0) throw new UsageError('extract needs at least one path or article');
  if (list.every((x) => typeof x === 'string')) {
    const loaded = await loadSources(list as string[], { referenceDate: o.referenceDate }, options.readStdin, {
      maxSourceBytes: o.maxSourceBytes, skipMissing: o.skipMissing, onFile: options.onFile,
    });
    const report = await runParallel(loaded.sources, o.jobs);
    return { ...withItemIds(report), skipped: loaded.skipped };
  }
  if (list.some((x) => typeof x === 'string')) throw new UsageError('extract takes paths or articles, not both in one call');
  const report = await runParallel(articleSources(list as ArticleInput[], o.referenceDate), o.jobs);
  return { ...withItemIds(report), skipped: [] };
}
