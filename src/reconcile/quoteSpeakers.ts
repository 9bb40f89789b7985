// A quote attributed to a description ("The President of the Russian Federation said that …") that fits no one in
// its own article (the article gives the person no title) is resolved with the titles the other sources give: the
// one person named in that article before the quote whose run-wide titles fit the description, else (the
// description names a country: "the Russian president") the one person of the whole run it fits.
import type { Entity, QuoteMention } from '../core/types.js';
import { fitsDescription, parseDescription, type Description } from '../extract/quotes/descriptions.js';
import type { LinkedEntities } from './entities.js';

/** Work done (people tested against a description, mentions indexed, candidates looked at), for the linearity tests. */
export interface SpeakerWork {
  count: number;
}

/** What a description fits in a run: every person, and those named in each source with where first named there. */
interface Fitting {
  nations: number;
  fits: Entity[];
  bySource: Map<string, Array<{ e: Entity; firstEnd: number }>>;
}

/** Descriptions that read alike (same head, countries and portfolio) fit the same people. */
const readingKey = (d: Description) => `${d.head?.source ?? ''}|${d.nations.map((n) => n.code).join(',')}|${d.portfolio.join(',')}`;

/**
 * The resolver of described speakers for one run: the id of the one person a described, unresolved speaker can
 * be, else null. Indexed, so that the run's quotes and people never meet pairwise: the people a reading of a
 * description fits are found once per reading, with the sources they are named in, and a quote looks at those
 * of its own source only.
 */
export function describedSpeakers(entities: LinkedEntities, work: SpeakerWork = { count: 0 }): (q: QuoteMention) => string | null {
  const byText = new Map<string, Fitting>();
  const byReading = new Map<string, Fitting>();
  const fittingOf = (description: string): Fitting => {
    const had = byText.get(description);
    if (had) return had;
    const d = parseDescription(description);
    const k = readingKey(d);
    let f = byReading.get(k);
    if (!f) {
      const fits = entities.people.filter((e) => fitsDescription(d, e.titles.join(' ; ')));
      const bySource = new Map<string, Array<{ e: Entity; firstEnd: number }>>();
      for (const e of fits) {
        const first = new Map<string, number>();
        for (const m of e.mentions) if (m.end < (first.get(m.source) ?? Infinity)) first.set(m.source, m.end);
        for (const [source, firstEnd] of first) (bySource.get(source) ?? bySource.set(source, []).get(source)!).push({ e, firstEnd });
        work.count += e.mentions.length;
      }
      work.count += entities.people.length;
      byReading.set(k, (f = { nations: d.nations.length, fits, bySource }));
    }
    byText.set(description, f);
    return f;
  };
  return (q) => {
    // the extractor keeps the description's words (reconcile reads mentions, never the text)
    if (q.speakerName !== null || !q.description) return null;
    const { nations, fits, bySource } = fittingOf(q.description);
    const named = bySource.get(q.mention.source) ?? [];
    work.count += named.length + 1;
    const here = named.filter((n) => n.firstEnd <= q.mention.start);
    if (here.length) return here.length === 1 ? here[0]!.e.id : null;
    // the article's own mention of the person went unrecognised: a description with a country fits one person of the run
    return nations && fits.length === 1 ? fits[0]!.id : null;
  };
}
