// Event mentions: what each clause of a sentence tells happened (or will, or may): a meeting, talks, a dinner,
// an arrival … with its parties, place, date and modality. Match, then resolve: the trigger table finds the
// words (rules.ts); the clause around each trigger gives its parties (entity mentions), its place (a place
// named with a locative), its date (a date mention no speech verb claims) and its modality (cue words, else tense).
import type { Context, DateMention, Doc, EntityMention, EventMention, EventParty, EventPlace, Mention, PlaceKind, Sentence } from '../../core/types.js';
import { tenseIn, tenseMap, type TenseMap } from '../../segment/tense.js';
import { isDateline } from './dateline.js';
import { countryOf } from '../lexicon/nationality.js';
import { LEADER_TITLES } from '../lexicon/titles.js';
import {
  CLAUSE_BREAK_RE, FORMAL_RE, JOINING_RULES, RECEIVING_RULES, PASSIVE_BEFORE_RE, PASSIVE_NOT_EVENT, NOT_VENUE_RULES, HOSTED_KINDS, INFORMAL_RE, MODALITIES, NEGATION_RE, NOT_EVENT_AFTER, OCCURRENCES, PARTY_RULES,
  ATTRIBUTION_BEFORE_RE, REPORTER_AFTER_RE, PHASES, PLACE_RULES, PLACE_TOPIC_RE, QUOTE_SPAN_RE, REMOTE_RE, NOT_EVENT_DATE, OPENING_DATE_RE, SELF_REPORT_RE, SPEAKER_AFTER_RE,
  SPEECH_BETWEEN_RE, TOPIC_BEFORE_RE, NOT_DATE_TARGET, FOUNDED_ANAPHOR_RE, TRIGGERS, CARRIED_DATES, REPORTING_KINDS, ANAPHOR_KINDS, SHARED_DAY_KINDS, DATELINE_DATE_RE, PARTY_ANAPHORS, HOSTED_AT_MEAL_RE, GROUP_AFTER_RE, type TriggerRule,
} from './rules.js';

export { isDateline } from './dateline.js';

/** One regex for every trigger: group i+1 is TRIGGERS[i]. Compiled once. */
const TRIGGER_RE = new RegExp(`\\b(?:${TRIGGERS.map((r) => `(${r.words})`).join('|')})\\b`, 'gi');
const NOT_EVENT_AFTER_RE = new RegExp(NOT_EVENT_AFTER, 'i');
/** Gatherings whose clause may give a closing day after "until". */
const GATHERING_TRIGGERS: ReadonlySet<string> = new Set(['summit', 'forum', 'conference']);
/** How far around a trigger cue words are read. */
const CUE_BEFORE = 80;
const CUE_AFTER = 40;
const HOST_REACH = 40;
const AGENCY_BEFORE_RE = /\(\s*$/;
const AGENCY_AFTER_RE = /^\s*\)\s*(?:[-–—:]|\.\s*-)/;
/** A party named this close after a meeting trigger is who was met: no group then ("met students and Xi"). */
const GROUP_REACH = 20;
const COMMA_COST = 60;
/** how far after a noun trigger its opening or closing verb may come */
const PHASE_REACH = 120;
/** how many sentences back "it" / "the bloc" looks for the organization it names */
const ANTECEDENT_REACH = 3;
const PARTY_REACH = 160;
const HOSTED_BY_RE = /^\s+by\s/;
const WHO_RE = /^\s*who\b/;
/** Specificity of a place kind: the event's `place` is the most specific named. */
const SPECIFIC: Record<string, number> = { venue: 5, city: 4, region: 3, other: 2, 'body-of-water': 1, country: 1 };

interface Hit {
  rule: TriggerRule;
  start: number; // offsets in the sentence
  end: number;
  hosts?: EventParty[];
}

interface Clause {
  lo: number;
  hi: number;
}

export function extractEvents(doc: Doc, entities: EntityMention[], dates: DateMention[]): EventMention[] {
  const bySentence = <T extends { sentence: number }>(xs: T[]) => {
    const m = new Map<number, T[]>();
    for (const x of xs) {
      const list = m.get(x.sentence);
      if (list) list.push(x);
      else m.set(x.sentence, [x]);
    }
    return m;
  };
  const ents = bySentence(entities);
  const ds = bySentence(dates);
  const out: EventMention[] = [];
  for (const s of doc.sentences) {
    const hits = triggersOf(s.text);
    if (hits.length) out.push(...eventsOf(doc, s, hits, ents.get(s.index) ?? [], ds.get(s.index) ?? []));
  }
  pairNamedBefore(doc, out);
  carryToContinuingSentence(doc, out, ds);
  carryThatDay(doc, out, ds);
  datelineNews(doc, out, ds);
  resolveAnaphors(out);
  // "It was formed in 2009": the organization last named in the sentences before (a few back at most)
  for (const e of out) {
    if (e.kind !== 'founding' || !e.steps.includes('founded antecedent')) continue;
    for (let k = e.sentence - 1; k >= Math.max(0, e.sentence - ANTECEDENT_REACH) && !e.founded; k--) {
      const org = (ents.get(k) ?? []).filter((x) => x.type === 'organization').at(-1);
      if (org) e.founded = org.canonical ?? org.name;
    }
  }
  return out.filter((e) => e.rule !== 'event-anaphor' || e.steps.some((x) => x.startsWith('antecedent ')));
}

/** "the event" takes the kind of the last gathering named before it (in its sentence or the few before); the
 * anaphor keeps its own parties, date and modality. One that names back to nothing is dropped (by the caller). */
function resolveAnaphors(events: EventMention[]): void {
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.rule !== 'event-anaphor') continue;
    for (let j = k - 1; j >= 0 && events[j]!.sentence >= e.sentence - ANTECEDENT_REACH; j--) {
      const a = events[j]!;
      if (a.rule === 'event-anaphor' || !ANAPHOR_KINDS.has(a.kind) || a.occurrence !== 'this' || a.negated) continue;
      e.kind = a.kind === 'summit-open' || a.kind === 'summit-close' ? 'summit' : a.kind;
      e.head = a.head;
      e.scope ??= a.scope;
      e.steps.push(`antecedent ${a.rule} "${a.trigger.text}"`);
      break;
    }
  }
}

/** Trigger matches of one sentence: adjacent triggers ("summit talks") are one event, named by the last. */
export function triggersOf(sentence: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of sentence.matchAll(TRIGGER_RE)) {
    let i = 0;
    while (m[i + 1] === undefined) i++; // the group that matched
    const rule = TRIGGERS[i]!;
    const start = m.index!;
    const end = start + m[0].length;
    if (!rule.verb && NOT_EVENT_AFTER_RE.test(sentence.slice(end, end + 25))) continue;
    if (PASSIVE_NOT_EVENT.has(rule.name) && PASSIVE_BEFORE_RE.test(sentence.slice(Math.max(0, start - 12), start))) continue;
    const prev = hits.at(-1);
    if (prev && !prev.rule.verb && !rule.verb && /^[\s-]*$/.test(sentence.slice(prev.end, start))) {
      hits.pop();
      hits.push({ rule: prev.rule.scope && !rule.scope ? { ...rule, scope: prev.rule.scope } : rule, start, end });
      continue;
    }
    hits.push({ rule, start, end });
  }
  return hits;
}

function clausesOf(sentence: string): Array<{ start: number; end: number }> {
  return [...sentence.matchAll(CLAUSE_BREAK_RE)].map((b) => ({ start: b.index!, end: b.index! + b[0].length }));
}

function clauseAt(bounds: Array<{ start: number; end: number }>, at: number, length: number): Clause {
  let lo = 0;
  let hi = length;
  for (const b of bounds) {
    if (b.end <= at) lo = b.end;
    else if (b.start >= at) {
      hi = b.start;
      break;
    }
  }
  return { lo, hi };
}

const blank = (t: string) => t.replace(QUOTE_SPAN_RE, (q) => ' '.repeat(q.length));

function eventsOf(doc: Doc, s: Sentence, hits: Hit[], ents: EntityMention[], ds: DateMention[]): EventMention[] {
  const src = doc.source.id;
  const text = blank(s.text);
  const quotes = [...s.text.matchAll(QUOTE_SPAN_RE)].map((q) => ({ start: q.index!, end: q.index! + q[0].length }));
  const inQuote = (at: number) => quotes.some((q) => q.start <= at && at < q.end);
  const bounds = clausesOf(text);
  const rel = (m: Mention) => ({ start: m.start - s.start, end: m.end - s.start });
  // host verbs give their subject to the hosted event right after them ("X hosted a banquet"), else are a meeting
  const kept: Hit[] = [];
  // a trigger word inside an organization's name ("Pacific Islands Forum", "World Economic Forum") names the body
  const orgSpans = ents.filter((e) => e.type === 'organization').map((e) => rel(e.mention));
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (orgSpans.some((o) => o.start <= h.start && h.end <= o.end)) continue;
    if (RECEIVING_RULES.has(h.rule.name)) {
      const next = h.rule.name === 'host-verb' ? hits[i + 1] : undefined;
      const prev = kept.at(-1);
      const c = clauseAt(bounds, h.start, text.length);
      const asHost = (ps: EventParty[]) => ps.map((p) => ({ ...p, role: 'host' as const }));
      const by = HOSTED_BY_RE.test(text.slice(h.end, h.end + 5));
      if (by && h.rule.name === 'host-verb' && prev && HOSTED_KINDS.has(prev.rule.kind) && h.start - prev.end <= HOST_REACH) {
        prev.hosts = asHost(partiesIn(ents, s, h.end, c.hi).slice(0, 1)); // "the lunch hosted by X"
        continue;
      }
      const mealFor = next?.rule.kind === 'dinner' && HOSTED_AT_MEAL_RE.test(text.slice(h.end, next.start));
      if (!by && next && HOSTED_KINDS.has(next.rule.kind) && (next.start - h.end <= HOST_REACH || mealFor)) {
        next.hosts = asHost(partiesIn(ents, s, c.lo, h.start)); //  "X hosted a banquet", "hosting the summit"
        continue;
      }
      // "X hosted Y": a meeting only when a person is the object
      // (the name may run past the reach: "welcomed his Brazilian counterpart Luiz Inácio Lula da Silva")
      const object = partiesIn(ents, s, h.end, c.hi).find((p) => p.type === 'person' && rel(p.mention).start - h.end <= HOST_REACH);
      if (!object) continue;
    }
    if (JOINING_RULES.has(h.rule.name)) {
      const next = hits[i + 1];
      if (next && next.start - h.end <= HOST_REACH && clauseAt(bounds, next.start, text.length).lo === clauseAt(bounds, h.start, text.length).lo) continue;
    }
    kept.push(h);
  }
  const clauses = kept.map((h) => withRelative(text, withAntecedent(text, clauseAt(bounds, h.start, text.length), ents, s), h, bounds));
  const refusedSteps: Array<[number, string]> = [];
  // page furniture inside the sentence (the header line before the lead sentence, a "(see …)" aside) is no part of
  // the events around it, and its dates date nothing of theirs
  const furniture = doc.regions.filter((r) => r.context !== 'caption' && r.start < s.end && s.start < r.end);
  const furnitureAt = (at: number) => furniture.find((r) => r.start <= at && at < r.end)?.context ?? null;
  const usable = furniture.length ? ds.filter((d) => furnitureAt(d.mention.start) === null) : ds;
  const dateOf = attachDates(text, kept, clauses, usable, s, rel, refusedSteps);
  carryFromReporting(text, kept, dateOf, rel);
  shareAcrossConjuncts(text, kept, clauses, dateOf, rel);
  let tenses: TenseMap | undefined; // computed once per sentence, when a trigger needs it
  const placeMemo = new Map<string, PlaceHit | null>();
  const topicMemo = new Map<number, boolean>(); // a party's topic test reads only the words before it
  const events = kept.map((h, i) => {
    const c = clauses[i]!;
    const steps: string[] = [`trigger ${h.rule.name}`];
    const trigger: Mention = { source: src, start: s.start + h.start, end: s.start + h.end, text: s.text.slice(h.start, h.end) };
    // parties
    const inClause = partiesIn(ents, s, c.lo, c.hi);
    const subjectBefore = inClause.some((p) => rel(p.mention).end <= h.start);
    let parties = inClause.filter((p) => {
      const r = rel(p.mention);
      if (r.start <= h.start && h.end <= r.end) return false; // the event's own name ("the Belt and Road Forum")
      // a dateline's agency ("Oct 7 (AFP) -") reports the event, it takes no part
      if (p.type === 'organization' && AGENCY_BEFORE_RE.test(text.slice(Math.max(0, r.start - 2), r.start)) && AGENCY_AFTER_RE.test(text.slice(r.end, r.end + 4))) return false;
      let topic = topicMemo.get(r.start);
      if (topic === undefined) {
        const lead = text.slice(Math.max(c.lo, r.start - 40), r.start);
        topicMemo.set(r.start, (topic = TOPIC_BEFORE_RE.test(lead) || (p.type !== 'person' && PLACE_TOPIC_RE.test(lead))));
      }
      if (topic) return false;
      if (r.end <= h.start && SPEAKER_AFTER_RE.test(text.slice(r.end, h.start)) && !SELF_REPORT_RE.test(text.slice(r.end, h.start))) return false;
      // "X held talks with Y in Nairobi on Wednesday, the Presidency said in a statement": when the event has its
      // subject before the trigger, a name that reports it at the end of the clause takes no part
      if (r.start >= h.end && subjectBefore && ATTRIBUTION_BEFORE_RE.test(text.slice(Math.max(h.end, r.start - 40), r.start)) && REPORTER_AFTER_RE.test(text.slice(r.end, c.hi))) return false;
      return true;
    });
    parties = withDescribedLeaders(parties, ents, s, text, c, src);
    const placeList = placesIn(doc, ents, s, text, c, h, rel, placeMemo).filter((p) => !kept.some((k) => !k.rule.verb && k.start >= rel(p.mention).end && /^\s*$/.test(text.slice(rel(p.mention).end, k.start))));
    const placeKeys = new Set(placeList.map((p) => p.mention.start));
    parties = parties.filter((p) => !placeKeys.has(p.mention.start));
    if (RECEIVING_RULES.has(h.rule.name)) parties = parties.map((p) => (rel(p.mention).end <= h.start ? { ...p, role: 'host' as const } : p));
    if (h.hosts) {
      const hostAt = new Set(h.hosts.map((p) => p.mention.start));
      parties = [...h.hosts, ...parties.filter((p) => !hostAt.has(p.mention.start))].sort((a, b) => a.mention.start - b.mention.start);
    }
    const partyRule = partyPattern(text, c, h, parties.map((p) => rel(p.mention)));
    if (partyRule) steps.push(`parties ${partyRule}`);
    // kind, phase, modality …
    let kind = h.rule.kind;
    let phase: EventMention['phase'] = null;
    const d = dateOf.get(i);
    if (kind === 'summit' || kind === 'forum' || kind === 'conference') {
      // the verb of a noun trigger may come late ("The summit of the five nations, … will open"): read on to the
      // next trigger of the clause
      const next = kept[i + 1] && kept[i + 1]!.start < c.hi ? kept[i + 1]!.start : c.hi;
      const around = text.slice(Math.max(c.lo, h.start - 60), Math.min(next, h.end + (h.rule.verb ? 40 : PHASE_REACH)));
      const dateLead = d ? text.slice(Math.max(0, rel(d.date.mention).start - 20), rel(d.date.mention).start) : null;
      const p = PHASES.find((r) => (r.onDate ? dateLead !== null && !/\//.test(d!.date.value ?? '/') && r.re.test(dateLead) : r.re.test(around)));
      if (p) {
        phase = p.phase;
        kind = p.phase === 'opening' ? 'summit-open' : 'summit-close';
        steps.push(`phase ${p.name}`);
      }
    }
    const before = text.slice(Math.max(c.lo, h.start - CUE_BEFORE), h.start);
    const after = h.rule.verb ? '' : text.slice(h.end, Math.min(c.hi, h.end + CUE_AFTER));
    const cues = `${before} ${after}`;
    const mod = MODALITIES.find((r) => r.re.test(cues));
    let modality: EventMention['modality'];
    if (mod) {
      modality = mod.modality;
      steps.push(`modality ${mod.name}`);
    } else {
      tenses ??= tenseMap(text);
      modality = tenseIn(tenses, h.start) === 'future' ? 'scheduled' : 'happened';
      steps.push(`modality tense-${modality === 'scheduled' ? 'future' : 'past-or-present'}`);
    }
    const near = text.slice(Math.max(c.lo, h.start - 30), h.start);
    const occ = OCCURRENCES.find((r) => r.re.test(near));
    if (occ) steps.push(`occurrence ${occ.name}`);
    const negated = NEGATION_RE.test(text.slice(Math.max(c.lo, h.start - 20), h.start));
    const style = INFORMAL_RE.test(near) ? 'informal' : FORMAL_RE.test(near) ? 'formal' : null;
    const persons = parties.filter((p) => p.type === 'person').length;
    const scope = h.rule.scope ?? (/\bbilateral\s+$/i.test(near) ? 'bilateral' : /\bmultilateral\s+$/i.test(near) ? 'multilateral' : persons > 2 ? 'multilateral' : persons === 2 && (kind === 'meeting' || kind === 'talks') ? 'bilateral' : null);
    if (d) steps.push(`date ${d.rule}`);
    for (const [j, step] of refusedSteps) if (j === i) steps.push(step);
    const place = placeList.filter((p) => !NOT_VENUE_RULES.has(p.rule)).sort((a, b) => (SPECIFIC[b.kind ?? 'other'] ?? 0) - (SPECIFIC[a.kind ?? 'other'] ?? 0))[0] ?? null;
    // "to meet business leaders": a meeting with a group, not with the parties of the clause
    const group = (kind === 'meeting' || kind === 'talks') && !parties.some((p) => rel(p.mention).start >= h.end && rel(p.mention).start - h.end <= GROUP_REACH)
      ? GROUP_AFTER_RE.exec(text.slice(h.end, Math.min(c.hi, h.end + 80)))?.[1] ?? null : null;
    if (group) steps.push('with-group');
    const ev: EventMention = {
      kind,
      mention: trigger,
      trigger,
      rule: h.rule.name,
      sentence: s.index,
      context: (furniture.length && s.context !== 'caption' ? furnitureAt(trigger.start) : s.context) as Context,
      head: h.rule.head,
      scope,
      participants: parties.map((p) => p.name),
      parties,
      place: place?.name ?? null,
      places: placeList,
      date: d ? { text: d.date.mention.text, value: d.date.value, granularity: d.date.granularity, mention: d.date.mention } : null,
      phase,
      modality,
      negated,
      occurrence: occ?.occurrence ?? 'this',
      style,
      quoted: inQuote(h.start),
      ...(group ? { withGroup: group } : {}),
      steps,
    };
    if (kind === 'founding') {
      const named = parties.filter((p) => p.type === 'organization' && rel(p.mention).end <= h.start).at(-1);
      ev.founded = named?.name ?? null;
      if (named) steps.push('founded subject');
      else if (FOUNDED_ANAPHOR_RE.test(text.slice(c.lo, h.start))) steps.push('founded antecedent'); // filled in by extractEvents
    }
    return ev;
  });
  // "they last met at a summit in Bali": what follows an earlier occurrence in its clause is that occurrence too
  events.forEach((e, i) => {
    const prev = events[i - 1];
    if (prev && prev.occurrence !== 'this' && e.occurrence === 'this' && clauses[i - 1]!.lo === clauses[i]!.lo) {
      e.occurrence = prev.occurrence;
      e.steps.push(`occurrence carried-from-${prev.rule}`);
    }
  });
  // "opens on Tuesday and runs until Thursday": the day after "until" closes the gathering dated by the clause
  const UNTIL = PHASES.find((r) => r.name === 'until-date')!;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (!GATHERING_TRIGGERS.has(kept[i]!.rule.kind) || e.phase === 'closing') continue;
    const c = clauses[i]!;
    if (!e.date) {
      // "the three-day meeting … runs until Friday": with no day of its own, the day after "until" is its last
      const h = kept[i]!;
      const until = usable.find((d) => {
        const r = rel(d.mention);
        return d.value !== null && d.granularity === 'day' && !d.value.includes('/') && r.start >= h.end && r.end <= c.hi && UNTIL.re.test(text.slice(Math.max(0, r.start - 20), r.start));
      });
      if (until) {
        e.kind = 'summit-close';
        e.phase = 'closing';
        e.date = { text: until.mention.text, value: until.value, granularity: until.granularity, mention: until.mention };
        e.steps = [...e.steps.filter((x) => !x.startsWith('date-refused')), `phase ${UNTIL.name}`];
      }
      continue;
    }
    const own = rel(e.date.mention);
    const until = usable.find((d) => {
      const r = rel(d.mention);
      // a closing day before the day the clause opens with is a misread weekday, not the closing
      return d.value !== null && d.granularity === 'day' && d.value > (e.date!.value ?? '') && r.start > own.end && r.end <= c.hi && UNTIL.re.test(text.slice(Math.max(0, r.start - 20), r.start));
    });
    if (!until) continue;
    events.splice(i + 1, 0, {
      ...e, kind: 'summit-close', phase: 'closing', parties: [...e.parties], participants: [...e.participants], places: [...e.places],
      date: { text: until.mention.text, value: until.value, granularity: until.granularity, mention: until.mention },
      steps: [...e.steps.filter((x) => !x.startsWith('date ') && !x.startsWith('phase ')), `phase ${UNTIL.name}`],
    });
  }
  return events;
}

/** Words for a head of state or government, after a nationality or a country's possessive. */
const LEADER_ROLE = `(?:${[...LEADER_TITLES, 'leader', 'counterpart', 'monarch'].sort((a, b) => b.length - a.length).map((t) => t.replace(/ /g, String.raw`\s+`)).join('|')})`;
/** "the Brazilian president", "his South African counterpart", "the visiting French leader" */
const DESCRIBED_LEADER_RE = new RegExp(String.raw`\b(?:the|his|her|their|its)\s+(?:(?:visiting|new|outgoing|host|then)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+)?\p{Lu}[\p{L}'’-]*)\s+${LEADER_ROLE}\b`, 'giu');
/** right after a country's name: "Brazil's president", "Kenya's new president" */
const POSSESSIVE_LEADER_RE = new RegExp(String.raw`^['’]s\s+(?:(?:new|outgoing|visiting)\s+)?${LEADER_ROLE}\b`, 'iu');
/** a name right after the description makes it a title ("the French president Emmanuel Macron"), not a party of its own */
const NAME_AFTER_RE = /^\s*,?\s*\p{Lu}/u;

/**
 * Leaders named by description in the clause: a country party that stands for its leader (`describes: 'leader'`).
 * "Brazil's president" marks the country party already found; "the Brazilian president" adds one for Brazil. A
 * description followed by a name is that name's title, and a country that is no nationality ("the Amazon leader") is
 * nothing.
 */
function withDescribedLeaders(parties: EventParty[], ents: EntityMention[], s: Sentence, text: string, c: Clause, src: string): EventParty[] {
  let out = parties.map((p) => {
    if (p.type !== 'country') return p;
    const after = p.mention.end - s.start;
    const m = POSSESSIVE_LEADER_RE.exec(text.slice(after, after + 40));
    if (!m || NAME_AFTER_RE.test(text.slice(after + m[0].length, after + m[0].length + 3))) return p;
    // the mention is the whole description ("Brazil's president"), not the country's name it holds
    const mention: Mention = { ...p.mention, end: p.mention.end + m[0].length, text: p.mention.text + s.text.slice(p.mention.end - s.start, p.mention.end - s.start + m[0].length) };
    return { ...p, mention, describes: 'leader' as const };
  });
  DESCRIBED_LEADER_RE.lastIndex = 0;
  const clause = text.slice(c.lo, c.hi);
  for (let m = DESCRIBED_LEADER_RE.exec(clause); m; m = DESCRIBED_LEADER_RE.exec(clause)) {
    const country = countryOf(m[1]!);
    const start = c.lo + m.index;
    const end = start + m[0].length;
    if (!country || NAME_AFTER_RE.test(text.slice(end, end + 3))) continue;
    if (ents.some((e) => e.type === 'person' && e.mention.start - s.start >= start && e.mention.start - s.start < end)) continue;
    const mention: Mention = { source: src, start: s.start + start, end: s.start + end, text: s.text.slice(start, end) };
    out = out.filter((p) => p.mention.end <= mention.start || p.mention.start >= mention.end); // the nationality is no party of its own
    out.push({ name: country, type: 'country', role: 'participant', mention, describes: 'leader' });
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** "The summit, which began on Wednesday, …": an event noun that ends its clause takes the relative clause after it
 *  (its day, its phase); a verb's clause does not ("They met, which pleased Kim"). */
const RELATIVE_AFTER_RE = /^,\s+(?:which|that)\b/;
function withRelative(text: string, c: Clause, h: Hit, bounds: Array<{ start: number; end: number }>): Clause {
  if (h.rule.verb || !/^\s*$/.test(text.slice(h.end, c.hi)) || !RELATIVE_AFTER_RE.test(text.slice(c.hi, c.hi + 10))) return c;
  return { lo: c.lo, hi: clauseAt(bounds, c.hi + 2, text.length).hi };
}

/** Between two people joined as one antecedent: "and", a comma, maybe the second one's title ("and Prime Minister"). */
const JOINED_PEOPLE_RE = /^\s*(?:,|and|&|,\s*and)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** "Putin, who will take part virtually": a clause that opens with "who" reaches back to the person before it. */
function withAntecedent(text: string, c: Clause, ents: EntityMention[], s: Sentence): Clause {
  if (c.lo === 0 || !WHO_RE.test(text.slice(c.lo, c.lo + 8))) return c;
  const people = ents.filter((e) => e.type === 'person' && e.mention.end - s.start <= c.lo);
  let k = people.length - 1;
  if (k < 0 || c.lo - (people[k]!.mention.end - s.start) > 3) return c;
  // "Xi and Biden, who met on Monday": the people joined by "and" or commas before "who" are its antecedent
  while (k > 0 && JOINED_PEOPLE_RE.test(text.slice(people[k - 1]!.mention.end - s.start, people[k]!.mention.start - s.start))) k--;
  return { lo: people[k]!.mention.start - s.start, hi: c.hi };
}

/** Persons, organizations and countries named in [lo, hi) of the sentence (offsets in the sentence). */
function partiesIn(ents: EntityMention[], s: Sentence, lo: number, hi: number): EventParty[] {
  const out: EventParty[] = [];
  for (const e of ents) {
    const r = e.mention.start - s.start;
    if (r < lo || e.mention.end - s.start > hi) continue;
    const type = e.type === 'person' ? 'person' : e.type === 'organization' ? 'organization' : e.kind === 'country' ? 'country' : null;
    if (!type) continue;
    out.push({ name: e.canonical ?? e.name, type, role: 'participant', mention: e.mention });
  }
  return out;
}

/** The party pattern of the clause: party names masked as "X", the first rule of PARTY_RULES that holds. */
function partyPattern(text: string, c: Clause, h: Hit, spans: Array<{ start: number; end: number }>): string | null {
  if (!spans.length) return null;
  const mask = (lo: number, hi: number) => {
    let out = '';
    let at = lo;
    for (const p of spans) {
      if (p.start < lo || p.end > hi) continue;
      out += text.slice(at, p.start) + 'X';
      at = p.end;
    }
    return out + text.slice(at, hi);
  };
  // party patterns are local: the last and first PARTY_REACH characters around the trigger are enough
  const before = mask(Math.max(c.lo, h.start - PARTY_REACH), h.start);
  const after = mask(h.end, Math.min(c.hi, h.end + PARTY_REACH));
  return PARTY_RULES.find((r) => r.test(before, after, h.rule.name))?.name ?? null;
}

/** Places of the clause named as where the event is held. */
type PlaceHit = { rule: string };

function placesIn(
  doc: Doc, ents: EntityMention[], s: Sentence, text: string, c: Clause, h: Hit, rel: (m: Mention) => { start: number; end: number },
  memo: Map<string, PlaceHit | null>,
): EventPlace[] {
  const out: EventPlace[] = [];
  const travel = h.rule.kind === 'arrival' || h.rule.kind === 'visit' || h.rule.kind === 'departure';
  for (const e of ents) {
    if (e.type === 'person') continue;
    const r = rel(e.mention);
    if (r.start < c.lo || r.end > c.hi || (r.start <= h.start && h.end <= r.end)) continue;
    const org = e.type === 'organization';
    // how the clause names this place does not depend on the trigger: read once per clause, place and travel
    const key = `${c.lo}:${r.start}:${travel}`;
    let rule = memo.get(key);
    if (rule === undefined) {
      const lead = text.slice(Math.max(c.lo, r.start - 60), r.start);
      const found = PLACE_RULES.find((p) => (p.name === 'at-organization') === org && (p.name !== 'arrived-in' || travel) && p.re.test(lead));
      rule = found && !PLACE_TOPIC_RE.test(lead) ? { rule: found.name } : null;
      memo.set(key, rule);
    }
    if (!rule) continue;
    const between = r.start >= h.end ? text.slice(h.end, r.start) : text.slice(r.end, h.start);
    if (REMOTE_RE.test(between) || isDateline(doc.source.text, e.mention.start, e.mention.end)) continue;
    out.push({ name: e.canonical ?? e.name, kind: org ? 'venue' : ((e.kind ?? null) as PlaceKind | null), mention: e.mention, rule: rule.rule });
  }
  return out;
}

/** Each usable date of a clause goes to the nearest trigger of that clause (a travel verb only takes a date after it). */
function attachDates(
  text: string, hits: Hit[], clauses: Clause[], ds: DateMention[], s: Sentence, rel: (m: Mention) => { start: number; end: number },
  refusedSteps: Array<[number, string]>,
): Map<number, { date: DateMention; rule: string; dist: number }> {
  const out = new Map<number, { date: DateMention; rule: string; dist: number }>();
  for (const d of ds) {
    if (d.value === null) continue;
    const r = rel(d.mention);
    const side = { before: text.slice(Math.max(0, r.start - 40), r.start), after: text.slice(r.end, r.end + 30), start: r.start <= 60 ? text.slice(0, r.start) : '' };
    const refused = NOT_EVENT_DATE.find((x) => x.re.test(side[x.side]));
    if (refused) {
      hits.forEach((_h, i) => {
        const c = clauses[i]!;
        if (r.start >= c.lo && r.end <= c.hi) refusedSteps.push([i, `date-refused ${refused.name} "${d.mention.text}"`]);
      });
      continue;
    }
    // a date that opens the sentence in a clause of its own ("On June 3, after weeks of talks, …") dates the next clause
    const opening = OPENING_DATE_RE.test(text.slice(0, r.start)) && !clauses.some((c) => c.lo <= r.start && r.end <= c.hi);
    let best = -1;
    let bestDist = Infinity;
    let bestGoverns = false; // a trigger before the date with no comma between governs it ("arrived on Tuesday to meet …")
    let bestTravel = false; // of two governing triggers a travel verb wins ("arrived in Rome for the summit on Monday")
    hits.forEach((h, i) => {
      const c = clauses[i]!;
      if (!opening && (r.start < c.lo || r.end > c.hi)) return;
      if (h.rule.dateAfterOnly && h.end > r.start) return;
      const between = h.end <= r.start ? text.slice(h.end, r.start) : text.slice(r.end, h.start);
      if (SPEECH_BETWEEN_RE.test(between)) return;
      const lead = text.slice(Math.max(0, h.start - 60), h.start);
      // a reference event gives up a date that comes after it past a comma ("After the talks, she flew to Oslo on the 9th");
      // "after her visit to Oslo in May" dates the visit, and "cut ties in May after her visit" is read as the visit's month
      const governing = h.end <= r.start && !between.includes(',');
      const not = NOT_DATE_TARGET.find((x) => (x.side === 'before-trigger' ? h.end <= r.start && !governing && x.re.test(lead) : x.side === 'run-up' ? x.re.test(lead) : h.start >= r.end && (!x.dayOnly || d.granularity === 'day') && x.re.test(between)));
      if (not) {
        refusedSteps.push([i, `date-refused ${not.name} "${d.mention.text}"`]);
        return;
      }
      // the governing word usually comes first; a comma between them loosens the tie
      const dist = (h.end <= r.start ? between.length : 2 * between.length) + COMMA_COST * (between.split(',').length - 1);
      const governs = h.end <= r.start && !between.includes(',');
      const travel = governs && !!h.rule.dateAfterOnly;
      if ((governs && !bestGoverns) || (travel && !bestTravel) || (governs === bestGoverns && travel === bestTravel && dist < bestDist)) {
        [best, bestDist, bestGoverns, bestTravel] = [i, dist, governs, travel];
      }
    });
    if (best < 0) continue;
    const prev = out.get(best);
    if (!prev || bestDist < prev.dist) out.set(best, { date: d, rule: opening ? 'opening-date' : 'nearest-trigger-in-clause', dist: bestDist });
  }
  return out;
}

const FOLLOWING = CARRIED_DATES.find((r) => r.side === 'after-reporting-date')!;
const WENT_ON = CARRIED_DATES.find((r) => r.side === 'continuing-sentence')!;

/** "at a news conference on Friday, after talks with …": an undated event that a dated reporting event follows
 * takes that day. */
function carryFromReporting(
  text: string, hits: Hit[], dateOf: Map<number, { date: DateMention; rule: string; dist: number }>, rel: (m: Mention) => { start: number; end: number },
): void {
  hits.forEach((h, i) => {
    if (dateOf.has(i)) return;
    for (let j = i - 1; j >= 0; j--) {
      const d = dateOf.get(j);
      if (!d) continue;
      const end = rel(d.date.mention).end;
      if (REPORTING_KINDS.has(hits[j]!.rule.kind) && end <= h.start && FOLLOWING.re.test(text.slice(end, h.start))) dateOf.set(i, { date: d.date, rule: FOLLOWING.name, dist: Infinity });
      return;
    }
  });
}

/** "Lula spoke on Monday about food prices. He was speaking at the forum.": the undated events of a sentence that
 * goes on speaking take the one day of the sentence before (same paragraph) that no event of it took. */
function carryToContinuingSentence(doc: Doc, events: EventMention[], dates: Map<number, DateMention[]>): void {
  let i = 0;
  while (i < events.length) {
    const at = events[i]!.sentence;
    let j = i;
    while (j < events.length && events[j]!.sentence === at) j++;
    const here = events.slice(i, j);
    i = j;
    const s = doc.sentences[at];
    const prev = doc.sentences[at - 1];
    if (!s || !prev || !WENT_ON.re.test(s.text) || doc.source.text.slice(prev.end, s.start).includes('\n')) continue;
    if ((dates.get(at) ?? []).some((d) => d.value !== null)) continue;
    const taken = new Set(events.filter((e) => e.sentence === prev.index && e.date).map((e) => e.date!.mention.start));
    const free = (dates.get(prev.index) ?? []).filter((d) => d.value !== null && d.granularity === 'day' && !taken.has(d.mention.start));
    if (free.length !== 1) continue;
    const d = free[0]!;
    for (const e of here) {
      if (e.date || e.quoted) continue;
      e.date = { text: d.mention.text, value: d.value, granularity: d.granularity, mention: d.mention };
      e.steps.push(`date ${WENT_ON.name}`);
    }
  }
}

const CONJUNCTS = CARRIED_DATES.find((r) => r.side === 'between-conjuncts')!;
const THAT_DAY = CARRIED_DATES.find((r) => r.side === 'same-day-anaphor')!;
/** how many sentences back "that day" looks for its day */
const THAT_DAY_REACH = 2;

/** "to meet Xi and attend the summit on Friday": an undated gathering joined by "and" to a later trigger of its clause
 * whose date comes after it takes that date too. */
function shareAcrossConjuncts(
  text: string, hits: Hit[], clauses: Clause[], dateOf: Map<number, { date: DateMention; rule: string; dist: number }>,
  rel: (m: Mention) => { start: number; end: number },
): void {
  for (let j = hits.length - 1; j > 0; j--) {
    const d = dateOf.get(j);
    if (!d || d.rule === CONJUNCTS.name || rel(d.date.mention).start < hits[j]!.end) continue;
    for (let i = j - 1; i >= 0 && clauses[i]!.lo === clauses[j]!.lo; i--) {
      if (dateOf.has(i)) break;
      const h = hits[i]!;
      if (!SHARED_DAY_KINDS.has(h.rule.kind) || !CONJUNCTS.re.test(text.slice(h.end, hits[i + 1]!.start))) break;
      dateOf.set(i, { date: d.date, rule: CONJUNCTS.name, dist: Infinity });
    }
  }
}

/** "The two hold talks later that day.": the first event of a sentence that says "that day" (the main clause's: not
 * what it goes on to intend, "arrived … to attend a forum") takes, when undated, the last day named in the few
 * sentences before it. */
function carryThatDay(doc: Doc, events: EventMention[], dates: Map<number, DateMention[]>): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (i > 0 && events[i - 1]!.sentence === e.sentence) continue;
    if (e.date || e.quoted) continue;
    const s = doc.sentences[e.sentence];
    if (!s || !THAT_DAY.re.test(s.text)) continue;
    let day: DateMention | undefined;
    for (let k = e.sentence - 1; k >= Math.max(0, e.sentence - THAT_DAY_REACH) && !day; k--) {
      day = (dates.get(k) ?? []).filter((d) => d.value !== null && d.granularity === 'day').at(-1);
    }
    if (!day) continue;
    e.date = { text: day.mention.text, value: day.value, granularity: day.granularity, mention: day.mention };
    e.steps.push(`date ${THAT_DAY.name}`);
  }
}

const DATELINE_NEWS = CARRIED_DATES.find((r) => r.side === 'dateline-lead')!;
/** a dateline opens one of the first sentences of a story */
const DATELINE_SENTENCES = 2;

/** "BEIJING, May 3 (Reuters) - Xi has held talks with …": undated events of the lead told in the present perfect take
 * the dateline's day. The lead is the dateline's sentence, or the next one when the dateline stands alone. */
function datelineNews(doc: Doc, events: EventMention[], dates: Map<number, DateMention[]>): void {
  for (let k = 0; k < Math.min(DATELINE_SENTENCES, doc.sentences.length); k++) {
    const s = doc.sentences[k]!;
    const d = (dates.get(k) ?? []).find((x) => x.value !== null && x.granularity === 'day' && DATELINE_DATE_RE.test(doc.source.text.slice(s.start, x.mention.start)));
    if (!d) continue;
    for (const lead of [k, k + 1]) {
      const ls = doc.sentences[lead];
      if (!ls || (lead !== k && (dates.get(lead) ?? []).length) || !DATELINE_NEWS.re.test(ls.text)) continue;
      for (const e of events) {
        if (e.sentence !== lead || e.date || e.quoted || e.modality !== 'happened') continue;
        e.date = { text: d.mention.text, value: d.value, granularity: d.granularity, mention: d.mention };
        e.steps.push(`date ${DATELINE_NEWS.name}`);
      }
    }
    return;
  }
}

const PAIR_AGAIN = PARTY_ANAPHORS[0]!;
/** how many sentences back "the two leaders" looks for the two people it names */
const PAIR_REACH = 2;

/** "Lula hosted Xi at a dinner. The two presidents held talks on Wednesday.": the talks are of Lula and Xi. */
function pairNamedBefore(doc: Doc, events: EventMention[]): void {
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (!SHARED_DAY_KINDS.has(e.kind) || e.parties.filter((p) => p.type === 'person').length >= 2) continue;
    const s = doc.sentences[e.sentence];
    if (!s || !PAIR_AGAIN.re.test(doc.source.text.slice(s.start, e.trigger.start))) continue;
    for (let j = k - 1; j >= 0 && events[j]!.sentence >= e.sentence - PAIR_REACH; j--) {
      const people = events[j]!.parties.filter((p) => p.type === 'person');
      if (new Set(people.map((p) => p.name)).size !== 2) continue;
      e.parties = [...people.map((p) => ({ ...p, role: 'participant' as const })), ...e.parties.filter((p) => p.type !== 'person')];
      e.participants = e.parties.map((p) => p.name);
      e.steps.push(`parties ${PAIR_AGAIN.name}`);
      break;
    }
  }
}

