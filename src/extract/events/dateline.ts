// Datelines: "MOSCOW/SEOUL - …", "BEIJING, Oct 18 (Reuters) -" name where the reporter was, not where anything
// happened. A place mention that opens its line that way is a dateline.

/** Before a dateline place on its line: nothing, the store's date header, or other dateline places ("MOSCOW/"). */
const DATELINE_PREFIX_RE = /^[\s\uFEFF]*(?:date \d{4}-\d{2}-\d{2}\s+)?(?:\p{Lu}[\p{L}.' -]{0,30}\/\s*)*$/u;
/** After it: other places, an agency, then a dash or colon, or a comma and a date. */
const DATELINE_REST_RE =
  /^(?:\s*\/\s*[\p{L} ]+)*(?:,\s*[\p{Lu}][\p{L} ]+)?(?:\s*[,/]?\s*(?:\(\p{Lu}[^)\n]{0,30}\)|\/\p{Lu}[^/\n]{0,30}\/))?\s*(?:[-–—:]|,\s*(?:\d|\p{Lu}\p{Ll}+\s+\d))/u;

/** A dateline place: first on its line (or after other dateline places), followed by another place, an agency, a dash or a colon. */
export function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 160 || !DATELINE_PREFIX_RE.test(text.slice(lineStart, start))) return false;
  return DATELINE_REST_RE.test(text.slice(end, end + 60));
}
