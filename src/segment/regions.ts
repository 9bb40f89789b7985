// Page furniture: spans of a source that are not the article's own reporting.
// Each rule is a named regex over the text; the result is a sorted list of spans with their context.
import type { Context, Span } from '../core/types.js';

export type Region = Span & { context: Exclude<Context, null>; rule: string };

/** `(See “HEADLINE” 15 Aug 2023, …)`: references to other stories of the same outlet. */
const CROSS_REF_RE = /\((?:See|Read|Related|Also read|Read more)[: ]\s*[“"‘'][^)]{0,2000}\)/g;

/** Whole lines that are page furniture wherever they stand (after the line's leading blanks). */
const FURNITURE_LINES = [
  String.raw`skip to (?:main )?content[ \t]*$`,
  String.raw`(?:share|related|related articles|related stories|more stories|advertisement|live video stream|read more)[ \t]*$`,
  String.raw`our books[ \t]*$`,
  String.raw`latest book lineup\.?[ \t]*$`,
  String.raw`(?:video stream|photo|picture|image)\s*:\s*courtesy of .*$`,
  String.raw`follow [^\n]{1,60}(?:coverage|updates|live blog)[^\n]{0,60}$`,
  String.raw`-+\s*with assistance from [^\n]*$`,
  String.raw`(?:subscribe|sign up)\b[^\n]{0,80}$`,
];
/** One line start and its blanks, then the alternatives (none starts with a blank, so the blanks are all taken
 *  first): 7 times faster than a `^[ \t]*` in front of each alternative, with the same matches. */
const FURNITURE_LINE_RE = new RegExp(String.raw`^[ \t]*(?:${FURNITURE_LINES.join('|')})`, 'gim');

/** An author bio: "About <Name>" on its own line, then the rest of the page. */
const ABOUT_RE = /^[ \t]*About [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}[ \t]*$/gm;

/** Caption paragraphs: photo credits ("Picture: X/GCIS", "SPUTNIK/VIA REUTERS", "(1)"), dated photo lines. */
const CREDIT_IN_LINE_RE = /\b(?:Picture|Photo|Photograph|Image|Credit)s?\s*:\s*\S/;
const CREDIT_LINE_RE = /^\s*[A-Z][A-Z0-9 .'’&-]*(?:\/\s*(?:VIA\s+)?[A-Z][A-Z0-9 .'’&-]*)+\s*$/; // SPUTNIK/VIA REUTERS, AFP/GETTY
const PHOTO_INDEX_RE = /\(\d{1,2}\)\s*$/; // a caption ending "(1)", "(2)" …
/** A caption that ends with its credit in brackets: "(AP photo)", "(Xinhua file photo)", "(Photo by Ana Ruiz)". */
const BRACKET_CREDIT_RE = /\((?:[\p{L}.'’&/ -]{1,40}\s)?(?:photos?|photograph|picture|pictured|video)(?:\s+(?:by|courtesy\s+of|via)\s[^()]{1,60})?\)\s*$/iu;
const DATED_PHOTO_RE = /(?:,\s+|(?<!\s)\s+on\s+)(?:on\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.?\s*$/;

function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

export function crossReferenceSpans(text: string): Span[] {
  return [...text.matchAll(CROSS_REF_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

export function findRegions(text: string): Region[] {
  const regions: Region[] = [];
  const header = /^\uFEFF?\s*date \d{4}-\d{2}-\d{2}/.exec(text);
  if (header) regions.push({ start: 0, end: header[0].length, context: 'boilerplate', rule: 'header-date-line' });
  for (const s of crossReferenceSpans(text)) regions.push({ ...s, context: 'cross-reference', rule: 'see-parenthesis' });
  for (const m of text.matchAll(FURNITURE_LINE_RE)) {
    regions.push({ start: m.index!, end: m.index! + m[0].length, context: 'boilerplate', rule: 'furniture-line' });
  }
  // An author bio runs from "About <Name>" to the end of the page (bios close articles).
  for (const m of text.matchAll(ABOUT_RE)) {
    const rest = text.slice(m.index! + m[0].length);
    // only when what follows is short: a bio, not an "About" section of the article itself
    if (rest.length < 1500) regions.push({ start: m.index!, end: text.length, context: 'boilerplate', rule: 'author-bio' });
  }
  const ls = lines(text);
  ls.forEach((l, i) => {
    const s = text.slice(l.start, l.end);
    if (!s.trim()) return;
    let caption = false;
    let rule = '';
    // the cheap tests first: each regex needs the character (or the length) tested before it
    if (s.includes(':') && CREDIT_IN_LINE_RE.test(s)) [caption, rule] = [true, 'photo-credit-in-line'];
    else if (s.includes('/') && CREDIT_LINE_RE.test(s)) [caption, rule] = [true, 'photo-credit-line'];
    else if (s.length < 200 && PHOTO_INDEX_RE.test(s)) [caption, rule] = [true, 'photo-index'];
    else if (s.length < 600 && s.includes(')') && BRACKET_CREDIT_RE.test(s)) [caption, rule] = [true, 'bracketed-photo-credit'];
    else if (s.length < 400 && DATED_PHOTO_RE.test(s)) [caption, rule] = [true, 'dated-photo-line'];
    else {
      // the paragraph right before a credit line is the caption it credits
      let j = i + 1; // scan forward, no copy of the rest: linear over many short lines
      while (j < ls.length && text.slice(ls[j]!.start, ls[j]!.end).trim() === '') j++;
      const next = ls[j];
      if (next) {
        const ns = text.slice(next.start, next.end);
        if (ns.includes('/') && CREDIT_LINE_RE.test(ns)) [caption, rule] = [true, 'line-before-credit'];
      }
    }
    if (caption) regions.push({ start: l.start, end: l.end, context: 'caption', rule });
  });
  return regions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The context of a span: that of the innermost region containing its start, else null. Regions sorted by start. */
export function contextAt(regions: ReadonlyArray<Span & { context: Exclude<Context, null> }>, span: Span): Context {
  let ctx: Context = null;
  for (const r of regions) {
    if (r.start > span.start) break;
    if (span.start < r.end) ctx = r.context;
  }
  return ctx;
}
