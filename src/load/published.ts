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

/** A clock time with optional seconds, am/pm and zone: "7:40 AM", "08:15:02", "14:05 IST", "00:55:21-04". */
const TIME = `\\d{1,2}(?::\\d{2}){1,2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:[+-]\\d{2}(?::?\\d{2})?|\\(?[A-Z]{2,5}\\)?))?`;
const ISO = '(\\d{4})-(\\d{2})-(\\d{2})';
/** "Published", "Posted", "First published", "Updated", "Last updated", "and last updated", "Modified". */
const LABEL = '(?:and\\s+)?(?:(?:last\\s+)?(?:updated|modified)|(?:first\\s+|originally\\s+)?(?:published|posted))';

/**
 * A printed page time: a label, maybe "on"/"at", a colon, maybe a clock time before the date, then the date:
 * "Published: March 3, 2022 08:15:02", "Posted at 7:40 AM, Feb 27, 2019", "Published : 04 Nov 2021, 22:10",
 * "Last updated 2 Dec 2020 | 14:05 IST", "and last updated 2021-03-03 01:10:44-05". Groups: the six date groups,
 * then year, month, day of an ISO date.
 */
const PRINTED_RE = new RegExp(
  `^[ \\t]*${LABEL}(?:\\s+(?:on|at))?\\s*[:\\-–—]?\\s*(?:${TIME}\\s*,?\\s*(?:on\\s+)?)?${WEEKDAY_OPT}(?:${DATE}|${ISO}(?![\\d-]))`,
  'gim',
);

/** Byline forms, in order of preference. Each has the six date groups first. */
const BYLINES = [
  // "by | Oct 17, 2023"
  { rule: 'by-bar', re: new RegExp(`^[ \\t]*by\\b[^\\n|]{0,80}\\|\\s*${WEEKDAY_OPT}${DATE}`, 'im') },
  // "By Ana Ruiz, March 14, 2022 6:05 pm" / "By A and B, Reuters, Month D, YYYY" / "By NAME – Sep 9, 2023" /
  // "Written by NAME on Sep 9, 2023". The word after "By" is a capitalised name, never a month or weekday ("By March
  // 3, 2022, troops had …").
  {
    rule: 'by-name',
    re: new RegExp(
      `^[ \\t]*(?:By|BY|(?:Written|Reported|Story)[ \\t]+by)[ \\t]+(?!(?:${MONTH_RE}|${WEEKDAY_RE})\\b)[A-Z\\u00C0-\\u024F][^\\n]{0,100}?(?:,|\\||·|•|–|—|-|[ \\t]on)[ \\t]*(?:(?:Published|Posted|Updated)(?:\\s+on)?\\s*:?\\s*)?${WEEKDAY_OPT}${DATE}`,
      'm',
    ),
  },
] as const;

// A dateline: a place (capitalised words, maybe "/Region/" or ", Country"), a comma, the date, then an agency in
// brackets or slashes and a dash, colon or full stop: "NEW DELHI, 9th September, 2023 (WAM) --",
// "Shillong, September 13:", "Moscow/Beijing, Oct 17 (EFE).-" (two cities), "VOSTOCHNY COSMODROME /Amur Region/, September 13. /TASS/.", "WASHINGTON, Nov 15 (Reuters) -".
// Place words are capitalised (a few lower-case particles: "Rio de Janeiro"), so "The leaders met on Tuesday, …" is no dateline.
const PLACE_WORD = `[A-Z][A-Za-z\\u00C0-\\u024F.'’-]{0,20}`;
const PLACE_NAME = `${PLACE_WORD}(?:[ \\t]+(?:(?:de|da|del|do|la|le|es|al|el)[ \\t]+)?${PLACE_WORD}){0,3}`;
const PLACE = `${PLACE_NAME}(?:\\s*/[^/\\n]{1,40}/|/${PLACE_NAME}|,[ \\t]*${PLACE_NAME})?`;
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

/**
 * The printed page times of the opening text ("Published …", "Posted at …", "Last updated …"): the latest one, since
 * the text as it stands was written then. Else the first "by" byline.
 */
function bylineDate(head: string): PublishedInfo | null {
  let best: PublishedInfo | null = null;
  PRINTED_RE.lastIndex = 0;
  for (const b of head.matchAll(PRINTED_RE)) {
    const at = b.index! + b[0].search(/\S/);
    if (lineLength(head, at) > BYLINE_MAX_LINE) continue; // a sentence of the body, not a page time
    const iso = fromGroups(b, 1) ?? (b[7] ? isoDay(+b[7], +b[8]!, +b[9]!) : null);
    if (iso && (!best || iso > best.published!)) best = { published: iso, publishedFrom: 'byline', span: { start: at, end: b.index! + b[0].length } };
  }
  if (best) return best;
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
 * The publication date: header line, then the latest printed page time ("Published On: Aug 24, 2023", "Posted at
 * 7:40 AM, Feb 27, 2019", "Last updated 2 Dec 2020 | 14:05 IST") or a byline ("by | Oct 17, 2023", "By Evan Symon,
 * March 14, 2022 6:05 pm"), then a line "2023-04-07 23:55", then a dateline ("NEW DELHI, 9th September, 2023
 * (WAM) --"), then the first full date of the opening text that starts its line (a dateline "October 18, 2023, 4:30
 * am –" or a bare timestamp line "14 Sep 2023 09:53"), outside parenthesised cross-references.
 * Never: a date that ends a line (a dated photo caption dates the event it shows), a date after a clock time or a
 * weekday on its line (a site clock or date bar: "11:20 GMT 04 March 2022"), a line of an embedded post ("— Name
 * (@handle) June 10, 2018"). `crossRefs` are spans to ignore.
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
    if (!startsLine(text, at)) continue; // "On March 3, 2022, Russia …" dates an event, not the page
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

const EMBED_RE = /@\w|pic\.twitter\.com|twitter\.com\/|t\.co\//i;

/** The line holding `at` is an embedded post's ("— Name (@handle) June 10, 2018", "pic.twitter.com/…"). */
export function onEmbedLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return EMBED_RE.test(text.slice(lineStart, nl < 0 ? text.length : nl));
}

/** A dateline or a bare timestamp starts its line, on a line that is no embedded post. */
function startsLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', start);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  return /^[\s\uFEFF]*$/.test(text.slice(lineStart, start)) && !EMBED_RE.test(line);
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
