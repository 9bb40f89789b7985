// Who said a quote: the attribution after it (", he said", ", said Xi", " Xi was quoted as saying"), before it
// ("Putin said,", "Putin told the forum that …"), "according to X", a pronoun resolved to the last named person,
// or a description ("the Chinese president") resolved to the last person it fits.
import type { EntityMention } from '../../core/types.js';
import {
  ACCORDING_RE, AFTER_DESCRIPTION_RE, AFTER_GAP_RE, AFTER_PRONOUN_RE, AFTER_SUBJECT_VERB_RE, AFTER_SPEAKER_VERB_RE, AFTER_VERB_FIRST_RE,
  CHARACTERIZE_G, DESCRIPTION_G, JOINT_RE, descriptionText, MAX_CLAUSE, MAX_VERB_GAP, PREPOSITION_BEFORE_RE, PRONOUN_BEFORE_RE, ROLE_AFTER_RE, VERB_G,
} from './rules.js';
import { fitsDescription, parseDescription } from './descriptions.js';

export interface Attribution {
  speaker: EntityMention | null;
  rule: string;
  /** the description the speaker was named by ("the Russian president"), when the attribution is one */
  description?: string;
  /** where the attribution words end (after the quote), for joining split quotes */
  end: number;
}

export interface QuoteSpan {
  /** the opening and closing marks */
  open: number;
  close: number;
}

/** The text, the speakers that can be named (people and organizations outside quotes), and the quote spans. */
export interface Scene {
  text: string;
  speakers: EntityMention[];
  quotes: QuoteSpan[];
  /** each person's name → the titles of all their mentions; filled on first use */
  titles?: Map<string, string>;
  /** the speakers that are people, and those that are organizations (text order); filled on first use */
  people?: EntityMention[];
  orgs?: EntityMention[];
}

/** Index of the first mention of `list` (in text order) that starts at or after `at`: a binary search, so that
 *  no quote scans all the names of the text. */
export function firstFrom(list: readonly EntityMention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.mention.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The speaker that starts exactly at `at`, if any. */
export function speakerAt(scene: Scene, at: number): EntityMention | undefined {
  const e = scene.speakers[firstFrom(scene.speakers, at)];
  return e && e.mention.start === at ? e : undefined;
}

const ofType = (scene: Scene, type: 'person' | 'organization'): EntityMention[] =>
  type === 'person' ? (scene.people ??= scene.speakers.filter((e) => e.type === 'person')) : (scene.orgs ??= scene.speakers.filter((e) => e.type === 'organization'));

/** Speakers usable for attribution: people and organizations, not inside a quote, in text order. The quotes are in
 *  text order and do not overlap: one pass over both lists. */
export function speakersOf(entities: EntityMention[], quotes: QuoteSpan[], _text: string): EntityMention[] {
  const sorted = entities.filter((e) => e.type === 'person' || e.type === 'organization').sort((a, b) => a.mention.start - b.mention.start);
  const out: EntityMention[] = [];
  let k = 0;
  for (const e of sorted) {
    const at = e.mention.start;
    while (k < quotes.length && quotes[k]!.close <= at) k++;
    const q = quotes[k];
    if (q && q.open < at && at < q.close) continue;
    out.push(e);
  }
  return out;
}

/** The last person (or, for "it", organization) named before `at`. */
export function lastNamed(scene: Scene, at: number, pronoun: string): EntityMention | null {
  const list = ofType(scene, pronoun.toLowerCase() === 'it' ? 'organization' : 'person');
  for (let i = firstFrom(list, at) - 1; i >= 0; i--) {
    const e = list[i]!;
    if (e.mention.end <= at && !objectInClause(scene.text, e, at)) return e;
  }
  return null;
}

/** A person named as an object earlier in the pronoun's own sentence ("Looking Kim in the eye, he said", "After
 *  greeting Xi, he said") is not who the pronoun means. */
function objectInClause(text: string, e: EntityMention, at: number): boolean {
  if (/[.!?\n]/.test(text.slice(e.mention.end, at))) return false;
  const lead = text.slice(Math.max(0, e.mention.start - 40), e.mention.start);
  return participleBefore(lead) || PREPOSITION_BEFORE_RE.test(lead);
}

/** A participle right before a name makes it an object ("Looking Kim in the eye", "after greeting Xi"); a noun in
 *  -ing after an article does not ("the meeting"). */
function participleBefore(lead: string): boolean {
  return /\b\p{L}+ing\s+$/u.test(lead) && !/\b(?:the|a|an|this|that|its|his|her|their)\s+\p{L}+ing\s+$/iu.test(lead);
}

/**
 * "the Chinese president" → the most recent person before `at` whose titles fit the description (descriptions.ts):
 * the titles the article gives any mention of that person, and the words of an apposition right around the mention
 * ("The Chinese president, Xi Jinping," / "Xi Jinping, the Chinese president,"), never words about a neighbour.
 * No fit → no speaker: only a bare pronoun falls back to the last named person.
 */
export function resolveDescription(scene: Scene, at: number, description: string): EntityMention | null {
  const d = parseDescription(description);
  const people = ofType(scene, 'person');
  const titles = (scene.titles ??= titlesByName(people));
  let n = firstFrom(people, at);
  while (n > 0 && people[n - 1]!.mention.end > at) n--;
  const before = people.slice(Math.max(0, n - MAX_CANDIDATES - 1), n);
  for (let i = before.length - 1; i >= Math.max(0, before.length - MAX_CANDIDATES); i--) {
    const e = before[i]!;
    if (fitsDescription(d, `${titles.get(e.name) ?? ''} ; ${appositionAround(scene, e, before[i - 1], before[i + 1], at)}`)) return e;
  }
  return null;
}

/** How many people named before a description are tried, nearest first (bounded: linear on long texts). */
const MAX_CANDIDATES = 40;

/** Each distinct name → the titles given to any mention of the same person ("Modi" gets "Narendra Modi"'s). */
function titlesByName(people: EntityMention[]): Map<string, string> {
  const own = new Map<string, Set<string>>();
  for (const e of people) {
    const t = own.get(e.name) ?? new Set<string>();
    for (const x of e.titles) t.add(x);
    own.set(e.name, t);
  }
  // a one-word name is the same person as the longer names that start or end with it: found by key, not by
  // comparing every pair of names
  const order = new Map([...own.keys()].map((n, i) => [n, i]));
  const byEdgeWord = new Map<string, string[]>();
  for (const n of own.keys()) {
    const ws = n.split(/\s+/);
    if (ws.length < 2) continue;
    for (const w of new Set([ws[0]!, ws.at(-1)!])) {
      const list = byEdgeWord.get(w);
      if (list) list.push(n);
      else byEdgeWord.set(w, [n]);
    }
  }
  const out = new Map<string, string>();
  for (const name of own.keys()) {
    const ws = name.split(/\s+/);
    const related = ws.length === 1 ? [name, ...(byEdgeWord.get(name) ?? []).filter((n) => name.length < n.length)]
      : [name, ...new Set([ws[0]!, ws.at(-1)!])].filter((n, i) => i === 0 || (own.has(n) && n.length < name.length));
    related.sort((a, b) => order.get(a)! - order.get(b)!);
    out.set(name, related.flatMap((n) => [...own.get(n)!]).join(' ; '));
  }
  return out;
}

const CLAUSE_END_RE = /[.!?;:\n]/;

/** The words just before a mention (back to a clause end or the neighbour before) and an apposition after it. */
function appositionAround(scene: Scene, e: EntityMention, prev: EntityMention | undefined, next: EntityMention | undefined, at: number): string {
  const { text } = scene;
  const from = Math.max(prev ? prev.mention.end : 0, e.mention.start - 50);
  // the clause part right before the name; when that is empty (", Xi Jinping"), the apposition before the comma
  const clause = text.slice(from, e.mention.start).split(CLAUSE_END_RE).at(-1)!;
  const parts = clause.split(',');
  const lead = parts.at(-1)!.trim() === '' && parts.length > 1 ? parts.at(-2)! : parts.at(-1)!;
  const to = Math.min(next ? next.mention.start : text.length, at, e.mention.end + 60);
  const tail = text.slice(e.mention.end, Math.max(e.mention.end, to));
  const appos = /^,\s*([^,.;:!?\n]{1,58})/.exec(tail);
  return `${lead} ; ${appos ? appos[1] : ''}`;
}

/** The attribution after the closing mark, if any. */
export function after(scene: Scene, q: QuoteSpan, limit: number): Attribution | null {
  const { text } = scene;
  const win = text.slice(q.close, limit);
  const p = AFTER_PRONOUN_RE.exec(win);
  // "they said in a joint statement": a group speaks, not whoever was named last
  if (p && (/^they$/i.test(p[1]!) || JOINT_RE.test(win.slice(p[0].length)))) return { speaker: null, rule: 'after-pronoun-group', end: q.close + p[0].length };
  if (p) return { speaker: lastNamed(scene, q.open, p[1]!), rule: 'after-pronoun', end: q.close + p[0].length };
  // "the two sides said in a joint statement", "Xi and Lula said in a joint declaration": a group speaks
  const g = AFTER_SUBJECT_VERB_RE.exec(win);
  if (g && JOINT_RE.test(win.slice(g[0].length))) return { speaker: null, rule: 'after-group-joint', end: q.close + g[0].length };
  const next = scene.speakers[firstFrom(scene.speakers, q.close)];
  const named = next && next.mention.start < q.close + 70 && next.mention.start < limit ? next : undefined;
  if (named) {
    const between = text.slice(q.close, named.mention.start);
    if (AFTER_VERB_FIRST_RE.test(between)) return { speaker: named, rule: 'after-verb-name', end: named.mention.end };
    const v = AFTER_GAP_RE.test(between) ? AFTER_SPEAKER_VERB_RE.exec(text.slice(named.mention.end, limit)) : null;
    if (v) return { speaker: named, rule: 'after-name-verb', end: named.mention.end + v[0].length };
  }
  const d = AFTER_DESCRIPTION_RE.exec(win);
  if (d) return { speaker: resolveDescription(scene, q.open, d[1] ?? d[2]!), rule: 'after-description', description: d[1] ?? d[2]!, end: q.close + d[0].length };
  const a = ACCORDING_RE.exec(win);
  if (a && a.index < 6) {
    const at = q.close + a.index + a[0].length;
    const who = speakerAt(scene, at);
    if (who) return { speaker: who, rule: 'after-according-to', end: who.mention.end };
  }
  return null;
}

/** The attribution before the opening mark, within the sentence: a speech verb shortly before, and its subject. */
export function before(scene: Scene, q: QuoteSpan, from: number): Attribution | null {
  const { text } = scene;
  // the clause that introduces a quote is read back to the sentence start, at most MAX_CLAUSE characters (a
  // sentence that never ends, as in a text full of unclosed quote marks, is not re-read for every quote)
  const sentenceStart = Math.max(from, q.open - MAX_CLAUSE);
  const clause = text.slice(sentenceStart, q.open);
  const a = [...clause.matchAll(/\baccording to\s+/gi)].at(-1);
  if (a) {
    const at = sentenceStart + a.index! + a[0].length;
    const who = speakerAt(scene, at);
    if (who) return { speaker: who, rule: 'before-according-to', end: q.open };
  }
  // the verb nearest the quote introduces it: a verb of saying, or one that characterises ("called the talks a …")
  const said = [...clause.matchAll(VERB_G)].at(-1);
  const called = [...clause.matchAll(CHARACTERIZE_G)].at(-1);
  const characterizes = Boolean(called && (!said || called.index! > said.index!));
  const verb = characterizes ? called : said;
  if (!verb) return null;
  const kind = characterizes ? 'characterize' : 'verb';
  const verbAt = sentenceStart + verb.index!;
  const gap = text.slice(verbAt + verb[0].length, q.open);
  if (gap.length > MAX_VERB_GAP || /[“”"«»‘]/.test(gap)) return null;
  // "X and Y said in a joint statement": a group speaks
  if (JOINT_RE.test(gap)) return { speaker: null, rule: `before-group-${kind}`, end: q.open };
  const subject = subjectBefore(scene, sentenceStart, verbAt);
  if (subject === 'group') return { speaker: null, rule: `before-group-${kind}`, end: q.open };
  if (subject) return { speaker: subject, rule: `before-name-${kind}`, end: q.open };
  const head = text.slice(sentenceStart, verbAt);
  const p = PRONOUN_BEFORE_RE.exec(head);
  if (p && /^they$/i.test(p[1]!)) return { speaker: null, rule: `before-group-${kind}`, end: q.open };
  if (p) return { speaker: lastNamed(scene, sentenceStart + p.index, p[1]!), rule: `before-pronoun-${kind}`, end: q.open };
  const d = [...head.matchAll(DESCRIPTION_G)].at(-1);
  if (d) return { speaker: resolveDescription(scene, sentenceStart + d.index!, descriptionText(d[0])), rule: 'before-description-verb', description: descriptionText(d[0]), end: q.open };
  return null;
}

/**
 * The subject of a speech verb: the last person or organization named before it in the sentence that is not the
 * object of a preposition ("referred to Xi") and not inside an apposition of the subject before it ("X, the deputy of Y,").
 */
function subjectBefore(scene: Scene, from: number, verbAt: number): EntityMention | 'group' | null {
  const { text } = scene;
  let best: EntityMention | 'group' | null = null;
  let prev: EntityMention | null = null;
  let last: EntityMention | null = null;
  for (let i = firstFrom(scene.speakers, from); i < scene.speakers.length; i++) {
    const e = scene.speakers[i]!;
    if (e.mention.start >= verbAt) break;
    if (e.mention.end > verbAt) continue;
    const lead = text.slice(Math.max(from, e.mention.start - 60), e.mention.start);
    const apposed = prev !== null && /^,\s+(?:an?|the|his|her|its)\s/i.test(text.slice(prev.mention.end, e.mention.start));
    // ", and Macron told him": "and" after a comma opens a clause with a subject of its own
    const clauseAnd = /,\s*and\s+$/.test(lead);
    const object = PREPOSITION_BEFORE_RE.test(lead) && !clauseAnd;
    // "Albanese and Kishida said": two people joined by "and" right before the verb speak together
    const joined = last !== null && /^\s+and\s+$/.test(text.slice(last.mention.end, e.mention.start)) && /^[\s,]*$/.test(text.slice(e.mention.end, verbAt).replace(/\b(?:also|then|later|have|had|has)\b/g, ''));
    last = e;
    if (joined && best === prev && prev !== null) {
      best = 'group';
      continue;
    }
    if (object || apposed || participleBefore(lead) || ROLE_AFTER_RE.test(text.slice(e.mention.end, e.mention.end + 20))) continue;
    best = e;
    prev = e;
  }
  return best;
}
