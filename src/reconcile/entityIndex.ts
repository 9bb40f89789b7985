// Find the linked entity of an entity mention (by its place in the text), and the people of a sentence.
import { slug } from '../core/ids.js';
import { mentionKey } from '../core/spans.js';
import type { Entity, EntityMention, Extraction, Mention } from '../core/types.js';
import type { LinkedEntities } from './entities.js';

const at = mentionKey;

/** Offsets as one number (start · 2^26 + end: exact for texts under 64 M characters). */
const SPAN = 2 ** 26;
const spanKey = (m: Pick<Mention, 'start' | 'end'>) => m.start * SPAN + m.end;

/** The linked entity of each entity mention: source → offsets (one number) → entity, so that a look-up makes no key
 *  string; mentions past 64 M characters (never in a source under the size cap) by their key string. */
export class EntityIndex {
  private readonly bySource = new Map<string, Map<number, Entity>>();
  private readonly far = new Map<string, Entity>();
  add(m: Mention, e: Entity): void {
    if (m.end >= SPAN) {
      this.far.set(at(m), e);
      return;
    }
    let spans = this.bySource.get(m.source);
    if (!spans) this.bySource.set(m.source, (spans = new Map()));
    spans.set(spanKey(m), e);
  }
  get(m: Mention): Entity | undefined {
    return m.end >= SPAN ? this.far.get(at(m)) : this.bySource.get(m.source)?.get(spanKey(m));
  }
}

export function indexEntities(entities: LinkedEntities): EntityIndex {
  const out = new EntityIndex();
  for (const list of [entities.people, entities.places, entities.organizations]) for (const e of list) for (const m of e.mentions) out.add(m, e);
  return out;
}

/** The id of the linked entity for a mention; when linking left it out, a slug of its name. */
export function entityId(index: EntityIndex, m: EntityMention): string {
  return index.get(m.mention)?.id ?? slug(m.canonical ?? m.name);
}

/** Ids of the people named in one sentence of an extraction. */
export function peopleIn(x: Extraction, sentence: number, index: EntityIndex): Set<string> {
  const out = new Set<string>();
  for (const e of peopleBySentence(x).get(sentence) ?? []) out.add(entityId(index, e));
  return out;
}

/** An extraction's person mentions by sentence, made once per extraction (not one scan of all its names per call). */
const bySentence = new WeakMap<Extraction, Map<number, EntityMention[]>>();
function peopleBySentence(x: Extraction): Map<number, EntityMention[]> {
  let m = bySentence.get(x);
  if (m) return m;
  m = new Map();
  for (const e of x.entities) {
    if (e.type !== 'person') continue;
    const list = m.get(e.sentence);
    if (list) list.push(e);
    else m.set(e.sentence, [e]);
  }
  bySentence.set(x, m);
  return m;
}
