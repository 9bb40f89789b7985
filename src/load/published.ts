// Title and publication date of a source, from its header line, byline or dateline.
import { MONTH_RE, isoDay, monthNumber } from '../extract/lexicon/calendar.js';
import type { PublishedFrom } from '../core/types.js';

const HEADER_RE = /^\uFEFF?\s*date (\d{4})-(\d{2})-(\d{2})\b[ \t]*/;
// "Oct 17, 2023" / "October 18, 2023" / "17 Oct 2023" / "17 October, 2023"
const MDY = `(${MONTH_RE})\\s+(\\d{1,2}),?\\s+(\\d{4})`;
const DMY = `(\\d{1,2})\\s+(${MONTH_RE}),?\\s+(\\d{4})`;
const BYLINE_RE = new RegExp(
  `^(?:by\\b[^\\n|]{0,80}\\|\\s*|(?:published|posted|updated|first published)(?:\\s+on)?:?\\s+)(?:(?:${MDY})|(?:${DMY}))`,
  'im',
);
const FULL_DATE_RE = new RegExp(`\\b(?:${MDY}|${DMY})\\b`, 'g');

export interface PublishedInfo {
  published: string | null;
  publishedFrom: PublishedFrom;
  /** span of the evidence, for provenance */
  span: { start: number; end: number } | null;
}

function fromGroups(g: string[], offset: number): string | null {
  // g[offset..offset+2] = month, day, year for MDY; g[offset+3..+5] = day, month, year for DMY
  if (g[offset]) return isoDay(+g[offset + 2]!, monthNumber(g[offset]!) ?? 0, +g[offset + 1]!);
  if (g[offset + 3]) return isoDay(+g[offset + 5]!, monthNumber(g[offset + 4]!) ?? 0, +g[offset + 3]!);
  return null;
}

/** Header line ` date YYYY-MM-DD` at the top of the text, as written by the article store. */
export function headerDate(text: string): { iso: string; end: number } | null {
  const m = HEADER_RE.exec(text);
  if (!m) return null;
  const iso = isoDay(+m[1]!, +m[2]!, +m[3]!);
  return iso ? { iso, end: m[0].length } : null;
}

/**
 * The publication date: header line, then a printed byline ("by | Oct 17, 2023", "Published Aug 24, 2023"),
 * then the first full date of the opening text that starts its line (a dateline such as "October 18, 2023, 4:30 am –")
 * or ends it (a dated photo line), outside parenthesised cross-references. `crossRefs` are spans to ignore.
 */
export function findPublished(text: string, crossRefs: Array<{ start: number; end: number }> = []): PublishedInfo {
  const h = headerDate(text);
  if (h) return { published: h.iso, publishedFrom: 'header', span: { start: 0, end: h.end } };
  const head = text.slice(0, 2000);
  const b = BYLINE_RE.exec(head);
  if (b) {
    const iso = fromGroups(b, 1);
    if (iso) return { published: iso, publishedFrom: 'byline', span: { start: b.index, end: b.index + b[0].length } };
  }
  const opening = text.slice(0, 600);
  for (const m of opening.matchAll(FULL_DATE_RE)) {
    const at = m.index ?? 0;
    if (crossRefs.some((r) => r.start <= at && at < r.end)) continue;
    if (!startsOrEndsLine(text, at, at + m[0].length)) continue; // "On March 3, 2022, Russia …" dates an event, not the page
    const iso = fromGroups(m, 1);
    if (iso) return { published: iso, publishedFrom: 'text', span: { start: at, end: at + m[0].length } };
  }
  return { published: null, publishedFrom: null, span: null };
}

/** A dateline starts its line ("October 18, 2023, 4:30 am – …"); a dated photo line ends with its date. */
function startsOrEndsLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  return /^[\s\uFEFF]*$/.test(text.slice(lineStart, start)) || /^[\s.]*$/.test(text.slice(end, lineEnd));
}

/**
 * The title: the rest of the header line when it reads as a headline, else the first line of the text when it
 * reads as one (short, no final full stop).
 */
export function findTitle(text: string): string | null {
  const h = headerDate(text);
  const firstLine = (h ? text.slice(h.end) : text).split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const line = firstLine.trim();
  if (!line || line.length > 160) return null;
  if (/[.!]$/.test(line) && !/\.\.\.$/.test(line)) return null;
  if (/^\(?[A-Z][a-z]+\)?\s+--/.test(line)) return null; // "(Bloomberg) -- ..." is a wire lead, not a title
  return line;
}
