// Title and publication date of a source, from its header line, byline or dateline.
import { MONTH_RE, WEEKDAY_RE, isoDay, monthNumber } from '../extract/lexicon/calendar.js';
import type { PublishedFrom } from '../core/types.js';

const HEADER_RE = /^\uFEFF?\s*date (\d{4})-(\d{2})-(\d{2})\b[ \t]*/;
// "Oct 17, 2023" / "October 18, 2023" / "17 Oct 2023" / "17 October, 2023" / "9th September, 2023"
const ORD = '(?:st|nd|rd|th)?';
const MDY = `(${MONTH_RE})\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})`;
const DMY = `(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_RE}),?\\s+(\\d{4})`;
const DATE = `(?:(?:${MDY})|(?:${DMY}))`; // groups: month, day, year | day, month, year
const WEEKDAY_OPT = `(?:${WEEKDAY_RE},?\\s+)?`;

/** Byline forms, in order of preference. Each has the six date groups first. */
const BYLINES = [
  // "Published On: Sep 9, 2023" / "Posted on 9 September 2023" / "First published: …"
  {
    rule: 'published-line',
    re: new RegExp(`^[ \\t]*(?:first\\s+)?(?:published|posted)(?:\\s+on)?\\s*[:\\-–—]?\\s*${WEEKDAY_OPT}${DATE}`, 'im'),
  },
  // "by | Oct 17, 2023"
  { rule: 'by-bar', re: new RegExp(`^[ \\t]*by\\b[^\\n|]{0,80}\\|\\s*${WEEKDAY_OPT}${DATE}`, 'im') },
  // "By Evan Symon, November 15, 2023 7:32 pm" / "By A and B, Reuters, Month D, YYYY" / "By NAME – Sep 9, 2023"
  // The word after "By" is a capitalised name, never a month or weekday ("By March 3, 2022, troops had …").
  {
    rule: 'by-name',
    re: new RegExp(
      `^[ \\t]*(?:By|BY)[ \\t]+(?!(?:${MONTH_RE}|${WEEKDAY_RE})\\b)[A-Z\\u00C0-\\u024F][^\\n]{0,100}?(?:,|\\||·|•|–|—|-)[ \\t]*(?:(?:Published|Posted|Updated)(?:\\s+on)?\\s*:?\\s*)?${WEEKDAY_OPT}${DATE}`,
      'm',
    ),
  },
  // "Updated: Sep 10, 2023, 09:16 AM IST" / "Last updated on 10 September 2023"
  {
    rule: 'updated-line',
    re: new RegExp(`^[ \\t]*(?:last\\s+)?updated(?:\\s+on)?\\s*[:\\-–—]?\\s*${WEEKDAY_OPT}${DATE}`, 'im'),
  },
] as const;

// A dateline: a place (capitalised words, maybe "/Region/" or ", Country"), a comma, the date, then an agency in
// brackets or slashes and a dash, colon or full stop: "NEW DELHI, 9th September, 2023 (WAM) --",
// "Shillong, September 13:", "VOSTOCHNY COSMODROME /Amur Region/, September 13. /TASS/.", "WASHINGTON, Nov 15 (Reuters) -".
// Place words are capitalised (a few lower-case particles: "Rio de Janeiro"), so "The leaders met on Tuesday, …" is no dateline.
const PLACE_WORD = `[A-Z][A-Za-z\\u00C0-\\u024F.'’-]{0,20}`;
const PLACE_NAME = `${PLACE_WORD}(?:[ \\t]+(?:(?:de|da|del|do|la|le|es|al|el)[ \\t]+)?${PLACE_WORD}){0,3}`;
const PLACE = `${PLACE_NAME}(?:\\s*/[^/\\n]{1,40}/|,[ \\t]*${PLACE_NAME})?`;
const DATELINE_END = `(?:\\s*(?:\\([A-Z][^)\\n]{0,30}\\)|/[A-Z][^/\\n]{0,30}/))?\\s*(?:--|—|–|-|:|\\.)`;
const DATELINE_RE = new RegExp(`^[ \\t\\uFEFF]*${PLACE},\\s*${DATE}${DATELINE_END}`, 'm');
const DATELINE_MD_RE = new RegExp(
  `^[ \\t\\uFEFF]*${PLACE},\\s*(?:(${MONTH_RE})\\s+(\\d{1,2})${ORD}|(\\d{1,2})${ORD}\\s+(${MONTH_RE}))${DATELINE_END}`,
  'm',
);
const FULL_DATE_RE = new RegExp(`\\b${DATE}\\b`, 'g');
/** A line holding only a machine date and maybe a time: "2023-04-07 23:55", "2023/04/07". */
const ISO_LINE_RE = /^[ \t]*(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$/m;
const BYLINE_MAX_LINE = 200;

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

/** Length of the line holding `at`. */
function lineLength(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return (nl < 0 ? text.length : nl) - start;
}

/** The first printed byline date of the opening text, by the preference order of BYLINES. */
function bylineDate(head: string): PublishedInfo | null {
  for (const { re } of BYLINES) {
    const b = re.exec(head);
    if (!b) continue;
    const at = b.index + b[0].search(/\S/);
    if (lineLength(head, at) > BYLINE_MAX_LINE) continue; // a sentence of the body, not a byline
    const iso = fromGroups(b, 1);
    if (iso) return { published: iso, publishedFrom: 'byline', span: { start: at, end: b.index + b[0].length } };
  }
  return null;
}

/**
 * The publication date: header line, then a printed byline ("by | Oct 17, 2023", "By Evan Symon, November 15, 2023
 * 7:32 pm", "Published On: Aug 24, 2023", "Updated: Sep 10, 2023, 09:16 AM IST", a line "2023-04-07 23:55"), then a dateline ("NEW DELHI, 9th
 * September, 2023 (WAM) --"), then the first full date of the opening text that starts its line (a dateline such as
 * "October 18, 2023, 4:30 am –") or ends it (a dated photo line), outside parenthesised cross-references.
 * `crossRefs` are spans to ignore.
 */
export function findPublished(text: string, crossRefs: Array<{ start: number; end: number }> = []): PublishedInfo {
  const h = headerDate(text);
  if (h) return { published: h.iso, publishedFrom: 'header', span: { start: 0, end: h.end } };
  const byline = bylineDate(text.slice(0, 2000));
  if (byline) return byline;
  const opening = text.slice(0, 600);
  const iso = ISO_LINE_RE.exec(opening);
  const isoDate = iso ? isoDay(+iso[1]!, +iso[2]!, +iso[3]!) : null;
  if (iso && isoDate) return { published: isoDate, publishedFrom: 'byline', span: { start: iso.index, end: iso.index + iso[0].length } };
  const d = DATELINE_RE.exec(opening);
  const dIso = d ? fromGroups(d, 1) : null;
  if (d && dIso) return { published: dIso, publishedFrom: 'text', span: { start: d.index, end: d.index + d[0].length } };
  for (const m of opening.matchAll(FULL_DATE_RE)) {
    const at = m.index ?? 0;
    if (crossRefs.some((r) => r.start <= at && at < r.end)) continue;
    if (!startsOrEndsLine(text, at, at + m[0].length)) continue; // "On March 3, 2022, Russia …" dates an event, not the page
    const iso = fromGroups(m, 1);
    if (iso) return { published: iso, publishedFrom: 'text', span: { start: at, end: at + m[0].length } };
  }
  return { published: null, publishedFrom: null, span: null };
}

/**
 * A dateline that gives a month and day but no year ("Shillong, September 13:"): the year must come from other
 * evidence (the run's other sources). Month 1-12, day 1-31.
 */
export function datelineMonthDay(text: string): { month: number; day: number; start: number; end: number } | null {
  const m = DATELINE_MD_RE.exec(text.slice(0, 600));
  if (!m) return null;
  const month = monthNumber(m[1] ?? m[4] ?? '');
  const day = +(m[2] ?? m[3] ?? 0);
  if (!month || day < 1 || day > 31) return null;
  const start = m.index + m[0].search(/\S/);
  return { month, day, start, end: m.index + m[0].length };
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
