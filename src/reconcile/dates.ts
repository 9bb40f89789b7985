// Date mentions → DateItems: one per value and granularity, with every mention. A time of day belongs to a mention
// ("March 14, 2022, 6:10 am"): the item keeps a `time` only when every one of its mentions gives that same time.
// An unresolved date shows its year-less form ("--02") as its value, and keeps an `inferred` value (an undated
// source's reading under the run's month) only when all its mentions agree on it.
import { byPosition, uniqSorted } from '../core/spans.js';
import type { DateItem, DateMention, Extraction } from '../core/types.js';

export function groupDates(extractions: Extraction[]): DateItem[] {
  const groups = new Map<string, DateMention[]>();
  for (const x of extractions) {
    for (const d of x.dates) {
      // unresolved relative dates stay apart: their meaning differs per source and text
      const k = d.value === null ? `null|${d.mention.source}|${d.mention.text.toLowerCase()}` : `${d.value}|${d.granularity}`;
      const g = groups.get(k);
      if (g) g.push(d);
      else groups.set(k, [d]);
    }
  }
  const items: DateItem[] = [];
  for (const g of groups.values()) {
    const mentions = g.map((d) => d.mention).sort(byPosition);
    const first = g.find((d) => d.mention === mentions[0])!;
    const item: DateItem = {
      value: first.value ?? (g.every((d) => d.yearless === first.yearless) ? first.yearless ?? null : null),
      granularity: first.granularity,
      text: first.mention.text,
      relative: first.relative,
      sources: uniqSorted(mentions.map((m) => m.source)),
      mentions,
    };
    const time = first.time;
    if (time && g.every((d) => d.time === time)) item.time = time;
    const guess = first.inferred;
    if (first.value === null && guess && g.every((d) => d.inferred?.value === guess.value)) item.inferred = guess;
    items.push(item);
  }
  return items.sort((a, b) => byPosition(a.mentions[0]!, b.mentions[0]!));
}
