// load: files, folders, stdin → Source (title, publication date, warnings).
import type { RunOptions, Source } from '../core/types.js';
import { decode } from './decode.js';
import { collect, type RawInput } from './files.js';
import { findPublished, findTitle } from './published.js';
import { crossReferenceSpans } from '../segment/regions.js';

export { collect } from './files.js';

export function toSource(input: RawInput, options: RunOptions): Source {
  const { text, warnings } = decode(input.bytes);
  const pub = findPublished(text, crossReferenceSpans(text));
  let published = pub.published;
  let publishedFrom = pub.publishedFrom;
  if (!published && options.referenceDate) {
    published = options.referenceDate;
    publishedFrom = 'option';
  }
  return { id: input.id, path: input.path, text, title: findTitle(text), published, publishedFrom, warnings };
}

export async function loadSources(
  paths: string[],
  options: RunOptions,
  readStdin: () => Promise<Buffer>,
): Promise<{ sources: Source[]; warnings: string[] }> {
  const { inputs, warnings } = await collect(paths, readStdin);
  const sources = inputs.map((i) => toSource(i, options));
  return { sources, warnings };
}
