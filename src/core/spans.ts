import type { Mention, Span } from './types.js';

/** A mention's place as one string key ("source:start:end"): what indexes of mentions are keyed by. */
export const mentionKey = (m: Pick<Mention, 'source' | 'start' | 'end'>): string => `${m.source}:${m.start}:${m.end}`;

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function mention(source: string, text: string, start: number, end: number): Mention {
  return { source, start, end, text: text.slice(start, end) };
}

/** Stable order for mentions: source id, then start, then end. */
export function byPosition(a: Mention, b: Mention): number {
  return cmp(a.source, b.source) || a.start - b.start || a.end - b.end;
}

/** Locale-independent string comparison (sorting must not depend on the machine's locale). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function uniqSorted(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort(cmp);
}
