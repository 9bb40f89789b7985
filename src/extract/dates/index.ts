// Dates, absolute and relative, resolved against the source's publication date.
import type { DateMention, Doc } from '../../core/types.js';

export function extractDates(_doc: Doc): DateMention[] {
  return [];
}
