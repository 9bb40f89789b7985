// The data flow, one line per stage, in the order the stages must run.
//
//   load → segment → extract (per dimension) → refine → resolve → link & reconcile → render
//
// `load` (src/load) and `render` (src/render) are at the edges, driven by the CLI; this file holds the pure middle.
import { cmp } from './core/spans.js';
import type { Doc, Extraction, Report, Source, SourceInfo } from './core/types.js';
import { segment } from './segment/index.js';
import { extractDates } from './extract/dates/index.js';
import { extractFigures } from './extract/figures/index.js';
import { extractEntities } from './extract/entities/index.js';
import { extractQuotes } from './extract/quotes/index.js';
import { extractEvents } from './extract/events/index.js';
import { linkEntities } from './reconcile/entities.js';
import { groupFigures } from './reconcile/figures.js';
import { groupDates } from './reconcile/dates.js';
import { groupQuotes } from './reconcile/quotes.js';
import { reconcileFacts } from './reconcile/facts.js';
import { findSummit } from './reconcile/summit.js';
import { datePublication, publicationPeriods } from './resolve/publication.js';
import { findDuplicatesOf, shingleHashes } from './reconcile/duplicates.js';
import { withLeadersNamed } from './reconcile/leaders.js';
import { confirmWeak } from './reconcile/weak.js';
import { planReprints } from './reprints.js';

/** Everything found in one source. Pure: depends on the source alone. */
export function extractSource(source: Source): Extraction {
  return extractDoc(segment(source)); //               sentences, page context (caption, boilerplate …) and tense
}

/** The extractors over a segmented source. */
export function extractDoc(doc: Doc): Extraction {
  const dates = extractDates(doc); //                  first: figures must not read years and day numbers as counts
  const figures = extractFigures(doc, dates); //       money, percent, counts …, resolved, with about/period from dates
  const entities = extractEntities(doc); //            people, places, organizations with titles and kinds
  const quotes = extractQuotes(doc, entities.filter((e) => !e.weak)); // after entities: speakers are people found above
  const shingles = shingleHashes(doc.source.text); //  near-duplicate signature: reconciling needs no text for it
  return { doc, shingles, entities, figures, dates, quotes, events: extractEvents(doc, entities, dates) }; // events: parties, place, date, modality
}

export function sourceInfo(s: Source): SourceInfo {
  return {
    id: s.id,
    path: s.path,
    title: s.title,
    published: s.published,
    publishedFrom: s.publishedFrom,
    chars: s.text.length,
    warnings: s.warnings,
  };
}

/** Link and reconcile across sources. Sorted by source id first, so file order on disk never matters. */
export function buildReport(extractions: Extraction[]): Report {
  // lone words another source names as a person become people; the rest are dropped, here and in events
  const xs = confirmWeak([...extractions].sort((a, b) => cmp(a.doc.source.id, b.doc.source.id)));
  const entities = linkEntities(xs); //                one entity per real-world thing, across sources
  const figures = groupFigures(xs); //                 identical figures merged, all mentions kept
  const dates = groupDates(xs); //                     one date item per value
  const quotes = groupQuotes(xs, entities); //         after entities: speaker ids
  const duplicates = findDuplicatesOf(xs.map((x) => ({ id: x.doc.source.id, shingles: x.shingles ?? shingleHashes(x.doc.source.text) }))); // wire reprints count as one source for agreement
  const ys = withLeadersNamed(xs, entities.people); // "the Brazilian president" in events: the run's one such leader
  const facts = reconcileFacts(ys, entities, duplicates); // after figures and dates: claims, agreement, conflicts
  const summit = findSummit(ys, entities, duplicates); // last: reads entities and dates
  return {
    version: 1,
    sources: xs.map((x) => sourceInfo(x.doc.source)),
    people: entities.people,
    places: entities.places,
    organizations: entities.organizations,
    figures,
    dates,
    quotes,
    facts,
    summit,
    ...(duplicates.length ? { duplicates } : {}),
  };
}

/** One source dated (its period from `publicationPeriods`) and extracted: the per-source work, what workers share out. */
export function extractDated(source: Source, period: string | null): Extraction {
  try {
    const doc = segment(source); //                    once: dating an undated source reads the same sentences
    return extractDoc({ ...doc, source: datePublication(source, period, doc) }); // undated: a day its own text fixes; the run's month only for `inferred`
  } catch (e) {
    return failedExtraction(source, e); //               one article that trips a rule must not sink the run
  }
}

/** A source whose extraction threw: kept in the report with nothing extracted and a warning that says why. */
export function failedExtraction(source: Source, e: unknown): Extraction {
  const why = e instanceof Error ? e.message : String(e);
  const failed = { ...source, warnings: [...source.warnings, `extraction failed, nothing extracted from this source: ${why}`] };
  return { doc: { source: failed, sentences: [], regions: [] }, entities: [], figures: [], dates: [], quotes: [], events: [] };
}

/** What a run extracts, worked out once for it: each source's period, and the first copies of word-for-word reprints. */
export type RunPlan = ReturnType<typeof planRun>;
export function planRun(sources: Source[]) {
  const periods = publicationPeriods(sources); //      undated sources: the month the others share, offered as `inferred`, never a value
  return { periods, ...planReprints(sources, periods) }; // word-for-word reprints: extracted once
}

export function run(sources: Source[], plan: RunPlan = planRun(sources)): Report {
  return buildReport(plan.complete(plan.firsts.map((i) => extractDated(sources[i]!, plan.periods[i]!))));
}
