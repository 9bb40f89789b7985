// What a figure measures (`about`) and whether it is an actual, a projection or a target. Read from the figure's
// sentence: the phrase after it ("$4 billion in grants", "a quarter of Chile's copper sales"), the noun it
// modifies ("a $300 million contract"), "X of $N" ("the target of $200 billion"), or the subject of the verb that
// leads to it ("commerce across the border climbed to $12 billion" → "commerce").
import type { Sentence } from '../../core/types.js';
import { ESTIMATE_VERBS, PROJECTION_WORDS, TARGET_WORDS } from '../lexicon/approximation.js';
import { COUNTRIES } from '../lexicon/generated/COUNTRIES.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import type { Word } from './candidate.js';
import { wordsIn } from './candidate.js';
import { isPluralNoun, STOP } from './words.js';

/** How far back a clause subject is looked for: bounded, so long run-on text stays linear. */
const LOOK_BACK = 240;
const DETS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'this', 'that', 'these', 'those']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'which', 'who', 'there']);
const GENERIC = new Set(['target', 'goal', 'level', 'mark', 'figure', 'record', 'total', 'amount', 'sum', 'value', 'threshold', 'objective', 'aim',
  'milestone', 'high', 'peak', 'barrier', 'benchmark', 'landmark']);
/** Adjectives by form ("significant", "annual", "historic"): words that do not name what is measured. */
const ADJECTIVE_RE = /(?:ant|ent|al|ic|ous|ful|ive|ible|able|ary|est|er)$/i;
/** Verbs of reaching a number: what reaches it is what the number measures ("trade will surpass the $9 billion mark"). */
const REACH_RE = /^(?:reach(?:ed|es|ing)?|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|hit(?:s|ting)?|top(?:s|ped|ping)?|cross(?:ed|es|ing)?|pass(?:ed|es|ing)?|achiev(?:e|ed|es|ing)|break(?:s|ing)?|broke|meet(?:s|ing)?|met)$/i;
/** Determiners inside a subject ("trade between their countries"); "that" and "this" open a clause instead. */
const PHRASE_DETS = new Set(['the', 'a', 'an', 'their', 'its', 'our', 'his', 'her', 'two', 'both']);
/** Verbs of saying and thinking: the subject is after them ("Kemal said exports will hit …"). */
const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'believes', 'believe', 'thinks', 'noted', 'added', 'stated', 'informed', 'announced', 'reported', 'predicted', 'hoped']);
/** Words between a subject and its verb of reaching ("trade is expected to hit", "volume will soon pass"). */
const REACH_LINK_RE = /^(?:to|will|would|could|should|may|might|can|is|are|was|were|has|have|had|be|been|set|expected|projected|forecast|likely|poised|soon|already|finally|now|on|track)$/i;
const PREPS = new Set(['between', 'of', 'with', 'from', 'in', 'among', 'for', 'on', 'to', 'at', 'by', 'across', 'into', 'via',
  'through', 'under', 'over', 'within', 'towards', 'toward', 'than', 'like', 'per']);
/** Adverbs that follow a figure without being what it measures ("invested $1.2 trillion abroad"). */
const ADVERBS = new Set(['abroad', 'overseas', 'annually', 'yearly', 'monthly', 'daily', 'home', 'back', 'ahead', 'together',
  'alone', 'instead', 'altogether', 'apiece', 'worldwide', 'globally', 'domestically', 'locally', 'net', 'gross', 'outright']);
/** Country names, demonyms and capitals: a capital at the start of a sentence that is a name, not a common word. */
const NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => [c.name, ...(c.demonym ? c.demonym.split(/,\s*/) : []), ...(c.capital ? [c.capital] : [])]));
const VERBISH = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could',
  'should', 'may', 'might', 'can', 'to', 'by', 'at', 'out', 'up', 'down', 'worth', 'so', 'far', 'already', 'also', 'now',
  'still', 'hit', 'set', 'rose', 'grew', 'fell', 'stood', 'came', 'put', 'cut', 'spent', 'saw', 'made', 'gave', 'took',
  'expected', 'projected', 'likely', 'just', 'nearly', 'almost', 'some', 'about', 'around', 'reach', 'exceed', 'top']);
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'said']);
const GROWTH_RE = /\b(?:increas|rose|rise|rising|grew|grow|jump|climb|surg|soar|gain|expand|up)\w*/i;
const DECLINE_RE = /\b(?:decreas|fell|fall|drop|declin|shrank|shrink|plung|slump|contract|down)\w*/i;
const PROJECTION_RE = new RegExp(`(?<![\\p{L}])(?:${PROJECTION_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
/** "the mayor had estimated the bill at": a subject's estimate (not "an estimated 400", which only hedges). */
const ESTIMATE_RE = new RegExp(`(?<!\\b(?:an|the)\\s+)\\b(?:${ESTIMATE_VERBS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b(?!\\s+to\\b)(?!\\s*[\\d$€£¥])`, 'i');
/** "400 reporters who will cover the fair": a relative clause in the future after a count's noun. */
const FUTURE_RELATIVE_RE = /^\s*(?:[\p{L}-]+\s+){1,3}(?:who|that|which)\s+(?:will|would|are\s+(?:expected|set|due)\s+to|plan\s+to)\b/iu;
/** Words that put what follows before the clause's own time: "after spending", "following talks". */
const PAST_LINK_RE = /\b(?:after|since|following)\b/i;
const TARGET_OF_RE = new RegExp(`\\b(?:${TARGET_WORDS.join('|')})\\s+(?:of|at)\\s+(?:some\\s+|about\\s+|around\\s+|at\\s+least\\s+)?$`, 'i');
const TARGET_RE = new RegExp(`\\b(?:${TARGET_WORDS.join('|')})\\b`, 'i');
/** "aim to lift trade to $20 billion", "aiming to raise it to", "seek to double it to": a goal set, not a forecast */
const AIM_TO_RE = /\b(?:aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|agree(?:s|d)?)\s+to\s+(?:lift|raise|boost|increase|double|triple|grow|expand|bring|take|push)\b[^.;:]{0,40}?\bto\s+(?:some\s+|about\s+|around\s+|at\s+least\s+)?$/i;

const TIME_WORDS = /^(?:years?|months?|quarters?|weeks?|days?|period|decades?|halves|half|time|first|second|third|last|next|whole|full)$/i;
const isNounish = (w: string) => /^\p{L}/u.test(w) && !STOP.has(w.toLowerCase());
const isVerbish = (w: string) => VERBISH.has(w.toLowerCase()) || /^\p{Ll}+(?:ed|es|ing|ly)$/u.test(w) || /^\p{Ll}+s$/u.test(w) && w.length > 4;

/** How a document writes its words: which occur in lower case, which are capitalised inside a sentence. */
export interface WordForms {
  lower: ReadonlySet<string>;
  midCaps: ReadonlySet<string>;
}

const FORM_RE = /(\p{Ll})?([,;]?\s+)?(\p{L}+)/gu;

/** One pass over the text; built once per document. */
export function wordForms(text: string): WordForms {
  const lower = new Set<string>();
  const midCaps = new Set<string>();
  FORM_RE.lastIndex = 0;
  for (let m = FORM_RE.exec(text); m; m = FORM_RE.exec(text)) {
    const w = m[3]!;
    if (/^\p{Ll}/u.test(w)) lower.add(w);
    else if (m[1] && m[2]) midCaps.add(w);
  }
  return { lower, midCaps };
}

function tidy(ws: Word[], s: Sentence, forms: WordForms): string | null {
  while (ws.length && DETS.has(ws[0]!.w.toLowerCase())) ws.shift();
  if (!ws.length) return null;
  const text = ws.map((w) => w.w).join(' ').replace(/\s+([’'])s\b/g, '$1s');
  // a capital that is only there because the sentence starts with it ("Trade between …" → "trade")
  const first = ws[0]!;
  const atStart = first.start === s.start || /^[\s“"‘(]*$/.test(s.text.slice(0, first.start - s.start));
  // … not a name: written in lower case elsewhere, or never capitalised inside a sentence ("Trade" → "trade";
  // "Saudi Arabia", "Modi" stay)
  if (!atStart || !/^\p{Lu}\p{Ll}+$/u.test(first.w) || /^\p{Lu}/u.test(ws[1]?.w ?? '')) return text;
  const lower = first.w.toLowerCase();
  const common = forms.lower.has(lower);
  const named = forms.midCaps.has(first.w) || NAMES.has(first.w.replace(/[’']s$/, ''));
  return common || s.heading || !named ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Noun phrase starting at words[0], up to a preposition or function word. */
function forwardNP(words: Word[], max = 4): Word[] {
  const np: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const l = w.w.toLowerCase();
    if (!np.length && DETS.has(l)) continue;
    // modifiers joined by "and"/"or" before their noun: "public and private funds", "oil or gas revenue"
    const joinsModifiers = (l === 'and' || l === 'or') && np.length === 1 && /^\p{Ll}+$/u.test(np[0]!.w) && !isPluralNoun(np[0]!.w)
      && /^\p{Ll}+$/u.test(words[i + 1]?.w ?? '') && !STOP.has(words[i + 1]!.w) && /^\p{Ll}+$/u.test(words[i + 2]?.w ?? '') && !STOP.has(words[i + 2]!.w);
    if (!/^\p{L}/u.test(w.w) || (STOP.has(l) && !joinsModifiers) || np.length >= max) break;
    np.push(w);
    if (isPluralNoun(w.w) && np.length > 0 && /^\p{Ll}/u.test(w.w)) break; // "exports go to Asia": a plural ends the phrase
  }
  return np;
}

/** The subject of the clause that ends at `end`: walk back over the verb group, then the noun phrase and its PPs. */
function subjectBefore(text: string, s: Sentence, end: number): { np: Word[]; verbs: string } | null {
  const ws = wordsIn(text, Math.max(s.start, end - LOOK_BACK), end);
  let i = ws.length - 1;
  const verbs: string[] = [];
  // -ing and -s words are verbs only right before the figure ("imports reached", "meeting lasted" are nouns + verb)
  const verbAt = (w: string) => verbs.length ? VERBISH.has(w.toLowerCase()) || /^\p{Ll}+(?:ed|ly)$/u.test(w) : isVerbish(w);
  while (i >= 0 && (verbAt(ws[i]!.w) || (ws[i]!.w === ',' && verbs.length))) verbs.unshift(ws[i--]!.w);
  if (!verbs.some((v) => v !== ',' && !['to', 'by', 'at', 'so', 'far', 'out', 'up', 'down', 'some', 'about', 'around', 'just', 'nearly', 'almost'].includes(v.toLowerCase()))) return null;
  const np: Word[] = [];
  for (; i >= 0; i--) {
    const w = ws[i]!;
    const l = w.w.toLowerCase();
    if (l === 'and') {
      // "and" joins two clauses when the part before it has its own verb ("… is 25 years old and Peru has …")
      const left = ws.slice(0, i).map((x) => x.w.toLowerCase());
      const lastBreak = Math.max(left.lastIndexOf(','), left.lastIndexOf('that'), left.lastIndexOf('which'));
      if (left.slice(lastBreak + 1).some((x) => AUX.has(x))) break;
      np.unshift(w);
      continue;
    }
    // "China's economy, the world's second-largest, grew 5.3%": skip the apposition between commas
    if (w.w === ',' && /^(?:the|a|an)$/i.test(np[0]?.w ?? '') && ws.slice(0, i).some((x) => x.w !== ',' && /^\p{L}/u.test(x.w))) {
      np.length = 0;
      continue;
    }
    if (!/^[\p{L}\p{N}]/u.test(w.w) || ['that', 'which', 'who', 'while', 'because', 'when', 'where', 'but'].includes(l) || SAYING.has(l) || l === 'say') break;
    np.unshift(w);
  }
  // forward from the clause start: the head before the first preposition ("trade between China and Russia" → trade)
  const head: Word[] = [];
  let k = 0;
  for (; k < np.length; k++) {
    const w = np[k]!;
    const l = w.w.toLowerCase();
    if (PREPS.has(l) || (head.length && l === 'and')) break;
    if (!head.length && DETS.has(l)) continue;
    head.push(w);
  }
  if (!head.length || PRONOUNS.has(head[0]!.w.toLowerCase())) return null;
  // … and the names of its parties after "between"/"with"/"among": "trade between India and Russia", "India's trade
  // with Ukraine" (whose trade it is: figures of other pairs are other claims)
  return { np: [...head.slice(-4), ...partiesAfter(np.slice(k))], verbs: verbs.join(' ') };
}

/** "between India and Russia", "with Ukraine": a preposition of parties and capitalised names joined by "and" or
 *  commas (at most four names), or nothing. */
function partiesAfter(ws: Word[]): Word[] {
  if (!ws.length || !/^(?:between|with|among)$/i.test(ws[0]!.w)) return [];
  const out: Word[] = [ws[0]!];
  let names = 0;
  for (let i = 1; i < ws.length && names < 4; i++) {
    const w = ws[i]!.w;
    if (/^\p{Lu}/u.test(w)) {
      names++;
      out.push(ws[i]!);
    } else if ((w === 'and' || w === ',') && names) out.push(ws[i]!);
    else if (w === 'the' && !names) out.push(ws[i]!);
    else break;
  }
  while (out.length && !/^\p{Lu}/u.test(out[out.length - 1]!.w)) out.pop();
  return names ? out : [];
}

/** The subject of the sentence itself, skipping an opening adverbial ("Over the previous year, trade …"). */
function sentenceSubject(text: string, s: Sentence, upTo: number): Word[] {
  const ws = wordsIn(text, s.start, Math.min(upTo, s.start + LOOK_BACK));
  const comma = ws.findIndex((w) => w.w === ',');
  const first = ws[0]?.w.toLowerCase() ?? '';
  const start = comma >= 0 && comma < 6 && (PREPS.has(first) || /ly$/.test(first) || ['over', 'during', 'indeed', 'however', 'meanwhile'].includes(first)) ? comma + 1 : 0;
  const rest = ws.slice(start);
  const np = forwardNP(rest, 4);
  if (!np.length || PRONOUNS.has(np[0]!.w.toLowerCase())) return [];
  const after = rest.indexOf(np[np.length - 1]!) + 1;
  return [...np, ...partiesAfter(rest.slice(after))];
}

/** `about` from the words right after the figure: "$1 trillion in loans", "30% of GDP", "a $300 million contract". */
export function aboutAfter(text: string, s: Sentence, end: number, kind: string, forms: WordForms): string | null {
  const after = wordsIn(text, end, Math.min(s.end, end + 100));
  // "$1 trillion in loans", "30% of GDP", "$5bn worth of deals"
  const a0 = after[0]?.w.toLowerCase();
  const a1 = after[1]?.w ?? '';
  if ((a0 === 'of' && (kind !== 'money' || /^\p{Ll}/u.test(a1))) || (a0 === 'in' && kind === 'money' && /^\p{Ll}/u.test(a1))) {
    const np = forwardNP(after.slice(1));
    if (np.length && !np.some((w) => TIME_WORDS.test(w.w))) return tidy(np, s, forms);
  }
  // "nearly six hours in a session", "two days in talks" (a place after "in" is where, not what: "three days in Moscow")
  if (kind === 'duration' && (a0 === 'in' || a0 === 'on')) {
    const np = forwardNP(after.slice(1));
    if (np.length && /^\p{Ll}/u.test(np[0]!.w) && !np.some((w) => TIME_WORDS.test(w.w))) return tidy(np, s, forms);
  }
  // "$20bn for the corridor", "£2 billion for the Green Climate Fund"
  if (a0 === 'for' && kind === 'money') {
    const np = forwardNP(after.slice(1));
    if (np.length && !np.some((w) => TIME_WORDS.test(w.w))) return tidy(np, s, forms);
  }
  // "a $300 million contract", "a 30% stake"; a name as modifier before its noun: "a €2 billion Amazon fund"
  const compound: Word[] = [];
  let named = 0;
  while (named < 2 && /^\p{Lu}\p{Ll}+$/u.test(after[named]?.w ?? '') && !CALENDAR_WORDS.has(after[named]!.w.toLowerCase())) named++;
  const head = after[named]?.w ?? '';
  if (named && /^\p{Ll}+$/u.test(head) && !STOP.has(head) && !ADVERBS.has(head) && !SAYING.has(head) && !VERBISH.has(head) && !/(?:ed|ing|ly)$/.test(head)) compound.push(...after.slice(0, named));
  for (const w of after.slice(compound.length)) {
    if (!/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w.w) || STOP.has(w.w) || ADVERBS.has(w.w) || compound.length >= 3) break;
    compound.push(w);
  }
  if (compound.length && !/(?:ed|ing|ly)$/.test(compound[compound.length - 1]!.w) && !/(?:ed|ing|ly)$/.test(compound[0]!.w)) return tidy(compound, s, forms);
  return null;
}

/**
 * "bilateral trade will surpass the $9 billion mark", "exports hit the milestone of $5 billion": a number named only
 * as a mark, level or milestone measures what reaches it (the noun phrase before the verb of reaching), with the
 * mark's word kept ("bilateral trade mark"). Null when the figure is not such a mark or no subject is found.
 */
export function milestoneAbout(text: string, s: Sentence, start: number, end: number, forms: WordForms): string | null {
  const after = wordsIn(text, end, Math.min(s.end, end + 30));
  // a mark is named right after the figure or as "… of" right before it: anything else is no mark (cheap test first)
  if (!(after[0] && GENERIC.has(after[0].w.toLowerCase())) && !/\bof\s*$/i.test(text.slice(Math.max(s.start, start - 4), start))) return null;
  // quotes around a mark ("a \"record high\" of") are no words
  const before = wordsIn(text, Math.max(s.start, start - 160), start).filter((w) => /^[\p{L}\p{N}]/u.test(w.w));
  let mark: Word | undefined;
  let i = before.length - 1;
  if (after[0] && GENERIC.has(after[0].w.toLowerCase())) mark = after[0];
  else if (before[i]?.w.toLowerCase() === 'of' && before[i - 1] && GENERIC.has(before[i - 1]!.w.toLowerCase())) { mark = before[i - 1]; i -= 2; }
  if (!mark) return null;
  // back over "the", "significant" to the verb of reaching, at most three words
  let k = 0;
  while (i >= 0 && k < 3 && !REACH_RE.test(before[i]!.w) && (DETS.has(before[i]!.w.toLowerCase()) || GENERIC.has(before[i]!.w.toLowerCase()) || ADJECTIVE_RE.test(before[i]!.w))) { i--; k++; }
  if (i < 0 || !REACH_RE.test(before[i]!.w)) return null;
  i--;
  while (i >= 0 && REACH_LINK_RE.test(before[i]!.w)) i--;
  // the subject, with a phrase after its head ("trade between the two countries"): the head is what comes before it
  const span: Word[] = [];
  for (; i >= 0 && span.length < 8; i--) {
    const w = before[i]!;
    const l = w.w.toLowerCase();
    const det = PHRASE_DETS.has(l);
    if (!det && !PREPS.has(l) && (!isNounish(w.w) || SAYING.has(l) || PROJECTION_RE.test(w.w) || isVerbish(w.w) && !/s$/.test(w.w))) break;
    span.unshift(w);
  }
  const firstPrep = span.findIndex((w) => PREPS.has(w.w.toLowerCase()));
  const np = (firstPrep >= 0 ? span.slice(0, firstPrep) : span).filter((w) => !PHRASE_DETS.has(w.w.toLowerCase()));
  if (!np.length || PRONOUNS.has(np[0]!.w.toLowerCase())) return null;
  return tidy([...np.slice(-3), mark, ...(firstPrep >= 0 ? partiesAfter(span.slice(firstPrep)) : [])], s, forms);
}

/** `about` for a figure spanning [start, end) whose rule gave none. */
/** Up to three noun-like words right before `words[end]`, back to a determiner or a word that is no noun (nor `stop`). */
function nounsBefore(words: readonly Word[], end: number, stop: (w: string) => boolean = () => false): Word[] {
  const np: Word[] = [];
  for (let i = end - 1; i >= 0 && np.length < 3; i--) {
    const w = words[i]!;
    if (!isNounish(w.w) || DETS.has(w.w.toLowerCase()) || stop(w.w)) break;
    np.unshift(w);
  }
  return np;
}

export function aboutOf(text: string, s: Sentence, start: number, end: number, kind: string, forms: WordForms): string | null {
  const milestone = milestoneAbout(text, s, start, end, forms);
  if (milestone) return milestone;
  const own = aboutAfter(text, s, end, kind, forms);
  if (own) return own;
  // "the target of $200 billion"
  const before = wordsIn(text, Math.max(s.start, start - 80), start);
  if (before[before.length - 1]?.w.toLowerCase() === 'of') {
    let np = nounsBefore(before, before.length - 1);
    if (np.length) {
      // "the target of": the subject of the clause says of what; "the annual trade goal of" says it itself
      if (GENERIC.has(np[np.length - 1]!.w.toLowerCase()) && np.slice(0, -1).every((w) => ADJECTIVE_RE.test(w.w))) {
        const sub = subjectOfGeneric(text, s, start);
        if (sub.length && !sub.some((w) => np.some((x) => x.w === w.w))) np = [...sub, np[np.length - 1]!];
      }
      return tidy(np, s, forms);
    }
  }
  // "a water fund worth $2.5 billion", "signed deals worth $4 billion": what is worth the amount is named before "worth"
  if (kind === 'money' && before[before.length - 1]?.w.toLowerCase() === 'worth') {
    const np = nounsBefore(before, before.length - 1, (w) => /^\p{Ll}+ed$/u.test(w));
    if (np.length) return tidy(np, s, forms);
  }
  // "Modi held 15 bilateral meetings over three days" → "bilateral meetings"
  const prepWord = /^(?:for|over|during|after|within)$/i.test(before[before.length - 1]?.w ?? '');
  if (kind === 'duration' && (prepWord || /^over\s/i.test(text.slice(start, end)))) {
    const np: Word[] = [];
    let i = before.length - (prepWord ? 2 : 1);
    for (; i >= 0 && np.length < 3; i--) {
      const w = before[i]!;
      if (!isNounish(w.w) || DETS.has(w.w.toLowerCase()) || isVerbish(w.w) && !/s$/.test(w.w)) break;
      np.unshift(w);
    }
    // "held in the national capital for two days": a place the event is in, not what lasts
    while (i >= 0 && DETS.has(before[i]!.w.toLowerCase())) i--;
    const located = i >= 0 && /^(?:in|at|near|inside|outside)$/i.test(before[i]!.w);
    if (np.length && !located && !/^\p{Lu}/u.test(np[0]!.w)) return tidy(np, s, forms);
  }
  // "would double trade to $16 billion", "plans to lift exports by 20%": the object of the change is what is measured
  const changed = changeObject(before);
  if (changed.length) return tidy(changed, s, forms);
  // "trade between Turkey and Russia (currently $62 billion, with plans to raise it to $100 billion)"
  const bracketed = bracketedAbout(text, s, start);
  if (bracketed.length) return tidy(bracketed, s, forms);
  // "trade … reached $190 billion", "Trade … has increased by 30%"
  const sub = subjectBefore(text, s, start);
  let found: string | null = null;
  let np: Word[] = [];
  if (sub) {
    const growth = kind === 'percent' && GROWTH_RE.test(sub.verbs) ? ' growth' : kind === 'percent' && DECLINE_RE.test(sub.verbs) ? ' decline' : '';
    const t = tidy(sub.np, s, forms);
    found = t && t + growth;
    np = sub.np;
  } else {
    np = sentenceSubject(text, s, start);
    found = np.length ? tidy(np, s, forms) : null;
  }
  // a person or a place is never what a duration measures ("Biden spent four hours …"): the event the sentence names
  if (kind === 'duration' && found && (/^\p{Lu}/u.test(found) || isName(np))) return eventNounNear(text, s, start, end);
  return found;
}

/** Months and weekdays: a capitalised word that is a day or a month is no name before a noun. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
const CHANGE_VERB_RE = /^(?:lift|raise|boost|increase|double|triple|quadruple|grow|expand|bring|take|push|cut|reduce|lower|halve|slash)(?:s|es|ed|d|ing)?$/i;

/**
 * The object of a verb of change right before "to"/"by" and the figure: "double trade to $16 billion", "cut emissions
 * by 40%", "bring bilateral investment to". Empty when the words before the figure are not of that shape (a pronoun,
 * "this figure" or "the target" says nothing; "was raised to" has no object: its subject is read elsewhere).
 */
function changeObject(before: Word[]): Word[] {
  let i = before.length - 1;
  while (i >= 0 && /^(?:some|about|around|nearly|almost|roughly|over|more|than|at|least|up)$/i.test(before[i]!.w)) i--;
  if (i < 2 || !/^(?:to|by)$/i.test(before[i]!.w)) return [];
  const np: Word[] = [];
  for (i--; i >= 0 && np.length < 4; i--) {
    const w = before[i]!.w;
    if (CHANGE_VERB_RE.test(w) || DETS.has(w.toLowerCase()) && np.length) break;
    if (!/^\p{L}/u.test(w) || STOP.has(w.toLowerCase()) && !DETS.has(w.toLowerCase())) return [];
    np.unshift(before[i]!);
  }
  while (i >= 0 && DETS.has(before[i]!.w.toLowerCase())) i--;
  if (i < 0 || !CHANGE_VERB_RE.test(before[i]!.w)) return [];
  // "increase this figure to …", "raise the target to …": an anaphor or a generic word names nothing
  const head = np.filter((w) => !DETS.has(w.w.toLowerCase()));
  if (!head.length || PRONOUNS.has(np[0]!.w.toLowerCase()) || GENERIC.has(head[head.length - 1]!.w.toLowerCase())) return [];
  return head;
}

/** A name, not a common noun phrase: every word capitalised, or one capitalised word with no common noun after it. */
function isName(np: Word[]): boolean {
  const words = np.filter((w) => !/^(?:and|of|the)$/i.test(w.w));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w.w));
}

const EVENT_NOUN_RE = /\b(?:meetings?|talks|summits?|visits?|trips?|sessions?|negotiations|discussions?|conversations?|forums?|conferences?|ceremon(?:y|ies)|tours?|stays?|flights?|journeys?|calls?|interviews?|hearings?)\b/g;

/** The event noun of the sentence nearest to the figure (after it first within the clause, else before), or null. */
function eventNounNear(text: string, s: Sentence, start: number, end: number): string | null {
  let best: { w: string; d: number } | null = null;
  // a bounded window: a long run-on sentence stays linear in its figures
  const from = Math.max(s.start, start - CLAUSE_REACH);
  for (const m of text.slice(from, Math.min(s.end, end + CLAUSE_REACH)).matchAll(EVENT_NOUN_RE)) {
    const at = from + m.index!;
    const d = at >= end ? at - end : start - (at + m[0].length);
    if (d >= 0 && (!best || d < best.d)) best = { w: m[0], d };
  }
  return best ? best.w : null;
}

/**
 * A figure inside brackets measures the noun phrase the brackets follow: "trade between Turkey and Russia (currently
 * $62 billion …)". The phrase runs back from the bracket over nouns, names and the prepositions that join them, and
 * stops at a verb; a name alone (a person) is not what a figure measures.
 */
function bracketedAbout(text: string, s: Sentence, start: number): Word[] {
  const from = Math.max(s.start, start - LOOK_BACK);
  const seg = text.slice(from, start);
  const at = seg.lastIndexOf('(');
  if (at < 0 || seg.lastIndexOf(')') > at) return [];
  const open = from + at;
  const ws = wordsIn(text, Math.max(s.start, open - LOOK_BACK), open);
  const np: Word[] = [];
  for (let i = ws.length - 1; i >= 0 && np.length < 6; i--) {
    const w = ws[i]!;
    const l = w.w.toLowerCase();
    if (!/^[\p{L}\p{N}]/u.test(w.w) || (isVerbish(w.w) && !/^\p{Lu}/u.test(w.w) && !isPluralNoun(w.w)) || PRONOUNS.has(l)) break;
    if (DETS.has(l)) break;
    if (STOP.has(l) && !PREPS.has(l) && l !== 'and') break;
    np.unshift(w);
  }
  while (np.length && (PREPS.has(np[0]!.w.toLowerCase()) || np[0]!.w.toLowerCase() === 'and')) np.shift();
  return np.length && !np.every((w) => /^\p{Lu}/u.test(w.w) || PREPS.has(w.w.toLowerCase()) || w.w === 'and') ? np : [];
}

/** For "the target of $200 billion": the topic the sentence is about ("bilateral trade volume"). */
function subjectOfGeneric(text: string, s: Sentence, start: number): Word[] {
  const ws = wordsIn(text, Math.max(s.start, start - LOOK_BACK), start);
  for (let i = ws.length - 1; i >= 0; i--) { // the nearest clause subject before the figure
    if (!/^(?:has|have|had|is|are|was|were)$/i.test(ws[i]!.w)) continue;
    const np: Word[] = [];
    for (let j = i - 1; j >= 0 && np.length < 3; j--) {
      const w = ws[j]!;
      if (!isNounish(w.w) || DETS.has(w.w.toLowerCase())) break;
      np.unshift(w);
    }
    if (np.length && !PRONOUNS.has(np[0]!.w.toLowerCase())) return np;
  }
  return [];
}

/** Contrast conjunctions before a figure ("… but", "… yet", "… instead"); the last one opens its clause. */
const CONTRAST_G = /\b(?:but|yet|instead|whereas)\s/gi;

export function modalityOf(text: string, s: Sentence, start: number, about: string | null, end = start): 'actual' | 'projected' | 'target' {
  if (about && TARGET_RE.test(about)) return 'target';
  const from = Math.max(s.start, start - 60);
  const pre = text.slice(from, start);
  // "a target of $30 billion", "the goal of 100 countries"
  if (TARGET_OF_RE.test(pre)) return 'target';
  if (AIM_TO_RE.test(pre)) return 'target';
  // a contrast opens a clause of its own: "expected to last an hour but ran for three" — the three already happened
  let contrast = -1;
  for (const c of pre.matchAll(CONTRAST_G)) contrast = c.index + c[0].length - 1;
  const cut = Math.max(pre.lastIndexOf(','), pre.lastIndexOf(';'), pre.lastIndexOf('.'), contrast);
  const clause = pre.slice(cut + 1);
  const m = PROJECTION_RE.exec(clause);
  // "will address the media after spending four hours with Xi": what comes after "after" already happened
  if (m && PAST_LINK_RE.test(clause.slice(m.index + m[0].length))) return 'actual';
  if (m || ESTIMATE_RE.test(clause)) return 'projected';
  return FUTURE_RELATIVE_RE.test(text.slice(end, Math.min(s.end, end + 60))) ? 'projected' : 'actual';
}

// ---------- what a duration measures: the event it is the length of ----------

/**
 * Event words → the event they name. A duration measures the event its clause names ("met for four hours", "a
 * handshake that lasted 13 seconds", "the negotiations ran on for almost seven hours"); a private or
 * one-on-one meeting is its own event, apart from the talks around it.
 */
const EVENT_WORDS: ReadonlyArray<[RegExp, string]> = [
  // "met alone", "talked privately", "with only interpreters present": the leaders' one-on-one
  [/\b(?:one-on-one|one-to-one|t[eê]te-[aà]-t[eê]te|private|personal|restricted|closed-door)\s+(?:(?:meeting|talk|session|discussion|conversation)s?)\b|\bone-on-one\b|\bt[eê]te-[aà]-t[eê]te\b|\b(?:met|talked|spoke)\s+(?:privately|alone|in\s+private)\b|\bwith\s+only\s+(?:their\s+|the\s+)?(?:interpreters|translators)\b/giu, 'one-on-one meeting'],
  [/\bhandshakes?\b|\b(?:shook|shaking|shake)\s+(?:\p{L}+(?:['’]s)?\s+)?hands?\b/giu, 'handshake'],
  [/\b(?:meetings?|met)\b/gi, 'meeting'],
  // "spoke for three hours" (not "spoke to reporters", "spoke at the forum")
  [/\b(?:talks|talked|talking|negotiations?|negotiat(?:ed|ing)|discussions?|conversations?)\b|\bspoke\b(?!\s+(?:to|at|on|in)\b)/gi, 'talks'],
  [/\b(?:summits?)\b/gi, 'summit'],
  [/\b(?:visits?|visited|trips?|tours?|toured)\b/gi, 'visit'],
  [/\b(?:flights?|flew)\b/gi, 'flight'],
  [/\b(?:sessions?)\b/gi, 'session'],
  [/\b(?:lunch|dinner|banquet|breakfast)\b/gi, 'meal'],
  // leaders "held a 50-minute video conference": a meeting held by video, not a conference
  [/\b(?:video|virtual|online)[\s-]?(?:conferences?|calls?|summits?|link)\b|\bvideoconferences?\b/gi, 'meeting'],
  [/\b(?:(?:press|news)\s+)?conferences?\b|\bforums?\b|\bceremon(?:y|ies)\b/gi, ''],
  [/\b(?:arriv(?:al|ed|ing|es|e))\b/gi, 'arrival'],
  [/\b(?:wars?|standoffs?|conflicts?)\b/gi, 'war'],
];

/** A meeting's words when it is held by video ("video conference", "videoconference", "virtual summit"). */
const VIDEO_RE = /^(?:video|virtual|online)|^videoconference/i;
/** Clause boundaries a duration's event is not looked for across. */
const CLAUSE_BREAK_RE = /[;—–]|(?<!\d):(?!\d)|\.\s/g; // a clock ("8:30") is no break
/** "five minutes after", "seven minutes earlier": the gap between two events, not the length of one. */
const GAP_AFTER_RE = /^\s*(?:after|before|earlier|later|ahead)\b/i;
/** "their first encounter in over two years": the time since the previous one. */
const OVERRUN_AFTER_RE = /^\s+(?:over\s+(?:schedule|time|its\s+allotted\s+time)|behind\s+schedule|late|longer\s+than\s+(?:planned|scheduled|expected))\b/i;
/** "opened two months later than planned", "a week later than scheduled": by how much it was put off. */
const DELAY_AFTER_RE = /^\s+later\s+than\s+(?:(?:originally|first|initially)\s+)?(?:planned|scheduled|expected|intended|foreseen)\b/i;
const SINCE_BEFORE_RE = /\bfirst\b[^.;]{0,60}?\s(?:in|after|since)\s*$/i;
/** "double it within five years", "in the next ten days": the time a goal is set to be reached in, no event's length. */
const HORIZON_BEFORE_RE = /\b(?:within|(?:in|over|during)\s+the\s+(?:next|coming))\s+$/i;
const PRONOUN_START_RE = /^\W*(?:it|they|this|that)\b/i;

interface EventWord { event: string; start: number; end: number; text: string }

/** Modifiers kept with an event noun: they say which meeting ("bilateral meeting", "face-to-face talks"). */
const EVENT_MODIFIER_RE = /(?:^|\s)(bilateral|face-to-face|in-person|formal|informal|official|expanded|wider|first|working|summit-level|high-level)\s+$/i;
/** Event words that are verbs: the event is named by its noun instead. */
const EVENT_VERB_RE = /^(?:met|talked|talking|spoke|negotiat(?:ed|ing)|shook|shaking|shake|visited|toured|flew|arriv)/i;

function eventWords(text: string, from: number, to: number): EventWord[] {
  const part = text.slice(from, to);
  const out: EventWord[] = [];
  for (const [re, event] of EVENT_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((w) => w.start < end && start < w.end)) continue; // an earlier, more specific pattern has it
      out.push({ event, start, end, text: m[0] });
    }
  }
  return out;
}

/** "for the first time", "on the second occasion": an ordinal of times counts the event its clause names. */
const OCCASION_RE = /^(?:times?|occasions?)$/i;
/** Events of meeting: "met for the first time" counts meetings; a tour or trip "for the second time" keeps "time". */
const MEETING_EVENTS: ReadonlySet<string> = new Set(['meeting', 'talks', 'one-on-one meeting', 'handshake']);

/**
 * The about of an ordinal that counts "times" ("met for the first time", "held talks for the second time"): the event
 * of its clause or of the comma-free stretch before it ("the envoys, talking directly for the first time" → "talks"), the
 * nearest one before the figure, else after it. Null when the about is no "time" or no event is named.
 */
export function occasionAbout(text: string, s: Sentence, start: number, end: number, about: string | null): string | null {
  if (!about || !OCCASION_RE.test(about.trim())) return null;
  const [a, b] = clauseAround(text, s, start, end);
  const from = a + text.slice(a, start).lastIndexOf(',') + 1;
  const k = text.slice(end, b).indexOf(',');
  const to = k < 0 ? b : end + k;
  const ws = eventWords(text, from, to).filter((w) => MEETING_EVENTS.has(w.event));
  const before = ws.filter((w) => w.end <= start).sort((x, y) => y.end - x.end)[0];
  const best = before ?? ws.filter((w) => w.start >= end).sort((x, y) => x.start - y.start)[0];
  if (best) return best.event;
  // "who was in Lima for the first time since …", "returned to Quito for the second time": a visit to that place
  const there = BEING_THERE_RE.exec(text.slice(Math.max(from, start - 80), start));
  return there ? `visit to ${there[1]!}` : null;
}

const BEING_THERE_RE = /\b(?:was|is|were|are|been|arrived|came|returned|travel(?:l)?ed|flew)\s+(?:in|to|back\s+to)\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)\s+for\s+the\s+$/u;

/** How far a clause is looked for around a figure: bounded, so a run-on sentence of many figures stays linear. */
const CLAUSE_REACH = 300;

/** The clause of a sentence around [start, end): between the nearest breaks, at most CLAUSE_REACH either side. */
function clauseAround(text: string, s: Sentence, start: number, end: number): [number, number] {
  const lo = Math.max(s.start, start - CLAUSE_REACH);
  const hi = Math.min(s.end, end + CLAUSE_REACH);
  let a = lo;
  let b = hi;
  const part = text.slice(lo, hi);
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let m = CLAUSE_BREAK_RE.exec(part); m; m = CLAUSE_BREAK_RE.exec(part)) {
    const at = lo + m.index;
    if (at < start) a = at + m[0].length;
    else if (at >= end) { b = at; break; }
  }
  return [a, b];
}

/**
 * What a duration measures, from the event its clause names: "length of the meeting", "time since the previous
 * meeting", "time between the arrivals". A clause that opens with a pronoun and names no event ("It lasted 38
 * minutes") takes the last event of the sentence before. Null when no event is named.
 */
export function durationAbout(text: string, sentences: readonly Sentence[], s: Sentence, start: number, end: number): string | null {
  if (HORIZON_BEFORE_RE.test(text.slice(Math.max(s.start, start - 30), start))) return null;
  const [a, b] = clauseAround(text, s, start, end);
  const gap = GAP_AFTER_RE.test(text.slice(end, Math.min(b, end + 12)));
  let words = eventWords(text, a, b).filter((w) => w.end <= start || w.start >= end);
  if (!words.length && PRONOUN_START_RE.test(text.slice(a, start))) {
    const prev = sentences[s.index - 1];
    if (prev) {
      const ws = eventWords(text, prev.start, prev.end);
      words = ws.length ? [ws.reduce((x, y) => (y.start > x.start ? y : x))] : [];
    }
  }
  // a war is what lasts only when the clause says it has lasted so; otherwise it is background to another event
  const war = words.filter((w) => w.event === 'war').map((w) => warLength(text, w, start)).find((x) => x !== null);
  if (war) return war;
  words = words.filter((w) => w.event !== 'war');
  if (!words.length) return null;
  const dist = (w: EventWord) => (w.start >= end ? w.start - end : start - w.end);
  const best = words.reduce((x, y) => (dist(y) < dist(x) ? y : x));
  if (gap && words.some((w) => w.event === 'arrival')) return arrivalGap(text, s, a, b, start, end) ?? 'time between the arrivals';
  if (SINCE_BEFORE_RE.test(text.slice(Math.max(s.start, start - 80), start))) {
    // "talks … the first in over two years, ahead of the fair": the event ranked first is the one named before
    const before = words.filter((w) => w.end <= start);
    const ranked = before.length ? before.reduce((x, y) => (y.start > x.start ? y : x)) : best;
    return `time since the previous ${ranked.event}`;
  }
  if (best.event === 'arrival') return null;
  const noun = best.event && (EVENT_VERB_RE.test(best.text) || best.event === 'one-on-one meeting' || best.event === 'handshake' || VIDEO_RE.test(best.text)) ? best.event : best.text.toLowerCase();
  const mod = EVENT_VERB_RE.test(best.text) ? null : EVENT_MODIFIER_RE.exec(text.slice(Math.max(s.start, best.start - 20), best.start));
  // "ran 30 minutes over schedule": by how much it overran, not how long it lasted
  const tail = text.slice(end, Math.min(b, end + 40));
  const what = DELAY_AFTER_RE.test(tail) ? 'delay' : OVERRUN_AFTER_RE.test(tail) ? 'overrun' : 'length';
  return `${what} of the ${mod ? `${mod[1]!.toLowerCase()} ` : ''}${noun}`;
}

const SPENT_BEFORE_RE = /\b(?:spent|spend|spends|spending)\s+$/i;
/** Verbs of meeting after a duration spent doing them → the event they make ("spent two hours negotiating"). */
const DOING_EVENTS: Readonly<Record<string, string>> = {
  talking: 'talks', chatting: 'talks', speaking: 'talks', conferring: 'talks', negotiating: 'negotiations', meeting: 'meetings',
  discussing: 'discussions', touring: 'a tour',
};
const DOING_AFTER_RE = new RegExp(`^\\s+(${Object.keys(DOING_EVENTS).join('|')})\\b(?:\\s+(?:with|to)\\s+((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]*))?`, 'u');

/**
 * "passed … spending six hours negotiating with Reyes": the time spent in the event the -ing verb makes, with whom when
 * named ("time spent in negotiations with Reyes"); it measures the event, as its length does. Null otherwise.
 */
export function spentDoingAbout(text: string, s: Sentence, start: number, end: number): string | null {
  if (!SPENT_BEFORE_RE.test(text.slice(Math.max(s.start, start - 12), start))) return null;
  const m = DOING_AFTER_RE.exec(text.slice(end, Math.min(s.end, end + 60)));
  if (!m) return null;
  const who = m[2] ? ` with ${m[2].replace(/[’']s$/, '')}` : '';
  return `time spent in ${DOING_EVENTS[m[1]!]!}${who}`;
}

const GAP_BY_RE = /\b(before|after|ahead\s+of)\s+((?:[\p{L}\d’'-]+\s+){0,5}?[\p{L}\d’'-]+)\s+(?:(?:did|had|was|were|could)\s+)?by\s+$/u;
const CLAUSE_OPEN_RE = /^(?:[\s\S]*(?:\bthat|\bwhen|\bas|,))?\s*(?:(?:the|a|an)\s+)?/i;

/**
 * "the cargo plane took off before the minister's jet did by an hour": the gap between two events, said as what
 * happened before (or after) what ("time by which cargo plane took off before the minister's jet"). Null otherwise.
 */
export function gapByAbout(text: string, s: Sentence, start: number): string | null {
  const [a] = clauseAround(text, s, start, start);
  const before = text.slice(Math.max(a, start - 160), start);
  const m = GAP_BY_RE.exec(before);
  if (!m) return null;
  const head = before.slice(0, m.index);
  const open = CLAUSE_OPEN_RE.exec(head)![0].length;
  const what = head.slice(open).trim().replace(/\s+/g, ' ');
  const words = what.split(' ');
  if (!what || words.length > 9 || !/\p{Ll}/u.test(words[words.length - 1] ?? '')) return null;
  return `time by which ${what} ${m[1]!.replace(/\s+/g, ' ')} ${m[2]!.replace(/^(?:the|a|an)\s+/i, 'the ')}`;
}

/** "the war in Sudan, which has raged for over 500 days": the war is what lasts, by the verb that links them. */
const WAR_LASTED_RE = /^(?:\s+(?:in|on|over|with)\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*))?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:has|had|have)\s+)?(?:now\s+)?(?:endured|lasted|raged|dragged\s+on|gone\s+on|continued|run|been\s+going\s+on)\s+(?:for\s+)?$/u;

/** The length of a war the clause says has lasted the duration, or null (a war named near a meeting's length is not it). */
function warLength(text: string, war: EventWord, start: number): string | null {
  if (war.end > start || start - war.end > 80) return null;
  const m = WAR_LASTED_RE.exec(text.slice(war.end, start));
  if (!m) return null;
  return `length of the ${war.text.toLowerCase()}${m[1] ? ` in ${m[1]}` : ''}`;
}

const ARRIVER_RE = /((?:the\s+)?\p{L}[\p{L}’'-]*)\s+(?:arrived|arriving|arrives|arrive|landed|landing|reached|reaching)\b/giu;
const GAP_DIRECTION_RE = /^\s*(after|before|earlier|later|ahead)(?:\s+(?:than|of))?(?:\s+((?:the\s+)?\p{L}[\p{L}’'-]*))?/iu;
const NOT_AN_ARRIVER = new Set(['who', 'which', 'that', 'he', 'she', 'they', 'it', 'and', 'with', 'had', 'has', 'have', 'was', 'were', 'also', 'then', 'first', 'finally']);

/**
 * Who arrived before whom, and by how long: "Ortiz arrived ten minutes after Reyes" and "Reyes arrived at the palace,
 * with Ortiz arriving ten minutes later" → "time by which Reyes arrived before Ortiz". Two accounts that disagree on who
 * came first are two claims, not one gap of two lengths. Null when either party is not named.
 */
function arrivalGap(text: string, s: Sentence, a: number, b: number, start: number, end: number): string | null {
  const dir = GAP_DIRECTION_RE.exec(text.slice(end, Math.min(b, end + 60)));
  if (!dir) return null;
  const named = (w: string | undefined) => (w && !NOT_AN_ARRIVER.has(w.toLowerCase().replace(/^the\s+/, '')) && !STOP.has(w.toLowerCase()) ? w : null);
  const arrivers = [...text.slice(a, start).matchAll(ARRIVER_RE)].map((m) => m[1]!).filter((w) => named(w) !== null);
  const mover = arrivers[arrivers.length - 1];
  // "… after Reyes", "… earlier than the king"; else the one who arrived first in the sentence ("with Ortiz arriving … after")
  const other = named(dir[2]) ?? (arrivers.length > 1 ? arrivers[arrivers.length - 2] : null);
  if (!mover || !other || mover.toLowerCase() === other.toLowerCase()) return null;
  const first = /^(?:after|later)$/i.test(dir[1]!) ? [other, mover] : [mover, other];
  const np = (w: string) => (/^the\s/i.test(w) ? w.replace(/^The\b/, 'the') : w);
  return `time by which ${np(first[0]!)} arrived before ${np(first[1]!)}`;
}

/** Does a phrase name an event ("talks", "a bilateral meeting")? */
export function namesEvent(phrase: string): boolean {
  return eventWords(phrase, 0, phrase.length).some((w) => w.event !== 'arrival' && w.event !== 'war');
}

const REPRESENTED_BEFORE_RE = /\b(?:representatives?|delegat\w*|people|participants|guests|leaders|officials|envoys|heads of (?:state|government))\s+(?:of|from|representing)\s+(?:the\s+)?$/i;
const LEADERS_RE = /^(?:leaders|heads of (?:state|government))/i;
const DELEGATION_OF_RE = /\b(?:delegation|entourage|retinue)\s+of\s+(?:some\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|up\s+to\s+|at\s+least\s+)?$/i;
const ATTENDED_BEFORE_RE = /\b(?:attended\s+by|convene|convenes|convened|convening|bring\s+together|brings\s+together|brought\s+together|gather|gathers|gathered)\s+(?:some\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|up\s+to\s+|at\s+least\s+)?$/i;
const ACT_SKIP = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'being', 'be', 'formally', 'already', 'officially',
  'reportedly', 'also', 'now', 'so', 'far', 'since']);

/**
 * What a count's things did, when the verb right after them says it: "17 countries have applied" → "countries
 * applied", "nine people were killed" → "people killed". Counts of different acts are different claims.
 */
/** A verb of a toll right before a count: "killed", "killing", "injured", "wounding". */
const CASUALTY_BEFORE_RE = /\b(kill(?:ed|ing|s)?|injur(?:ed|ing|es)|wound(?:ed|ing|s)?)\s+$/i;
/** A toll word right after the counted noun: "nine people dead", "12 soldiers wounded", "30 people were killed". */
const CASUALTY_AFTER_RE = /^\s+[\p{L}-]+\s+(?:(?:were|have\s+been|had\s+been|are)\s+)?(dead|killed|injured|wounded|died)\b/iu;

export function withAct(text: string, s: Sentence, start: number, end: number, about: string | null): string | null {
  if (!about) return about;
  // "representatives of 130 countries", "delegates representing over 130 countries": the countries represented
  const pre = text.slice(Math.max(s.start, start - 50), start);
  // "a delegation of 40 business leaders": who the delegation is made of, not what they represent
  if (DELEGATION_OF_RE.test(pre)) return `${about} in the delegation`;
  const rep = REPRESENTED_BEFORE_RE.exec(pre);
  // "leaders from 60 nations": one leader a nation, so the count of leaders who come
  if (rep) return LEADERS_RE.test(rep[0]) ? `${about} represented by leaders` : `${about} represented`;
  // "attended by over 40 presidents", "will convene 30 heads of state": those who attend
  if (ATTENDED_BEFORE_RE.test(pre)) return `${about} attending`;
  // a toll: "killed 14 people", "injuring 30 civilians", "left nine people dead", "12 soldiers wounded"
  const hurt = CASUALTY_BEFORE_RE.exec(pre)?.[1] ?? CASUALTY_AFTER_RE.exec(text.slice(end, Math.min(s.end, end + 40)))?.[1];
  if (hurt) return `${about} ${/^(?:kill|dead|die)/i.test(hurt) ? 'killed' : 'injured'}`;
  const last = about.split(/\s+/).pop()!.toLowerCase();
  const ws = wordsIn(text, end, Math.min(s.end, end + 120));
  let i = ws.findIndex((w, k) => k < 6 && w.w.toLowerCase() === last);
  if (i < 0) return about;
  for (i++; i < ws.length && ACT_SKIP.has(ws[i]!.w.toLowerCase()); i++);
  const verb = ws[i]?.w;
  if (!verb || !/^\p{Ll}{3,}ed$/u.test(verb)) return about;
  // "expressed interest", "signed agreements": the verb's object says which act
  const object = ws[i + 1]?.w ?? '';
  return /^\p{Ll}{3,}$/u.test(object) && !STOP.has(object) ? `${about} ${verb} ${object}` : `${about} ${verb}`;
}

/** Nouns that say only that people are counted: what they are comes after them ("two people who were pilots"). */
const PERSON_WORDS: ReadonlySet<string> = new Set(['people', 'persons', 'individuals', 'men', 'women', 'figures', 'others', 'staffers', 'members']);
const ROLE_AFTER_RE = /^\s*,?\s+(?:who|that|whom)\s+(?:(?:appeared|appear|appears|seemed|seem|seems|looked|proved|turned\s+out)\s+to\s+be|were|are|was)\s+(?:(?:the|their|his|her|its|our|two|both)\s+)?(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+s)\b/u;

/**
 * A count of people named only as "people" or "individuals" counts what the relative clause after them says they are:
 * "greeted by three individuals who appeared to be aides" → "aides". Other counts keep their noun.
 */
export function roleAbout(text: string, s: Sentence, end: number, about: string | null): string | null {
  const last = about?.split(/\s+/).pop()?.toLowerCase();
  if (!about || !last || !PERSON_WORDS.has(last)) return null;
  const at = text.slice(end, Math.min(s.end, end + 120)).toLowerCase().indexOf(last);
  if (at < 0 || at > 30) return null;
  const from = end + at + last.length;
  const m = ROLE_AFTER_RE.exec(text.slice(from, Math.min(s.end, from + 80)));
  return m ? m[1]! : null;
}

const OCCASION_WORDS_RE = /^(?:occasions|instances|separate\s+occasions|different\s+occasions)$/i;
const OCCASION_VERB_RE = /^(?:\p{Ll}+ed|made|held|said|done|given|seen|met|told|sent|won|run|put|set|taken|spoken|written)$/u;

/**
 * "his earlier pledges, made on three occasions": a count of occasions counts what was done on them, the noun phrase
 * the participle before it follows ("earlier pledges"). Null for other counts.
 */
export function occasionsCountAbout(text: string, s: Sentence, start: number, about: string | null, forms: WordForms): string | null {
  if (!about || !OCCASION_WORDS_RE.test(about.trim())) return null;
  const ws = wordsIn(text, Math.max(s.start, start - 80), start);
  let i = ws.length - 1;
  if (!/^(?:on|in)$/i.test(ws[i]?.w ?? '')) return null;
  i--;
  if (!OCCASION_VERB_RE.test(ws[i]?.w ?? '')) return null;
  i--;
  // a participle set off by a comma follows its noun ("pledges, made on"); "the envoys met on" is a clause of its own
  if (ws[i]?.w !== ',') return null;
  i--;
  const np: Word[] = [];
  for (; i >= 0 && np.length < 3; i--) {
    const w = ws[i]!;
    if (!isNounish(w.w) || DETS.has(w.w.toLowerCase()) || PRONOUNS.has(w.w.toLowerCase())) break;
    np.unshift(w);
  }
  return np.length && isPluralNoun(np[np.length - 1]!.w) ? tidy(np, s, forms) : null;
}

const COST_OF_RE = /\b(?:cost|costs|bill|price|expenses?)\s+of\s+(?:the\s+|this\s+|hosting\s+the\s+)?(\p{L}+)/iu;
const X_COST_RE = /\b(?:the|this)\s+(\p{L}+)\s+(?:would\s+|will\s+)?cost(?:s|ing)?\b/iu;
const COST_WORD_RE = /\b(?:cost|costs|costing|bill|price|spent|spend|spending|expenses?)\b/i;
/** "a large part of the cost comes from housing the 900 delegates": the act the cost is of. */
const COST_FROM_RE = /\b(?:(portion|part|share|bulk|much|most)\s+of\s+(?:the|this|its)\s+)?(?:cost|costs|bill|spending|expenses?)\b[^,.;()]{0,40}?\b(?:from|on|for)\s+(\p{Ll}{3,}ing)\s+(?:the\s+|an?\s+|some\s+|about\s+|around\s+)?(?:estimated\s+)?(?:[\d,.]+\s+)?(\p{L}+)/u;
/** "spent €9 million (US$10 million) on staging the regatta": what the money went on, after the figure. */
const SPENT_ON_RE = /^(?:\s*\([^()]{0,40}\))?\s+(?:on|for)\s+((?:\p{Ll}{3,}ing\s+)?(?:(?:the|a|an|its|their|this)\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s*[,.;:()]|\s+(?:and|but|or|in|at|by|with|which|that|who|as|than|to|from|of|between|among|over|during|after|before|since|last|this|next)\b|\s*$)/u;
const DASH_BEFORE_RE = /[–—-]\s*$/;

/**
 * A money figure in a clause about spending: "the gala cost roughly €3 million" → "cost of the gala",
 * "the price of the gala would come to …", "spent €2.4 million on staging the fair" → "cost of staging the fair",
 * "the bill comes from housing the delegates – about €1 million" (an amount set after a dash) → "cost of housing
 * delegates"; "much of the cost comes from …" is a share of the cost ("share of the cost from housing delegates").
 * Null when the clause says nothing of costs.
 */
export function costAbout(text: string, s: Sentence, start: number, end = start): string | null {
  let [a] = clauseAround(text, s, start, start);
  let reach = 90;
  // an amount right after a dash is the amount of the clause before the dash
  if (!/\p{L}{3,}/u.test(approxFree(text.slice(a, start))) && DASH_BEFORE_RE.test(text.slice(Math.max(s.start, a - 3), a))) {
    [a] = clauseAround(text, s, a - 3, a - 3);
    reach = LOOK_BACK;
  }
  const before = text.slice(Math.max(a, start - reach), start);
  if (!COST_WORD_RE.test(before)) return null;
  const on = /\bspen[dt]|\bspending\b/i.test(before) ? SPENT_ON_RE.exec(text.slice(end, Math.min(s.end, end + 90))) : null;
  // what money goes on is a thing or an act, never a day ("spent $4 million on Tuesday") or a manner ("on average")
  if (on && /(?:^|\s)(?!the\b)\p{Ll}{3,}/u.test(on[1]!) && !/^(?:average|time|schedule|budget|top|record|hold|board|behalf)\b/i.test(on[1]!)) return `cost of ${on[1]!}`;
  const from = COST_FROM_RE.exec(before);
  // "much of the cost comes from housing the delegates": a share of the whole cost, what it is spent on
  if (from) return from[1] ? `share of the cost from ${from[2]!} ${from[3]!.toLowerCase()}` : `cost of ${from[2]!} ${from[3]!.toLowerCase()}`;
  const of = COST_OF_RE.exec(before);
  if (of) return `cost of the ${of[1]!.toLowerCase()}`;
  const x = X_COST_RE.exec(before);
  if (x) return `cost of the ${x[1]!.toLowerCase()}`;
  return 'cost';
}

/** Text before a figure without its hedge words ("around", "an estimated"). */
function approxFree(t: string): string {
  return t.replace(/\b(?:about|around|some|roughly|approximately|nearly|almost|over|more\s+than|less\s+than|up\s+to|at\s+least|an?\s+estimated|estimated|just|only)\b/gi, '');
}

/** "S$20 million ($15 million)": the bracketed amount is the same figure in another currency. */
export function isConversion(text: string, prevEnd: number, start: number): boolean {
  return start - prevEnd <= 3 && /^\s*\(\s*$/.test(text.slice(prevEnd, start));
}

const AGE_SINCE_RE = /^\s+(?:since|after)\s+(?:the\s+)?(?:start|launch|founding|creation|establishment|inception|birth|beginning)\s+of\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)(?=\s*[,.;:(]|\s+(?:which|that|in|on|by|to)\b|\s*$)/iu;
const AGE_OLD_BEFORE_RE = /(?:^|[,;]\s*|\b(?:the|a|an)\s+)((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s+(?:is|was|are|were|turns|turned|now)\s+$/iu;

/**
 * Years a thing has existed: "25 years since the founding of the pact", "the pact is about 25 years old",
 * "ten years of the initiative" → "age of the initiative". Null for other durations.
 */
export function ageAbout(text: string, s: Sentence, start: number, end: number, unit: string, ofWhat: string | null): string | null {
  if (unit !== 'years') return null;
  const after = text.slice(end, Math.min(s.end, end + 120));
  const since = AGE_SINCE_RE.exec(after);
  if (since) return `age of the ${since[1]!}`;
  if (/^\s+old\b/i.test(after)) {
    const before = AGE_OLD_BEFORE_RE.exec(text.slice(Math.max(s.start, start - 80), start));
    if (before) return `age of the ${before[1]!.replace(/^(?:the|a|an)\s+/i, '')}`;
  }
  return ofWhat ? `age of the ${ofWhat}` : null;
}

const GIVE_BEFORE_RE = /\b(give|gives|gave|given|giving|provid(?:e|es|ed|ing)|grant(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|donat(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|offer(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|announc(?:e|es|ed|ing))\s+(?:(?:an?|an\s+additional|additional|extra|further|new|another)\s+)?$/i;
const GIVER_RE = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s+(?:(?:will|would|has|have|had|is|are|was|were|also|already|just|recently|on\s+\p{L}+day|to|then|now|jointly|together)\s+){0,3}$/u;

/**
 * Money given or promised: "Australia will give A$350 million …", "Japan pledged $2 billion" → "Australia’s pledge";
 * with no name before the verb, "pledge". Null when no verb of giving stands right before the amount.
 */
export function givenAbout(text: string, s: Sentence, start: number, forms: WordForms): string | null {
  const before = text.slice(Math.max(s.start, start - 120), start);
  const v = GIVE_BEFORE_RE.exec(before);
  if (!v) return null;
  const g = GIVER_RE.exec(before.slice(0, v.index));
  const giver = g && !PRONOUNS.has(g[1]!.toLowerCase()) ? g[1]!.replace(/['’]s$/, '') : null;
  if (!giver) return 'pledge';
  const at = Math.max(s.start, start - 120) + g!.index;
  const named = tidy(wordsIn(text, at, at + giver.length), s, forms);
  return named && /^\p{Lu}/u.test(named) ? `${named}’s pledge` : 'pledge';
}

/** "Australia’s A$350 million pledge": the name in the possessive right before the amount, or null. */
export function possessorBefore(text: string, s: Sentence, start: number): string | null {
  const m = /((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['’]s\s+$/u.exec(text.slice(Math.max(s.start, start - 60), start));
  return m ? m[1]! : null;
}
