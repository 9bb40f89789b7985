// A capitalised run → typed candidates: gazetteer names, title + name, organization / venue / water / place
// heads, events (dropped), and the unknown pieces left for evidence.
import type { PlaceKind } from '../../core/types.js';
import type { Cand, EntityRule, SentenceCtx } from './candidates.js';
import { MAX_GAZ_TOKENS, isDemonym, isFirstName, isNamePrefix, isNonEntity, isSurname, lookup } from './gazetteer.js';
import { knownOrganization } from './known-orgs.js';
import { extendTitleBack, titleBefore, titleInRun, titleText } from './titles.js';
import { CONNECTORS, PARTICLES, type Run, type Tok } from './tokens.js';
import {
  ADJECTIVE, CALENDAR, EVENT, FUNCTION, MEDIA_HEAD, NAMED_PLACE_WORD, START_WORD, VENUE_LEAD, ORG_HEAD, OTHER_HEAD, REGION_LIKE_HEADS, VENUE_HEAD, WATER_HEAD,
} from './words.js';

const span = (c: SentenceCtx, a: number, b: number) => c.text.slice(c.toks[a]!.start, c.toks[b - 1]!.end);
const isUpperTok = (t: Tok | undefined) => Boolean(t && t.upper);

/** A token in an all-caps stretch (a shouted headline inside a sentence): capitalisation is no evidence there. */
export function shouted(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!t.upper) return false;
  return isUpperTok(toks[i - 1]) || isUpperTok(toks[i + 1]);
}

function push(c: SentenceCtx, a: number, b: number, cand: Omit<Cand, 'start' | 'end' | 'sentence' | 'name'> & { name?: string }) {
  const start = c.toks[a]!.start;
  const end = c.toks[b - 1]!.end;
  // one object shape for every candidate (a spread of the many literal shapes callers pass is slow)
  const out: Cand = { type: cand.type, start, end, name: cand.name ?? c.text.slice(start, end), titles: cand.titles, rule: cand.rule, sentence: c.sentence };
  if (cand.kind !== undefined) out.kind = cand.kind;
  if (cand.canonical !== undefined) out.canonical = cand.canonical;
  c.cands.push(out);
}

const PLACE_PREPOSITION = new Set(['in', 'to', 'from', 'near', 'at', 'outside', 'of', 'visit', 'visited', 'visiting']);


/** A gazetteer place ending at token `j` and followed by a lower-case place word ("Amur region") takes the word
 *  into its name. */
function extendByPlaceWord(c: SentenceCtx, j: number): void {
  const last = c.cands[c.cands.length - 1]!;
  const t = c.toks[j];
  if (!t || last.type !== 'place' || last.kind === 'country' || last.kind === 'city' || c.toks[j - 1]!.gap !== '' || c.toks[j - 1]!.poss) return;
  if (t.text === 'fleet' || t.text === 'flotilla') {
    // "Russia's Pacific fleet": a navy's fleet named by its sea is an organization
    last.end = t.end;
    last.name = c.text.slice(last.start, last.end);
    last.type = 'organization';
    last.rule = 'fleet-word';
    delete last.kind;
    delete last.canonical;
    return;
  }
  if (last.kind === 'body-of-water' && ROUTE_WORDS.has(t.text)) {
    // "the Barents Sea route": a sea route named by its sea
    last.end = t.end;
    last.name = c.text.slice(last.start, last.end);
    last.kind = 'other';
    last.rule = 'route-word';
    delete last.canonical;
    return;
  }
  if (!NAMED_PLACE_WORD.has(t.text)) return;
  last.end = t.end;
  last.name = c.text.slice(last.start, last.end);
  last.kind = 'region';
  last.rule = 'place-word';
  delete last.canonical;
}

/** "Israel-Hamas", "China-Russia": a hyphenated pair of known names is each of them. */
function hyphenPair(c: SentenceCtx, i: number): boolean {
  const t = c.toks[i]!;
  if (!t.cap || !t.text.includes('-')) return false;
  const parts: { start: number; end: number }[] = [];
  const re = /[^-]+/g;
  for (let m = re.exec(t.text); m; m = re.exec(t.text)) parts.push({ start: t.start + m.index, end: t.start + m.index + m[0].length });
  if (parts.length < 2) return false;
  const found = parts.map((p) => lookup(c.text.slice(p.start, p.end), t.upper || c.heading));
  if (found.some((e) => !e)) return false;
  parts.forEach((p, k) => {
    const e = found[k]!;
    c.cands.push({ type: e.type, kind: e.kind, canonical: e.canonical, titles: [], rule: 'hyphen-pair', start: p.start, end: p.end, name: c.text.slice(p.start, p.end), sentence: c.sentence });
  });
  return true;
}

function gazCand(c: SentenceCtx, a: number, b: number, rule: EntityRule): boolean {
  const s = span(c, a, b);
  const e = lookup(s, c.toks[a]!.upper || c.heading);
  if (!e) return false;
  push(c, a, b, { type: e.type, kind: e.kind, canonical: e.canonical, titles: [], rule });
  extendByPlaceWord(c, b);
  return true;
}

/** Greedy longest gazetteer matches inside [a, b); what is left over becomes unknown pieces. */
export function scan(c: SentenceCtx, a: number, b: number): void {
  let i = a;
  let unknown = -1;
  const flush = (to: number) => {
    if (unknown >= 0) splitUnknown(c, unknown, to);
    unknown = -1;
  };
  while (i < b) {
    let hit = 0;
    // no lexicon name is longer than the first span from i that is neither one nor the first words of one (a
    // possessive word cannot tell: "People's" of "People's Republic of China" is read without its "'s")
    let top = Math.min(b, i + MAX_GAZ_TOKENS);
    for (let r = i + 1; r < top; r++) {
      if (!c.toks[r - 1]!.poss && !isNamePrefix(span(c, i, r))) {
        top = r;
        break;
      }
    }
    for (let j = top; j > i; j--) {
      const e = lookup(span(c, i, j), c.toks[i]!.upper || c.heading);
      if (!e) continue;
      // a minor city's name right before another capitalised word is a first name ("Vladimir Putin"), and so is
      // one that is a first name with no place word before it ("[Vladimir] Putin")
      if (e.minorCity && j === i + 1 && j < b && c.toks[j]!.cap && !lookup(c.toks[j]!.text)) break;
      if (e.minorCity && j === i + 1 && isFirstName(c.toks[i]!.text) && !PLACE_PREPOSITION.has(c.toks[i - 1]?.text ?? '')) break;
      // "Gaza City", "Kuwait City": a place and the word City are a city of that name
      if (e.type === 'place' && j < b && c.toks[j]!.text === 'City' && c.toks[j - 1]!.gap === '') {
        push(c, i, j + 1, { type: 'place', kind: 'city', titles: [], rule: 'place-city' });
        hit = j + 1;
        break;
      }
      gazCand(c, i, j, 'gazetteer');
      hit = j;
      break;
    }
    if (!hit && hyphenPair(c, i)) hit = i + 1;
    if (hit) {
      flush(i);
      i = hit;
    } else {
      if (unknown < 0) unknown = i;
      i++;
    }
  }
  flush(b);
}

/** Unknown tokens [a, b): trim function words, calendar words and nationality words at the edges, cut at
 *  connectors, and keep what is left as pieces. */
function splitUnknown(c: SentenceCtx, a: number, b: number): void {
  let i = a;
  while (i < b) {
    let j = i;
    while (j < b && !isConnector(c.toks[j]!)) j++;
    addPiece(c, i, j);
    i = j + 1;
  }
}

function isCountryOrOrg(s: string): boolean {
  const e = lookup(s);
  return Boolean(e && (e.type === 'organization' || e.kind === 'country'));
}

/** A lower-case connector that splits names ("and", "of", "the"); name particles ("da", "de", "bin") do not. */
function isConnector(t: Tok): boolean {
  return !t.cap && CONNECTORS.has(t.text) && !PARTICLES.has(t.text);
}

function dropWord(t: Tok, initial: boolean): boolean {
  const w = t.text.toLowerCase();
  if (CALENDAR.has(w) || isDemonym(t.text) || isNonEntity(t.text)) return true;
  if (FUNCTION.has(w) || (initial && START_WORD.has(w))) return true;
  // a sentence that opens on a participle or an adverb ("Looking Kim in the eye", "Differing reports",
  // "Earlier, …", "Separately, …"): that word is no name unless it is a known first name or surname
  if (initial && !t.upper && /^\p{Lu}\p{Ll}+(?:ing|ly|ier|ed)$/u.test(t.text) && t.text.length > 4 && !isFirstName(t.text) && !isSurname(t.text)) return true;
  return false;
}

/** A word at the start of a run that is no part of a name: a function word, or a sentence-opening word. */
function leadingWord(c: SentenceCtx, a: number): boolean {
  const w = c.toks[a]!.text.toLowerCase();
  return FUNCTION.has(w) || (isInitial(c, a) && START_WORD.has(w));
}

function isInitial(c: SentenceCtx, a: number): boolean {
  return a === 0 || /^[“"‘'(\[]$/.test(c.text.slice(c.sentence.start, c.toks[a]!.start).trim());
}

function addPiece(c: SentenceCtx, a: number, b: number): void {
  while (a < b && (dropWord(c.toks[a]!, isInitial(c, a)) || isDemonym(span(c, a, Math.min(b, a + 2))))) {
    a += isDemonym(span(c, a, Math.min(b, a + 2))) && b - a >= 2 && !isDemonym(c.toks[a]!.text) ? 2 : 1;
  }
  while (b > a && (dropWord(c.toks[b - 1]!, false) || PARTICLES.has(c.toks[b - 1]!.text))) b--;
  if (a >= b) return;
  if (isNonEntity(span(c, a, b)) || isDemonym(span(c, a, b)) || (b - a === 1 && ADJECTIVE.has(c.toks[a]!.text))) return;
  c.pieces.push({
    sentence: c.sentence,
    toks: c.toks,
    from: a,
    to: b,
    shouting: c.heading || shouted(c.toks, a),
    initial: isInitial(c, a),
    titleFrom: titleBefore(c.toks, c.text, a),
  });
}

function headKind(head: string, last: string): { type: 'organization' | 'place' | 'event'; kind?: PlaceKind } | null {
  if (ORG_HEAD.has(head)) return { type: 'organization' };
  if (VENUE_HEAD.has(head)) return { type: 'place', kind: 'venue' };
  if (WATER_HEAD.has(head)) return { type: 'place', kind: 'body-of-water' };
  if (OTHER_HEAD.has(head)) return { type: 'place', kind: REGION_LIKE_HEADS.has(head) ? 'region' : 'other' };
  if (EVENT.has(head) || EVENT.has(last)) return { type: 'event' };
  return null;
}

/** Classify one capitalised run. */
export function classifyRun(c: SentenceCtx, run: Run): void {
  let { from: a, to: b } = run;
  // a currency prefix ("US$200 million", "HK$5"): no place
  if (c.text[c.toks[b - 1]!.end] === '$') b--;
  if (a >= b) return;
  // 1. the whole run is a known name ("The New York Times", "The Hague", "Beijing Capital …" is not); a minor
  // city that is also a first name needs a place word before it ("[Vladimir] Putin" is no city)
  const whole = b - a === 1 ? lookup(span(c, a, b), c.toks[a]!.upper || c.heading) : null;
  const firstNameCity = Boolean(whole?.minorCity && isFirstName(c.toks[a]!.text) && !PLACE_PREPOSITION.has(c.toks[a - 1]?.text ?? ''));
  // a minor city that is also a known company ("Toyota said"): the company, unless a place word stands before it
  if (whole?.minorCity && !PLACE_PREPOSITION.has(c.toks[a - 1]?.text ?? '') && knownOrganization([c.toks[a]!.text], false, () => false)) {
    return push(c, a, b, { type: 'organization', titles: [], rule: 'known-organization' });
  }
  if (!firstNameCity && gazCand(c, a, b, 'gazetteer')) return;
  if (a > 0 && c.toks[a - 1]!.text === 'the' && c.toks[a - 1]!.gap === '' && gazTheCand(c, a, b)) return;
  while (a < b - 1 && leadingWord(c, a) && !(c.toks[a]!.text === 'The' && b - a === 2 && MEDIA_HEAD.has(c.toks[b - 1]!.text))) a++;
  if (a >= b) return;
  if (a > run.from && gazCand(c, a, b, 'gazetteer')) return; // "The International Criminal Court"
  // "Chile and the World Bank", "Peru and Bolivia": two names, not one
  for (let i = a + 1; i < b - 1; i++) {
    if (c.toks[i]!.text !== 'and') continue;
    // … and a title on either side: two people ("Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba")
    const titled = !c.heading && (titleInRun(c.toks, c.text, i + 1, b) !== -1 || titleInRun(c.toks, c.text, a, i) !== -1);
    // "Toyota Motor Corp and Sony Corp": two names that each end on an organization head
    const twoOrgs = ORG_HEAD.has(c.toks[i - 1]!.text) && ORG_HEAD.has(c.toks[b - 1]!.text) && i - a >= 2 && b - i >= 3;
    if (c.toks[i + 1]!.text === 'the' || titled || twoOrgs || lookup(span(c, a, i)) || lookup(span(c, i + 1, b))) {
      classifyRun(c, { from: a, to: i });
      classifyRun(c, { from: c.toks[i + 1]!.text === 'the' ? i + 2 : i + 1, to: b });
      return;
    }
  }
  // a copyright line after a name ("ABC Audio All Rights Reserved") is no part of it
  for (let i = a + 1; i + 2 < b; i++) {
    if (c.toks[i]!.text === 'All' && c.toks[i + 1]!.text === 'Rights' && c.toks[i + 2]!.text === 'Reserved') {
      b = i;
      break;
    }
  }
  // "the Ritz Hotel on Bali": a venue and the place it stands on are two names
  for (let i = a + 2; i < b - 1; i++) {
    if (!['on', 'in', 'at', 'near'].includes(c.toks[i]!.text)) continue;
    // … and "the Bay Area on Wednesday": a day or month after the preposition is no part of a name
    const left = c.toks[i - 1]!.text;
    const placeHead = VENUE_HEAD.has(left) || WATER_HEAD.has(left) || OTHER_HEAD.has(left) || lookup(left)?.type === 'place';
    if (!placeHead && !CALENDAR.has(c.toks[i + 1]!.text.toLowerCase())) continue;
    classifyRun(c, { from: a, to: i });
    classifyRun(c, { from: i + 1, to: b });
    return;
  }
  if (c.heading) return scan(c, a, b); // headline case: known names only
  // "Air China", "Air India": the word Air before a country or city names its airline
  if (b - a >= 2 && c.toks[a]!.text === 'Air' && c.toks[a]!.gap === '') {
    const e = lookup(c.toks[a + 1]!.text);
    if (e && e.type === 'place' && (e.kind === 'country' || e.kind === 'city')) {
      push(c, a, a + 2, { type: 'organization', titles: [], rule: 'airline' });
      if (b > a + 2) classifyRun(c, { from: a + 2, to: b });
      return;
    }
  }
  // 2. title + name ("Chinese President Xi Jinping")
  const ti = titleInRun(c.toks, c.text, a, b);
  if (ti !== -1) {
    let nameTo = ti.nameFrom;
    while (nameTo < b && !isConnector(c.toks[nameTo]!)) nameTo++;
    const first = c.toks[ti.nameFrom]!.text;
    const nameOk = !ORG_HEAD.has(first) && !EVENT.has(c.toks[nameTo - 1]!.text) && !isCountryOrOrg(span(c, ti.nameFrom, nameTo)) && !CALENDAR.has(first.toLowerCase()) && !isDemonym(first);
    if (nameOk) {
      const tFrom = extendTitleBack(c.toks, c.text, a);
      // country or organization before the title ("U.S. Secretary of State", "Kremlin spokesman")
      scanPrefix(c, a, ti.nameFrom, true);
      push(c, ti.nameFrom, nameTo, { type: 'person', titles: [titleText(c.toks, c.text, tFrom, ti.nameFrom)], rule: 'title-name' });
      if (nameTo < b) classifyRun(c, { from: nameTo + 1, to: b });
      return;
    }
  }
  // 3. a head word: organization, venue, body of water, other place, or an event ("Belt and Road Forum")
  let ofAt = -1;
  for (let i = a + 1; i < b; i++) if (['of', 'for'].includes(c.toks[i]!.text)) { ofAt = i; break; }
  const head = c.toks[(ofAt > 0 ? ofAt : b) - 1]!.text;
  const hk = b - a >= 2 ? headKind(head, c.toks[b - 1]!.text) : null;
  const theMedia = c.toks[a]!.text === 'The' && b - a === 2 && MEDIA_HEAD.has(c.toks[b - 1]!.text);
  if (theMedia) return push(c, a, b, { type: 'organization', titles: [], rule: 'the-media' });
  // "Villa La Grange", "Palazzo Chigi": a venue word first, then its name
  if (b - a >= 2 && VENUE_LEAD.has(c.toks[a]!.text) && !hk) return push(c, a, b, { type: 'place', kind: 'venue', titles: [], rule: 'venue-lead' });
  if (hk && hk.type === 'event') return scanKnownOnly(c, a, b);
  if (hk && hk.type !== 'event' && c.toks[b - 1]!.gap === '' && !c.toks[b - 1]!.poss && c.toks[b]) {
    const next = c.toks[b]!.text;
    // "Northern Sea route": a lower-case route word ends the name of a sea route; "Pacific fleet" is a navy's fleet
    if (ROUTE_WORDS.has(next)) return push(c, a, b + 1, { type: 'place', kind: 'other', titles: [], rule: 'route-word' });
  }
  if (hk) {
    if (c.toks[a]!.text === 'The') a++;
    // a place keeps its own name only: "Far Eastern Amur Region" → "Amur Region"
    if (hk.type === 'place') a = skipDemonyms(c, a, b);
    const type = hk.type === 'organization' ? 'organization' : 'place';
    const rule = `${hk.type === 'organization' ? 'org' : hk.kind}-head` as EntityRule;
    return push(c, a, b, { type, kind: hk.kind, titles: [], rule });
  }
  // 4. the rest: known names and unknown pieces
  scan(c, a, b);
}

const ROUTE_WORDS = new Set(['route', 'corridor', 'passage']);

const COMPASS = new Set(['Western', 'Eastern', 'Northern', 'Southern', 'Central']);

/** Leading nationality or regional words before a place name and its head, keeping at least two tokens; a bare
 *  compass word is part of the name ("Western Cape Province"). */
function skipDemonyms(c: SentenceCtx, a: number, b: number): number {
  for (let n = 2; n >= 1; n--) {
    if (b - a - n >= 2 && isDemonym(span(c, a, a + n)) && !(n === 1 && COMPASS.has(c.toks[a]!.text)) && !sharedRegion(c, a + n)) return a + n;
  }
  return a;
}

/** Regions and waters that several countries share: a nationality word before one says which country's part is
 *  meant and belongs to the name ("Russian Arctic Coast", "Canadian Arctic Archipelago", "Norwegian Atlantic …"). */
const SHARED_REGIONS = new Set(['Arctic', 'Antarctic', 'Far East', 'Pacific', 'Atlantic', 'Caribbean', 'Mediterranean', 'Baltic', 'Himalayas', 'Himalayan', 'Alps', 'Alpine', 'Amazon', 'Sahara', 'Caucasus', 'Balkans']);
function sharedRegion(c: SentenceCtx, i: number): boolean {
  const t = c.toks[i]!;
  if (SHARED_REGIONS.has(t.text)) return true;
  const two = c.toks[i + 1] && t.gap === '' ? `${t.text} ${c.toks[i + 1]!.text}` : '';
  return SHARED_REGIONS.has(two) || lookup(t.text)?.kind === 'body-of-water';
}

function gazTheCand(c: SentenceCtx, a: number, b: number): boolean {
  const s = `The ${span(c, a, b)}`;
  const e = lookup(s);
  if (!e) return false;
  const start = c.toks[a - 1]!.start;
  const end = c.toks[b - 1]!.end;
  c.cands.push({ type: e.type, kind: e.kind, canonical: e.canonical, titles: [], rule: 'gazetteer', start, end, name: c.text.slice(start, end), sentence: c.sentence });
  return true;
}

/** Countries and organizations inside a title prefix ("U.S.", "Kremlin") are entities of their own. */
function scanPrefix(c: SentenceCtx, a: number, b: number, title = false): void {
  for (let i = a; i < b; ) {
    let hit = 0;
    // after "of" in a title an organization is the portfolio ("Secretary of Treasury"), a country is named
    const portfolio = title && i > a && ['of', 'for'].includes(c.toks[i - 1]!.text);
    for (let j = Math.min(b, i + 4); j > i; j--) {
      if (portfolio && lookup(span(c, i, j))?.type === 'organization') { hit = j; break; }
      if (gazCand(c, i, j, 'gazetteer')) { hit = j; break; }
    }
    i = hit || i + 1;
  }
}

/** Inside an event name only lexicon names count ("BRICS" in "BRICS Leaders Retreat"). */
function scanKnownOnly(c: SentenceCtx, a: number, b: number): void {
  // the event's own head belongs to it: "Silk Road" is no place inside "New Silk Road"
  const n = c.cands.length;
  scanPrefix(c, a, b);
  const end = c.toks[b - 1]!.end;
  // … but "Members of the Pacific Islands Forum" is no event: after "of (the)" a known organization is itself
  for (let i = c.cands.length - 1; i >= n; i--) {
    const k = c.cands[i]!;
    if (k.end !== end || k.start <= c.toks[a]!.start) continue;
    if (k.type === 'organization' && /\bof\s+(?:the\s+)?$/.test(c.text.slice(Math.max(c.toks[a]!.start, k.start - 8), k.start))) continue;
    c.cands.splice(i, 1);
  }
}
