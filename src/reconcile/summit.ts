// The summit record: who met, where and when.
import type { Extraction, Summit } from '../core/types.js';
import type { LinkedEntities } from './entities.js';

export function findSummit(_extractions: Extraction[], _entities: LinkedEntities): Summit | null {
  return null;
}
