import { describe, expect, it } from 'vitest';
import type { EventMention, Source } from '../../core/types.js';
import { extractDoc } from '../../pipeline.js';
import { segment } from '../../segment/index.js';
import { EXAMPLES, NEGATIVES, type EventExpect } from './corpus.js';
import { CARRIED_DATES, PARTY_ANAPHORS, MODALITIES, NOT_DATE_TARGET, NOT_EVENT_DATE, OCCURRENCES, PARTY_RULES, PHASES, PLACE_RULES, TRIGGERS } from './rules.js';

const src = (text: string, published: string): Source => ({ id: 't', path: 't.txt', text, title: null, published, publishedFrom: 'option', warnings: [] });
const run = (text: string, ref: string) => extractDoc(segment(src(text, ref))).events;

/** The fields an expectation names, read off an event mention. */
function observed(e: EventMention, want: EventExpect): EventExpect {
  const got: EventExpect = { kind: e.kind, trigger: e.trigger.text };
  if (want.parties) got.parties = e.parties.map((p) => (p.role === 'host' ? `${p.name} (host)` : p.describes ? `${p.name} (its leader)` : p.name));
  if ('withGroup' in want) got.withGroup = e.withGroup ?? null;
  if ('place' in want) got.place = e.place;
  if ('date' in want) got.date = e.date?.value ?? null;
  if ('founded' in want) got.founded = e.founded ?? null;
  for (const k of ['modality', 'occurrence', 'negated', 'phase', 'scope', 'style', 'quoted'] as const) if (k in want) (got as unknown as Record<string, unknown>)[k] = e[k];
  return got;
}

describe('event corpus', () => {
  it.each(EXAMPLES.map((e) => [e.text, e] as const))('%s', (text, ex) => {
    const got = run(text, ex.ref);
    expect(got.map((e, i) => observed(e, ex.expect[i] ?? { kind: e.kind, trigger: '' }))).toEqual(ex.expect);
    for (const e of got) expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
  });
  it.each(NEGATIVES.map((t) => [t]))('no event in: %s', (text) => {
    expect(run(text, '2024-05-13').map((e) => e.trigger.text)).toEqual([]);
  });
  it('has an example for every rule', () => {
    const used = new Set(EXAMPLES.flatMap((ex) => run(ex.text, ex.ref).flatMap((e) => [e.rule, ...e.steps.map((s) => s.split(' ')[1]!), ...e.places.map((p) => p.rule)])));
    const names = [TRIGGERS, PARTY_RULES, PLACE_RULES, MODALITIES, OCCURRENCES, PHASES, NOT_EVENT_DATE, NOT_DATE_TARGET, CARRIED_DATES, PARTY_ANAPHORS].flatMap((t) => t.map((r) => r.name));
    expect(names.filter((n) => !used.has(n))).toEqual([]);
  });
  it('is plain JSON: an extraction round-trips through JSON unchanged', () => {
    const events = run(EXAMPLES[0]!.text, EXAMPLES[0]!.ref);
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
  });
});
