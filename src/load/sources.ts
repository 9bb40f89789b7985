// Decoded text, HTML pages and JSON Lines articles → Source (title, publication date, warnings).
import type { PublishedFrom, RunOptions, Source } from '../core/types.js';
import { crossReferenceSpans } from '../segment/regions.js';
import { findPublished, findTitle } from './published.js';
import { readHtml } from './html.js';
import type { JsonlArticle } from './jsonl.js';

interface Dated {
  published: string | null;
  publishedFrom: PublishedFrom;
}

/** A date given by the page or record ('header'), else one printed in the text, else the --reference-date. */
function dated(text: string, given: string | null, options: RunOptions): Dated {
  if (given) return { published: given, publishedFrom: 'header' };
  const pub = findPublished(text, crossReferenceSpans(text));
  if (pub.published) return { published: pub.published, publishedFrom: pub.publishedFrom };
  if (options.referenceDate) return { published: options.referenceDate, publishedFrom: 'option' };
  return { published: null, publishedFrom: null };
}

export function textSource(id: string, path: string, text: string, warnings: string[], options: RunOptions): Source {
  return { id, path, text, title: findTitle(text), ...dated(text, null, options), warnings };
}

export function htmlSource(id: string, path: string, html: string, warnings: string[], options: RunOptions): Source {
  const page = readHtml(html);
  const text = page.text;
  return {
    id,
    path,
    text,
    title: page.title ?? findTitle(text),
    ...dated(text, page.published, options),
    warnings: [...warnings, ...page.warnings],
  };
}

export function jsonlSource(id: string, path: string, a: JsonlArticle, options: RunOptions): Source {
  return { id, path, text: a.text, title: a.title ?? findTitle(a.text), ...dated(a.text, a.published, options), warnings: a.warnings };
}
