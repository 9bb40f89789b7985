// A quote attributed to a description ("The President of the Russian Federation said that …") that fits no one in
// its own article (the article gives the person no title) is resolved with the titles the other sources of the run
// give: the one person named in that article before the quote whose run-wide titles fit the description, else (the
// description names a country: "the Russian president") the one person of the whole run it fits.
import type { Entity, Extraction, QuoteMention } from '../core/types.js';
import { fitsDescription, parseDescription } from '../extract/quotes/descriptions.js';
import { AFTER_DESCRIPTION_RE, DESCRIPTION_G, descriptionText } from '../extract/quotes/rules.js';
import type { LinkedEntities } from './entities.js';

/** How far before a quote the description of its speaker may stand (one sentence). */
const BEFORE_WINDOW = 200;
const CLAUSE_END_RE = /[.!?\n][^.!?\n]*$/;

/** The words of the description a quote was attributed to, when its rule says it was one. */
function descriptionOf(text: string, q: QuoteMention): string | null {
  if (q.rule.startsWith('quote:before-description-verb')) {
    const head = text.slice(Math.max(0, q.mention.start - BEFORE_WINDOW), q.mention.start);
    const clause = head.slice(CLAUSE_END_RE.exec(head)?.index ?? 0);
    const d = [...clause.matchAll(DESCRIPTION_G)].at(-1);
    return d ? descriptionText(d[0]) : null;
  }
  if (q.rule.startsWith('quote:after-description')) {
    const last = q.parts.at(-1) ?? q.mention;
    const d = AFTER_DESCRIPTION_RE.exec(text.slice(last.end, last.end + 120).replace(/^[”"»’“]/, ''));
    return d ? (d[1] ?? d[2] ?? null) : null;
  }
  return null;
}

/** The id of the one person of the run that a described, unresolved speaker can be; else null. */
export function describedSpeaker(x: Extraction, q: QuoteMention, entities: LinkedEntities): string | null {
  if (q.speakerName !== null) return null;
  const description = descriptionOf(x.doc.source.text, q);
  if (!description) return null;
  const d = parseDescription(description);
  const source = x.doc.source.id;
  const named = (e: Entity) => e.mentions.some((m) => m.source === source && m.end <= q.mention.start);
  const fits = entities.people.filter((e) => fitsDescription(d, e.titles.join(' ; ')));
  const here = fits.filter(named);
  if (here.length) return here.length === 1 ? here[0]!.id : null;
  // the article's own mention of the person went unrecognised: a description with a country fits one person of the run
  return d.nations.length && fits.length === 1 ? fits[0]!.id : null;
}
