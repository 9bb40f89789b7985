// HTML page → article text, title and publication date. linkedom parses; Mozilla Readability finds the article
// body (dropping navigation, related links, footers); when it finds too little, the <article>, <main> or <body>
// is read with page chrome dropped. The headline leads the text as its own paragraph, as in the text articles.
import { createRequire } from 'node:module';
import { readPageMeta, type PageMeta, type QueryableDocument } from './htmlmeta.js';
import { htmlToText, type DomNode } from './htmltext.js';
import { capNesting, MAX_NESTING } from './nesting.js';

// linkedom and Readability are loaded on the first HTML page, not at start-up (linkedom alone takes longer to load
// than a run over the plain-text seeds)
const require = createRequire(import.meta.url);
type ParseHtml = (html: string) => unknown;
type ReadabilityClass = new (doc: never, opts: { serializer: (el: unknown) => DomNode }) => { parse(): { content: DomNode | null | undefined } | null };
let parseHTML: ParseHtml | undefined;
let Readability: ReadabilityClass | undefined;
const parser = (): ParseHtml => (parseHTML ??= (require('linkedom') as { parseHTML: ParseHtml }).parseHTML);
const readability = (): ReadabilityClass => (Readability ??= (require('@mozilla/readability') as { Readability: ReadabilityClass }).Readability);

export interface HtmlArticle extends PageMeta {
  text: string;
  warnings: string[];
}

/** Markup at the start of a text (after comments and a doctype) that makes it an HTML page. */
const HTML_START_RE = /^(?:\s|<!--[^]{0,1000}?-->)*<(?:!doctype\s+html|html|head|body)\b/i;

/** Is this text an HTML page? Looks at its first characters only. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START_RE.test(text.slice(0, 2048));
}

/** Readability's time grows steeply with nesting depth (seconds past ~1,000 levels): deeper pages skip it. */
const READABILITY_MAX_DEPTH = 400;

/** The deepest element nesting under `root`, counted without recursion, stopping past `limit`. */
export function depthOf(root: DomNode, limit: number): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) stack.push([child, d + 1]);
  }
  return max;
}

/** Readability's body is used when it has at least this share of the fallback's text, or this many characters. */
const READABILITY_MIN_SHARE = 0.2;
const READABILITY_ENOUGH_CHARS = 1500;

type Doc = QueryableDocument & DomNode & { body: DomNode | null; querySelector(s: string): DomNode | null };

function fallbackRoot(doc: Doc): DomNode | null {
  for (const sel of ['article', 'main', '[role="main"]']) {
    const el = doc.querySelector(sel);
    if (el && htmlToText(el).length > 0) return el;
  }
  return doc.body;
}

function withTitle(title: string | null, body: string): string {
  if (!title) return body;
  const first = body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n'));
  return first.trim() === title ? body : body ? `${title}\n\n${body}` : title;
}

/** Readability's article body, or null when it fails or finds too little next to the fallback's text. */
function readableBody(document: Doc, fallback: string, warnings: string[]): string | null {
  if (depthOf(document, READABILITY_MAX_DEPTH) > READABILITY_MAX_DEPTH) {
    warnings.push(`HTML nested over ${READABILITY_MAX_DEPTH} levels deep: article detection skipped, whole page text kept`);
    return null;
  }
  try {
    // Readability edits the document it reads: it goes last. The serializer hands back the element itself.
    const article = new (readability())(document as never, { serializer: (el: unknown) => el as DomNode }).parse();
    const text = article?.content ? htmlToText(article.content) : '';
    return text.length >= READABILITY_ENOUGH_CHARS || text.length >= READABILITY_MIN_SHARE * fallback.length ? text : null;
  } catch {
    warnings.push('HTML article detection failed: whole page text kept');
    return null;
  }
}

export function readHtml(html: string): HtmlArticle {
  const warnings: string[] = [];
  const capped = capNesting(html); //                   linear: the parser's cost grows with the nesting depth
  if (capped.dropped) warnings.push(`HTML nested over ${MAX_NESTING} levels deep (unclosed tags): ${capped.dropped} deeper tags left out, their text kept`);
  const { document } = parser()(capped.html) as unknown as { document: Doc };
  const meta = readPageMeta(document);
  const root = fallbackRoot(document);
  const fallback = root ? htmlToText(root) : '';
  const body = readableBody(document, fallback, warnings) ?? fallback;
  const text = withTitle(meta.title, body);
  if (!text) warnings.push('no text found in the HTML page');
  return { ...meta, text, warnings };
}
