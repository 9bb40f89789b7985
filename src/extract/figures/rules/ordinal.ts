// Ordinals: "the 42nd meeting", "the third forum", "his first visit", "a second pipeline", "the 15th BRICS summit",
// editions ("the Fifth Ocean Forum"), firsts since a time ("for the first time since 2019"), ranks ("second-largest").
// Not: day numbers of dates ("October 18th", "the 25th and 26th"), parts of periods ("first half", "first three
// quarters"), names ("Second World War", "First Lady"), adverbs ("Xi first met Putin"), "for the first time".
import { MONTH_RE } from '../../lexicon/calendar.js';
import { CARDINAL_WORD_RE_SOURCE, ORDINAL_WORDS, TENS } from '../../lexicon/number-words.js';
import { parseOrdinal } from '../../../resolve/numbers.js';
import type { Candidate, Rule, Word } from '../candidate.js';
import { wordsIn } from '../candidate.js';
import { STOP } from '../words.js';

const WORD_ORD = `(?:(?:${Object.keys(TENS).join('|')})[-‐‑\\s])?(?:${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const ORD_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d+(?:st|nd|rd|th))|(${WORD_ORD}))(?![\\p{L}\\p{N}])`, 'giu');
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'whose', 'only']);
const MONTH_WORD_RE = new RegExp(`^${MONTH_RE}$`, 'i');
const NUMBER_WORD_RE = new RegExp(`^(?:\\d[\\d,.]*|${CARDINAL_WORD_RE_SOURCE}|half|quarter|quarters|halves)$`, 'i');
/** nouns that make "the second day", "the first half" a period, not a rank */
const PERIOD_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'quarter', 'half',
  'century', 'centuries', 'decade', 'decades', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'hour', 'minute',
  'millennium', 'semester', 'time', 'place', 'instance', 'glance', 'sight', 'hand', 'thing']);
const PARTICIPLES = new Set(['held', 'made', 'built', 'taken', 'given', 'seen', 'done', 'won', 'lost', 'sent', 'led', 'paid',
  'put', 'brought', 'fought', 'run', 'met', 'set', 'told', 'found', 'kept', 'left', 'chosen', 'written', 'spent']);
/** Heads of recurring events: a capitalised ordinal before them numbers an edition ("the Fifth Ocean Forum", "the 9th Trade Summit"). */
const EDITION_HEADS = new Set(['forum', 'summit', 'conference', 'congress', 'session', 'plenum', 'assembly', 'meeting', 'games',
  'round', 'dialogue', 'expo', 'exhibition', 'festival', 'convention', 'council', 'party congress', 'anniversary', 'edition']);
/** An event noun and a comma before the ordinal ("The summit, the tenth since …", "the forum, the group's fourth,"):
 *  the ordinal stands in apposition to that event, whose noun it leaves out. */
const APPOSED_EVENT_RE = new RegExp(`\\b(${[...EDITION_HEADS].filter((h) => !h.includes(' ')).join('|')}|visit|trip|talks)\\s*,\\s*(?:the|its|their|(?:the\\s+)?[\\p{L}.]+['’]s)\\s+$`, 'iu');
/** What may follow such an ordinal: the end of the apposition, or what it counts since or in ("since 2015", "in a decade"). */
const APPOSITION_END_RE = /^\s*(?:[,.;)]|since\b|in\b|of\s+(?:its|their|the)\b|this\s+year\b|ever\b)/i;
/** "for the first time since 2019", "the first time in a year", "the first time ever": a first that tells something. */
const FIRST_SINCE_RE = /^\s+(?:since|in|ever|after)\b/i;
const ABOUT_SKIP = new Set(['ever', 'such', '“', '”', '"', '‘', '’', "'", '-']);

/** The noun phrase an ordinal ranks: "42nd meeting", "third “Belt and Road” International … Forum". */
function rankedPhrase(words: Word[]): string | null {
  const np: string[] = [];
  for (let i = 0; i < words.length && np.length < 7; i++) {
    const w = words[i]!.w;
    if (ABOUT_SKIP.has(w)) continue;
    const l = w.toLowerCase();
    // "and" only inside a capitalised name ("Belt and Road")
    if (l === 'and' && np.length && /^\p{Lu}/u.test(np[np.length - 1]!) && /^\p{Lu}/u.test(words[i + 1]?.w ?? '')) { np.push(w); continue; }
    if (!/^\p{L}/u.test(w) || STOP.has(l) || (!np.length && (/\p{Ll}ed$/u.test(w) || PARTICIPLES.has(l)))) break; // "the second held in …"
    if (np.length && /^\p{Ll}+ed$/u.test(w)) break; // "the 42nd meeting lasted …"
    np.push(w);
  }
  return np.length ? np.join(' ') : null;
}

/** A cheap test that lets most sentences skip the full ordinal pattern. */
const MAYBE_RE = /\d(?:st|nd|rd|th)\b|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth|hundredth|thousandth/i;

export const ordinalRule: Rule = ({ text, sentence }) => {
  const out: Candidate[] = [];
  if (!MAYBE_RE.test(sentence.text)) return out;
  ORD_RE.lastIndex = 0;
  const s = sentence.text;
  for (let m = ORD_RE.exec(s); m; m = ORD_RE.exec(s)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const value = parseOrdinal(m[0]);
    if (value === null) continue;
    const push = (about: string | null, ...why: string[]) => out.push({
      kind: 'ordinal', start, end, value, unit: 'ordinal', rule: m[1] ? 'ordinal.digits' : 'ordinal.word',
      steps: [`"${m[0]}" → ${value}`, ...why], about, priority: 2,
    });
    const after = wordsIn(text, end, Math.min(sentence.end, end + 120));
    const before = wordsIn(text, Math.max(sentence.start, start - 30), start);
    const prev = before[before.length - 1]?.w ?? '';
    let next = after[0]?.w ?? '';
    if (next === '-' || /^-/.test(text.slice(end, end + 1))) next = after[1]?.w ?? next;
    // "the first-ever and long-awaited meeting": the noun after the coordinated modifiers is what is ranked
    const ever = after.findIndex((w) => w.w.toLowerCase() === 'ever');
    const coordinated = ever >= 0 && ever <= 1 && after[ever + 1]?.w.toLowerCase() === 'and' && /^\p{Ll}[\p{Ll}-]*$/u.test(after[ever + 2]?.w ?? '');
    if (coordinated) next = after[ever + 2]!.w;
    const nl = next.toLowerCase();
    // "the first time since 2019" tells something; "for the second time" always does (it happened before)
    const timeSince = nl === 'time' && (value > 1 || FIRST_SINCE_RE.test(text.slice(after[0]!.end, after[0]!.end + 8)));
    // a rank before a superlative: "the third most populous country"
    const rankMost = /^(?:most|least)$/.test(nl) && /^\p{Ll}/u.test(after[1]?.w ?? '') && !STOP.has((after[1]?.w ?? '').toLowerCase());
    const apposed = APPOSED_EVENT_RE.exec(text.slice(Math.max(sentence.start, start - 40), start));
    if (apposed && APPOSITION_END_RE.test(text.slice(end, end + 12))) {
      push(apposed[1]!.toLowerCase(), `in apposition to "${apposed[1]}"`);
      continue;
    }
    if (!next || !/^[\p{L}“"‘]/u.test(next) || (STOP.has(nl) && !timeSince && !rankMost) || MONTH_WORD_RE.test(next) || MONTH_WORD_RE.test(prev)) continue;
    if (/^[‐‑-]in[‐‑-]/.test(text.slice(end, end + 4))) continue; // "second-in-command": a title
    if (NUMBER_WORD_RE.test(next) || (PERIOD_NOUNS.has(nl) && !timeSince)) continue;
    if (nl === 'of' || nl === 'and') continue;
    const about = timeSince ? 'time' : rankMost ? rankedPhrase(after.slice(1)) : coordinated ? rankedPhrase(after.slice(ever + 3)) : rankedPhrase(after.filter((w) => w.w !== '-'));
    if (m[2]) {
      const pl = prev.toLowerCase();
      // a sentence or headline that opens with the ordinal and its noun: "Second round of tariff talks opens"
      const opening = start === sentence.start && /^\p{Ll}/u.test(next);
      if (!DETERMINERS.has(pl) && !/['’]s$/.test(prev) && !opening) continue;
      // a capitalised ordinal inside a name ("the Second World War", "First Lady"), not an edition ("Third … Forum")
      const edition = about !== null && EDITION_HEADS.has(about.split(/\s+/).pop()!.toLowerCase());
      if (!sentence.heading && !edition && /^\p{Lu}/u.test(m[0]) && /^\p{Lu}/u.test(next) && start > sentence.start) continue;
    }
    // a word ordinal needs its noun, unless the noun is left out before a participle ("the second held in …")
    if (!about && !(/^\p{Ll}+ed$/u.test(next) || PARTICIPLES.has(next))) continue;
    push(about && about.replace(/^ever\s+/i, ''));
  }
  return out;
};
