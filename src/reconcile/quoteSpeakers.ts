// A quote attributed to a description ("The President of the Russian Federation said that …") that fits no one in
// its own article (the article gives the person no title) is resolved with the titles the other sources of the run
// give: the one person named in that article before the quote whose run-wide titles fit the description, else (the
// description names a country: "the Russian president") the one person of the whole run it fits.
import type { Entity, Extraction, QuoteMention } from '../core/types.js';
import { fitsDescription, parseDescription } from '../extract/quotes/descriptions.js';
import type { LinkedEntities } from './entities.js';

/** The id of the one person of the run that a described, unresolved speaker can be; else null. */
export function describedSpeaker(x: Extraction, q: QuoteMention, entities: LinkedEntities): string | null {
  if (q.speakerName !== null) return null;
  // the extractor keeps the description's words (reconcile reads mentions, never the text)
  if (!q.description) return null;
  const d = parseDescription(q.description);
  const source = x.doc.source.id;
  const named = (e: Entity) => e.mentions.some((m) => m.source === source && m.end <= q.mention.start);
  const fits = entities.people.filter((e) => fitsDescription(d, e.titles.join(' ; ')));
  const here = fits.filter(named);
  if (here.length) return here.length === 1 ? here[0]!.id : null;
  // the article's own mention of the person went unrecognised: a description with a country fits one person of the run
  return d.nations.length && fits.length === 1 ? fits[0]!.id : null;
}
