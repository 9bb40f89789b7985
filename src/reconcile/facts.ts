// Figures and dates from several sentences and sources → facts with status agreed / conflict / single.
import type { Extraction, Fact } from '../core/types.js';
import type { LinkedEntities } from './entities.js';

export function reconcileFacts(_extractions: Extraction[], _entities: LinkedEntities): Fact[] {
  return [];
}
