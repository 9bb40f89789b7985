// Direct quotes and their speakers.
import type { Doc, EntityMention, QuoteMention } from '../../core/types.js';

export function extractQuotes(_doc: Doc, _entities: EntityMention[]): QuoteMention[] {
  return [];
}
