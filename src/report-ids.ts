// Ids for the report items the reconcilers leave without one (dates, quotes), derived from content so the same
// input gives the same ids: "date-2023-08-22", "quote-xi-jinping-trade-will-grow-by". Used by explain.
import { slug, uniqueId } from './core/ids.js';
import type { Report } from './core/types.js';

const QUOTE_WORDS = 5;

export function withItemIds(report: Report): Report {
  const taken = new Set<string>([
    ...report.facts.map((f) => f.id), ...report.figures.map((f) => f.id),
    ...report.people.map((e) => e.id), ...report.places.map((e) => e.id), ...report.organizations.map((e) => e.id),
  ]);
  const dates = report.dates.map((d) => {
    const base = `date-${d.value ? slug(d.value + (d.time ? ` ${d.time}` : '')) : slug(d.text).slice(0, 40)}`;
    return { ...d, id: d.id ?? uniqueId(base, taken) };
  });
  const quotes = report.quotes.map((q) => {
    const words = slug(q.text).split('-').slice(0, QUOTE_WORDS).join('-');
    return { ...q, id: q.id ?? uniqueId(`quote-${q.speaker ?? 'unattributed'}-${words}`, taken) };
  });
  return { ...report, dates, quotes };
}
