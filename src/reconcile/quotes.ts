// The same quote reported by several sources is one Quote.
import type { Extraction, Quote } from '../core/types.js';
import type { LinkedEntities } from './entities.js';

export function groupQuotes(_extractions: Extraction[], _entities: LinkedEntities): Quote[] {
  return [];
}
