// Entity linking across sources: one entity per real-world person, place or organization.
import type { Entity, Extraction } from '../core/types.js';

export interface LinkedEntities {
  people: Entity[];
  places: Entity[];
  organizations: Entity[];
}

export function linkEntities(_extractions: Extraction[]): LinkedEntities {
  return { people: [], places: [], organizations: [] };
}
