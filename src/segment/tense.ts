// Tense of a sentence, and of the clause around one position in it (the clause that governs a date).
// Used to resolve "on Tuesday", "in March": past → the one before, future → the one after.
import type { Tense } from '../core/types.js';

// Future: will / shall / 'll / going to / is expected to … / upcoming / next. "was expected to" looks back: past.
// "is planned for mid-October", "talks are scheduled for Thursday", "are due to meet": arrangements ahead.
// "will be signed": the participle belongs to the future marker, not a past one of its own.
const FUTURE_SRC = String.raw`\b(?:(?:will|shall|won['’]t|['’]ll)(?: not)?(?: (?:also |then )?be \w+(?:ed|en|wn))?|going to|(?:is|are|be|being|'s|’s|'re|’re) (?:(?:also|now|still) )?(?:expected|set|scheduled|due|poised|slated|planned|projected|likely|about|anticipated|supposed|billed|tipped|penciled|pencilled|forecast|predicted) (?:to|for)|upcoming|plans? to|intends? to|to be held|ahead of|anticipates?)\b`;
const PAST_SRC = String.raw`\b(?:was|were|had|did|didn['’]t|ago|yesterday|previously|(?:has|have)(?: not)? (?:been|\w+ed)|\w{3,}ed|said|met|told|took|gave|made|went|came|left|held|became|began|spoke|saw|sent|won|led|flew|ran|wrote|brought|thought|knew|got|hit|grew|rose|fell|paid|kept|felt|found|stood|sought|spent|lost|built|chose|drew|threw|wore|shook|struck|sold|bought|taught|caught|fought|meant|arrived|landed)\b`;
const MARKER_RE = new RegExp(`(${FUTURE_SRC})|(${PAST_SRC})`, 'gi');
// words ending in -ed that are not past verbs
const NOT_PAST = /^(?:need|speed|seed|feed|breed|bleed|embed|proceed|exceed|succeed|indeed|red|bed|shed|wed|led|hundred|sacred|kindred|naked|wicked|rugged|ragged|beloved|learned|aged|based|related|united|limited|advanced|detailed|expected|scheduled|planned|projected|alleged|so-called|called)$/i;

/** Past if the sentence is told in the past, future if it looks ahead, else present. */
export function sentenceTense(sentence: string): Tense {
  return markers(sentence, 0, sentence.length, true)[0]?.t ?? 'present';
}

interface Marker {
  start: number;
  end: number;
  t: Tense;
}

/** Tense markers of s[lo, hi), in order. "Will Porter" is a name, "a hundred" is not a past verb. */
function markers(s: string, lo: number, hi: number, firstOnly = false): Marker[] {
  const out: Marker[] = [];
  const part = lo === 0 && hi === s.length ? s : s.slice(lo, hi);
  MARKER_RE.lastIndex = 0;
  for (let m = MARKER_RE.exec(part); m !== null; m = MARKER_RE.exec(part)) {
    const word = m[0];
    const start = lo + m.index;
    if (m[1] && word.length === 4 && /^will$/i.test(word) && /^ [A-Z]/.test(s.slice(start + 4, start + 6))) continue;
    if (m[2] && endsInEd(word) && NOT_PAST.test(word)) continue;
    out.push({ start, end: start + word.length, t: m[1] ? 'future' : 'past' });
    if (firstOnly) break; // the sentence's tense is its first marker's
  }
  return out;
}

/** /ed$/i */
function endsInEd(w: string): boolean {
  const e = w.charCodeAt(w.length - 2) | 32;
  const d = w.charCodeAt(w.length - 1) | 32;
  return e === 101 && d === 100;
}

/** Quoted speech has its own tense: blank it out (keeping offsets). */
function unquote(s: string): string {
  return s.replace(/[“"][^”"]*[”"]/g, (q) => ' '.repeat(q.length));
}

// clause boundaries: ; : — and a comma or "and"/"but" before a new subject-ish clause
// and a bare "and"/"but" that starts a new verb phrase ("arrived on Sunday and will travel on Monday")
// and a trailing reporting clause (", the ministry said." / ", officials told reporters."): the attribution's
// tense is the report's, not the reported event's
const BOUNDARY_RE =
  /[;:]|\s[—–]\s|,\s+(?=(?:and|but|while|whereas|although|though|which|who|when|after|before|as)\b)|,\s+(?=[^,;]{0,50}?\b(?:said|says|told|tells|added|adds|reported|reports|announced|stated|confirmed|according)\b[^,;.!?]{0,40}[.!?]?\s*$)|\s(?:but|while|whereas)\s|\s(?:and|or)\s(?=(?:will|would|shall|had|has|have|was|were|is|are|did|then)\b)/g;

export interface TenseMap {
  markers: Marker[];
  /** clause boundaries, sorted */
  bounds: Array<{ start: number; end: number }>;
}

/** Tense maps of the sentences read last: dates, figures and events each ask for the sentences they read. Pure on
 *  the text, read-only to every caller; emptied when it grows large. */
const MAPS = new Map<string, TenseMap>();
const MAPS_MAX = 4096;

/** The tense markers and clause boundaries of a sentence (quotes blanked), computed once per sentence. */
export function tenseMap(sentence: string): TenseMap {
  let map = MAPS.get(sentence);
  if (map === undefined) {
    if (MAPS.size >= MAPS_MAX) MAPS.clear();
    MAPS.set(sentence, (map = tenseMapOf(sentence)));
  }
  return map;
}

function tenseMapOf(sentence: string): TenseMap {
  const s = unquote(sentence);
  const bounds = [...s.matchAll(BOUNDARY_RE)].map((b) => ({ start: b.index!, end: b.index! + b[0].length }));
  return { markers: markers(s, 0, s.length), bounds };
}

/**
 * The tense governing position `at` of a sentence: the tense marker nearest to it within its clause (quotes
 * blanked), else the nearest in the sentence, else present.
 */
export function tenseAt(sentence: string, at: number): Tense {
  return tenseIn(tenseMap(sentence), at);
}

export function tenseIn(map: TenseMap, at: number): Tense {
  const { markers: ms, bounds } = map;
  // clause [lo, hi): after the last boundary ending at or before `at`, up to the first starting at or after it
  const b = firstIndex(bounds.length, (i) => bounds[i]!.start >= at);
  const lo = b > 0 && bounds[b - 1]!.end <= at ? bounds[b - 1]!.end : b > 1 ? bounds[b - 2]!.end : 0;
  const hi = b < bounds.length ? bounds[b]!.start : Number.POSITIVE_INFINITY;
  const k = firstIndex(ms.length, (i) => ms[i]!.start >= at);
  const left = ms[k - 1];
  const right = ms[k];
  // the governing verb usually comes first ("arrived … on Sunday"): a marker after the date counts double distance
  const dist = (m: Marker) => (m.end <= at ? at - m.end : m.start >= at ? 2 * (m.start - at) : 0);
  const pick = (cands: Array<Marker | undefined>): Tense | null => {
    const c = cands.filter((m): m is Marker => m !== undefined);
    if (!c.length) return null;
    return c.reduce((x, y) => (dist(y) < dist(x) ? y : x)).t;
  };
  const inClause = (m: Marker | undefined) => (m && m.start >= lo && m.end <= hi ? m : undefined);
  return pick([inClause(left), inClause(right)]) ?? pick([left, right]) ?? 'present';
}

/** The first index i in [0, n) for which pred(i) holds (pred monotone), or n. */
function firstIndex(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
