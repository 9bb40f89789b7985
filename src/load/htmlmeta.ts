// Title and publication date of an HTML page from the usual places: <meta> tags (Open Graph, article:, Dublin
// Core, schema.org itemprop, news-site tags), JSON-LD, <time datetime>, <h1>, <title>. Data tables, one reader.
import { isoDay } from '../extract/lexicon/calendar.js';
import { SKIPPED_TAGS, type DomNode } from './htmltext.js';

/** <meta> keys (property, name or itemprop, lower-cased) that carry the publication date, most trusted first. */
export const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'article.published',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date',
] as const;

/** <meta> keys that carry the headline, most trusted first. */
export const TITLE_META_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline', 'title'] as const;

/** JSON-LD fields, most trusted first. */
const JSONLD_DATE_FIELDS = ['datePublished', 'dateCreated'] as const;
const JSONLD_TITLE_FIELDS = ['headline', 'name'] as const;
const JSONLD_ARTICLE_TYPE_RE = /Article|BlogPosting|Report/;

/** "2023-08-22", "2023-08-22T10:00:00+02:00", "2023/08/22", "20230822": the calendar day as written. */
const ISO_DAY_RE = /^\s*(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?![\d])/;

export interface QueryableDocument {
  querySelectorAll(selector: string): ArrayLike<DomNode & { textContent: string | null }>;
}

export interface PageMeta {
  title: string | null;
  published: string | null;
  /** where the date came from, for warnings and explain: "meta article:published_time", "json-ld", "time" */
  publishedBy: string | null;
}

export function isoFromAttribute(value: string | null | undefined): string | null {
  const m = value ? ISO_DAY_RE.exec(value) : null;
  return m ? isoDay(+m[1]!, +m[2]!, +m[3]!) : null;
}

function metaTable(doc: QueryableDocument): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute?.('property') ?? el.getAttribute?.('name') ?? el.getAttribute?.('itemprop') ?? '').trim().toLowerCase();
    const content = el.getAttribute?.('content')?.trim();
    if (key && content && !table.has(key)) table.set(key, content);
  }
  return table;
}

/** Article-like objects of the page's JSON-LD blocks (top level, arrays and @graph). */
function jsonLdArticles(doc: QueryableDocument): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (x: unknown, depth: number): void => {
    if (depth > 4 || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach((y) => visit(y, depth + 1));
    const o = x as Record<string, unknown>;
    if (JSONLD_ARTICLE_TYPE_RE.test(String(o['@type'] ?? ''))) out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(el.textContent ?? ''), 0);
    } catch {
      // a broken JSON-LD block is common on the web and says nothing about the article: ignore it
    }
  }
  return out;
}

/** The text a reader sees in an element: scripts, styles, templates … inside it are not part of it. */
function visibleText(node: DomNode, out: string[] = []): string[] {
  for (const c of Array.from(node.childNodes)) {
    if (c.nodeType === 3) out.push(c.nodeValue ?? '');
    else if (c.nodeType === 1 && !(SKIPPED_TAGS as ReadonlySet<string>).has((c.localName ?? '').toLowerCase())) visibleText(c, out);
  }
  return out;
}

function firstText(doc: QueryableDocument, selector: string): string | null {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const t = visibleText(el).join('').replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return null;
}

export function readPageMeta(doc: QueryableDocument): PageMeta {
  const meta = metaTable(doc);
  const ld = jsonLdArticles(doc);
  let published: string | null = null;
  let publishedBy: string | null = null;
  for (const key of DATE_META_KEYS) {
    published = isoFromAttribute(meta.get(key));
    if (published) {
      publishedBy = `meta ${key}`;
      break;
    }
  }
  for (const field of JSONLD_DATE_FIELDS) {
    if (published) break;
    const value = ld.map((o) => o[field]).find((v) => typeof v === 'string') as string | undefined;
    published = isoFromAttribute(value);
    if (published) publishedBy = `json-ld ${field}`;
  }
  if (!published) {
    for (const sel of ['time[itemprop="datePublished"]', 'time[pubdate]', 'article time[datetime]', 'main time[datetime]']) {
      const el = Array.from(doc.querySelectorAll(sel))[0];
      published = isoFromAttribute(el?.getAttribute?.('datetime') ?? el?.getAttribute?.('content'));
      if (published) {
        publishedBy = 'time';
        break;
      }
    }
  }
  let title: string | null = null;
  for (const key of TITLE_META_KEYS) if (!title) title = meta.get(key)?.replace(/\s+/g, ' ') ?? null;
  for (const field of JSONLD_TITLE_FIELDS) {
    if (!title) title = (ld.map((o) => o[field]).find((v) => typeof v === 'string') as string | undefined) ?? null;
  }
  title ??= firstText(doc, 'article h1') ?? firstText(doc, 'h1') ?? firstText(doc, 'title');
  return { title: title ? title.trim() || null : null, published, publishedBy };
}
