// Entity linking across sources: one entity per real-world person, place or organization.
//   places, organizations: one entity per canonical name (lexicon) or name; an acronym joins the one name in the
//     corpus whose initials it is (ICC ~ International Criminal Court)
//   people: full names merge when one is the other with words left out ("Lula da Silva" ⊂ "Luiz Inácio Lula da
//     Silva") or when only the spelling of the first name differs (Sergei / Sergey Lavrov); a single name
//     ("Putin", "Xi") joins the one full name that holds it, in its own source first, then in the corpus;
//     a single name that fits two people (two Wangs) joins neither.
import { slug, uniqueId } from '../core/ids.js';
import { byPosition, cmp, uniqSorted } from '../core/spans.js';
import type { Entity, EntityMention, Extraction, PlaceKind } from '../core/types.js';
import { foldName, nameWords, sameLetters, sameName, spellingKey, subName, unionSpellings } from './entity-names.js';
import { pushTo } from '../core/maps.js';

export interface LinkedEntities {
  people: Entity[];
  places: Entity[];
  organizations: Entity[];
}

type Group = { key: string; ms: EntityMention[]; canonical: string | null };

const ACRONYM_RE = /^[A-Z]{2,8}$/;
/** Generic last words of a region or an agency, after the folded name ("amur region", "tass news agency"). */
const SUFFIX_RE = / (?:region|province|oblast|krai|prefecture|territory|state|county|district|news agency|press agency|news service|agency|news)$/;
const SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le']);
const initials = (name: string) =>
  name.split(/[\s-]+/).filter((w) => w && !SMALL.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');

function groupNamed(ms: readonly EntityMention[], work: LinkWork, personWords: ReadonlySet<string> = new Set(), sameVenues: readonly [string, string][] = []): Group[] {
  const groups = new Map<string, Group>();
  for (const m of ms) {
    const k = foldName(m.canonical ?? m.name);
    const g = groups.get(k) ?? { key: k, ms: [], canonical: m.canonical ?? null };
    g.ms.push(m);
    if (m.canonical) g.canonical = m.canonical;
    groups.set(k, g);
  }
  const out = [...groups.values()].sort((a, b) => cmp(a.key, b.key));
  // acronyms without a lexicon entry join the one group whose name has those initials
  // initials → groups holding a form with those initials (in key order); an acronym group's own forms are one
  // word (one initial), so the groups an acronym empties are never the target of another acronym
  const byInitials = new Map<string, Group[]>();
  for (const g of out) {
    for (const i of new Set(g.ms.map((m) => initials(m.canonical ?? m.name)))) pushTo(byInitials, i, g);
    work.count += g.ms.length;
  }
  for (const g of out) {
    const acr = g.ms[0]!.name.replace(/^the\s+/i, '');
    if (g.canonical || !ACRONYM_RE.test(acr) || !g.ms.length) continue;
    const targets = (byInitials.get(acr) ?? []).filter((t) => t !== g && t.ms.length);
    work.count += targets.length;
    if (targets.length === 1) {
      targets[0]!.ms.push(...g.ms);
      g.ms = [];
    }
  }
  // "Amur Region" ~ "Amur", "TASS News Agency" ~ "TASS": a name and its generic suffix join the bare name
  const byKey = new Map(out.map((g) => [g.key, g]));
  for (const g of out) {
    const m = SUFFIX_RE.exec(g.key);
    const bare = m ? byKey.get(g.key.slice(0, m.index)) : undefined;
    if (!bare || bare === g || !bare.ms.length || !g.ms.length) continue;
    if (bare.ms.some((x) => x.kind === 'city' || x.kind === 'country')) continue; // New York State is not the city
    if (bare.ms[0]!.type !== g.ms[0]!.type) continue;
    bare.ms.push(...g.ms);
    bare.canonical ??= g.canonical;
    g.ms = [];
  }
  joinVenueWords(out.filter((g) => g.ms.length), byKey, work);
  joinVenueNames(out.filter((g) => g.ms.length), byKey, personWords, work);
  joinMeetingVenues(out.filter((g) => g.ms.length), sameVenues, work);
  return out.filter((g) => g.ms.length);
}

const mentionKey = (m: { source: string; start: number; end: number }) => `${m.source}|${m.start}|${m.end}`;

/** A photo caption that retells the article's meeting names its venue ("Ruto and Lee meet at the Marlowe Lodge on
 *  3/4/2025" under a text where "Ruto met Lee at the Harwick Manor House"): the caption's venue is the text's when
 *  the events are of the same kind with the same people (linked), this occurrence, not negated nor quoted; the text
 *  names one venue for that meeting; and the caption dates its meeting on the article's publication day or on the
 *  day the text gives (an archive photo of an earlier meeting dates another day). Pairs of place mention keys. */
function meetingVenues(extractions: readonly LinkInput[], personOf: ReadonlyMap<string, string>): [string, string][] {
  type Slot = { body: Map<string, string>; bodyDates: Set<string>; captions: { venue: string; date: string | null }[]; published: string | null };
  const byMeeting = new Map<string, Slot>();
  for (const x of extractions) {
    for (const e of x.events ?? []) {
      if (e.negated || e.quoted || e.occurrence !== 'this') continue;
      const venue = e.places.find((p) => p.kind === 'venue');
      const people = [...new Set(e.parties.filter((p) => p.type === 'person').map((p) => personOf.get(mentionKey(p.mention))).filter((id): id is string => Boolean(id)))].sort(cmp);
      if (people.length < 2) continue;
      const k = `${e.mention.source}|${e.kind}|${people.join('|')}`;
      let slot = byMeeting.get(k);
      if (!slot) byMeeting.set(k, (slot = { body: new Map(), bodyDates: new Set(), captions: [], published: x.doc?.source.published ?? null }));
      if (e.context === 'caption') {
        if (venue) slot.captions.push({ venue: mentionKey(venue.mention), date: e.date?.value ?? null });
        continue;
      }
      if (e.date?.value) slot.bodyDates.add(e.date.value);
      if (venue) slot.body.set(foldName(venue.name), mentionKey(venue.mention));
    }
  }
  const pairs: [string, string][] = [];
  for (const slot of byMeeting.values()) {
    if (slot.body.size !== 1 || slot.bodyDates.size > 1) continue;
    const [bodyVenue] = slot.body.values();
    for (const c of slot.captions) {
      const sameDay = c.date !== null && (c.date === slot.published || slot.bodyDates.has(c.date)) && [...slot.bodyDates].every((d) => d === c.date);
      if (sameDay) pairs.push([bodyVenue!, c.venue]);
    }
  }
  return pairs;
}

/** Joins the venue groups that `meetingVenues` found to be one place (an index of mention keys, no pairwise scan). */
function joinMeetingVenues(groups: readonly Group[], pairs: readonly [string, string][], work: LinkWork): void {
  if (!pairs.length) return;
  const groupOf = new Map<string, Group>();
  for (const g of groups) {
    if (!g.ms.some((m) => m.kind === 'venue')) continue;
    for (const m of g.ms) groupOf.set(mentionKey(m.mention), g);
    work.count += g.ms.length;
  }
  const joined: Array<[Group, Group]> = [];
  for (const [a, b] of pairs) {
    const ga = groupOf.get(a);
    const gb = groupOf.get(b);
    if (ga && gb) joined.push([ga, gb]);
  }
  mergeJoined(joined);
}

/** Merges groups joined in pairs (union-find): each class of joined groups ends in its most mentioned group. */
function mergeJoined(joined: ReadonlyArray<readonly [Group, Group]>): void {
  const parent = new Map<Group, Group>();
  const find = (g: Group): Group => { const p = parent.get(g); return p && p !== g ? find(p) : g; };
  const members = new Set<Group>();
  for (const [a, b] of joined) {
    members.add(a).add(b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  }
  const classes = new Map<Group, Group[]>();
  for (const g of members) pushTo(classes, find(g), g);
  for (const group of classes.values()) {
    if (group.length < 2) continue;
    const [target, ...rest] = [...group].sort((a, b) => b.ms.length - a.ms.length || cmp(a.key, b.key));
    for (const g of rest) {
      target!.ms.push(...g.ms);
      target!.canonical ??= g.canonical;
      g.ms = [];
    }
  }
}

/** First words of venue names that say nothing about which venue it is ("Great Hall …", "Villa …", "Hotel …"). */
const GENERIC_VENUE_WORDS = new Set([
  'great', 'grand', 'royal', 'national', 'international', 'state', 'federal', 'imperial', 'presidential', 'new', 'old',
  'central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'white',
  'red', 'blue', 'green', 'golden', 'silver', 'saint', 'st', 'san', 'santa', 'sao', 'le', 'la', 'el', 'al', 'hotel',
  'villa', 'palazzo', 'palais', 'palacio', 'chateau', 'schloss', 'castello', 'castillo', 'quinta', 'hacienda', 'hall',
  'house', 'palace', 'museum', 'park', 'city', 'town', 'peace', 'friendship', 'people', 'victory', 'independence',
  'liberty', 'freedom', 'union', 'unity', 'republic', 'heritage', 'historic', 'first', 'second', 'third', 'one', 'two',
]);

/** A venue's distinctive first word: not generic, not a name of its own among the linked names (a place, an
 *  organization: "Moscow Hotel", "Kremlin Palace"), not a word of a person's name ("Trump Tower"); else null. */
function distinctiveWord(key: string, byKey: ReadonlyMap<string, Group>, personWords: ReadonlySet<string>): string | null {
  const w = key.split(' ')[0]!;
  if (w.length < 4 || GENERIC_VENUE_WORDS.has(w) || personWords.has(w) || byKey.get(w)?.ms.length) return null;
  return w;
}

/** One venue named differently across sources: "Brookmere Manor House and Gardens" ~ "Brookmere Estate" (the same
 *  distinctive first word), and "Capela Hotel" ~ "Capella Hotel" (the same other words, the first one a letter
 *  apart). Venues only, by key: an index of first words and of first words with one letter deleted, never pairs. */
function joinVenueNames(groups: readonly Group[], byKey: ReadonlyMap<string, Group>, personWords: ReadonlySet<string>, work: LinkWork): void {
  const venues = groups.filter((g) => g.ms[0]!.type === 'place' && g.ms.some((m) => m.kind === 'venue') && g.key.includes(' '));
  const joined: Array<[Group, Group]> = [];
  const join = (a: Group, b: Group) => joined.push([a, b]);
  const byWord = new Map<string, Group>();
  const byDeletion = new Map<string, Group>();
  for (const g of venues) {
    const w = distinctiveWord(g.key, byKey, personWords);
    if (!w) continue;
    const had = byWord.get(w);
    if (had) join(had, g);
    else byWord.set(w, g);
    // a misspelt first word ("Capela" / "Capella"): the same rest of the name, the word with one letter deleted
    if (w.length < 5) continue;
    const rest = g.key.slice(w.length);
    for (let i = 0; i <= w.length; i++) {
      const k = `${i < w.length ? w.slice(0, i) + w.slice(i + 1) : w}${rest}`;
      const other = byDeletion.get(k);
      if (other) join(other, g);
      else byDeletion.set(k, g);
      work.count++;
    }
  }
  mergeJoined(joined);
}

/** The proper part of a venue's name: the words before a lower-case venue word ("Vostochny spaceport"); null
 *  when every word is capitalised. */
function venueProper(name: string): string | null {
  const ws = nameWords(name.replace(/^the\s+/i, ''));
  const i = ws.findIndex((w) => /^\p{Ll}/u.test(w));
  return i > 0 ? ws.slice(0, i).join(' ') : null;
}

/** "Vostochny spaceport", "Vostochny space center" ~ "Vostochny Cosmodrome": a venue named by its proper name and a
 *  lower-case venue word joins the venue whose name starts with that proper name (the most mentioned one), unless
 *  the proper name is a place of its own ("Moscow airport"). */
function joinVenueWords(groups: readonly Group[], byKey: ReadonlyMap<string, Group>, work: LinkWork): void {
  const venues = groups.filter((g) => g.ms[0]!.type === 'place' && g.ms.some((m) => m.kind === 'venue'));
  // every word prefix of a venue's key ("vostochny ", "vostochny space ") → the venues whose key starts so
  const byPrefix = new Map<string, Group[]>();
  for (const t of venues) {
    const ws = t.key.split(' ');
    for (let i = 1; i < ws.length; i++) pushTo(byPrefix, `${ws.slice(0, i).join(' ')} `, t);
    work.count += ws.length;
  }
  // a group is described when none of its forms is a proper name throughout ("Filoli estate" beside "Filoli Estate" is not)
  const described = (g: Group) => g.ms.every((m) => venueProper(m.name) !== null);
  for (const g of venues) {
    const proper = described(g) ? venueProper(g.ms[0]!.name) : null;
    if (!proper || byKey.get(foldName(proper))?.ms.length) continue;
    const p = `${foldName(proper)} `;
    const targets = (byPrefix.get(p) ?? []).filter((t) => t !== g && t.ms.length)
      .sort((a, b) => Number(described(a)) - Number(described(b)) || b.ms.length - a.ms.length || cmp(a.key, b.key));
    work.count += targets.length;
    if (!targets.length || !g.ms.length) continue;
    targets[0]!.ms.push(...g.ms);
    g.ms = [];
  }
}

/** Two people of one surname in an article ("Kim Jong Un", his sister "Kim Yo Jong"): "Kim" alone is the one named
 *  in full most often in that article, when it is also the one named in full last before it (or nobody is: a
 *  headline); otherwise, and on a tie, it is nobody's. */
function nearest(fullsIn: ReadonlyMap<string, ReadonlyMap<string, readonly EntityMention[]>>, roots: readonly string[], m: EntityMention, work: LinkWork): string | undefined {
  const src = m.mention.source;
  const at = m.mention.start;
  let recent: { root: string; start: number } | null = null;
  const counts = roots.map((r) => {
    let n = 0;
    for (const x of fullsIn.get(r)!.get(src) ?? []) {
      work.count++;
      n++;
      if (x.mention.start < at && (!recent || x.mention.start > recent.start)) recent = { root: r, start: x.mention.start };
    }
    return { r, n };
  }).sort((a, b) => b.n - a.n || cmp(a.r, b.r));
  const top = counts[0]!.n > counts[1]!.n ? counts[0]!.r : undefined;
  const last = recent as { root: string } | null;
  return last ? (last.root === top ? top : undefined) : top;
}

/** A name's words as `subName` and `sameName` compare them (folded, particles unified). */
const PARTICLE_FOLD: Record<string, string> = { da: 'd', de: 'd', do: 'd', dos: 'd', das: 'd', di: 'd', del: 'd', du: 'd' };
const comparedWords = (name: string): string[] => nameWords(foldName(name)).map((w) => PARTICLE_FOLD[w] ?? w);
/** What `sameLetters` compares: the folded name without spaces and hyphens. */
const letters = (name: string): string => foldName(name).replace(/[\s-]+/g, '');

function groupPeople(ms: readonly EntityMention[], work: LinkWork): Group[] {
  const fulls = uniqSorted(ms.filter((m) => nameWords(m.name).length >= 2).map((m) => m.name));
  // union of full names that are one person
  const parent = new Map<string, string>(fulls.map((f) => [f, f]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  unionSpellings(fulls, union); // spellings of one name (Zelensky / Zelenskyy, Kim Jong Un / Kim Jung-un)
  // candidates by key, each test's own: `subName(a, b)` needs every word of a in b (so b is in the list of a's
  // rarest word), `sameName` the same words after the first (and as many), `sameLetters` the same letters
  const byWord = new Map<string, string[]>();
  const byRest = new Map<string, string[]>();
  const byLetters = new Map<string, string[]>();
  const wordsOf = new Map<string, string[]>();
  // `sameName` wants the same words after the first and first words one letter apart: keyed by the rest and each
  // form of the first word with one letter left out (and the word itself), two such names share a key, and names
  // that only share a surname ("Ana Kessarine", "Ivo Kessarine") share none
  const restKeys = (ws: string[]): string[] => {
    const rest = `${ws.length}|${ws.slice(1).join(' ')}`;
    const first = ws[0]!;
    if (first.length < 4) return [];
    const out = new Set([`${rest}|${first}`]);
    for (let i = 0; i < first.length; i++) out.add(`${rest}|${first.slice(0, i)}${first.slice(i + 1)}`);
    return [...out];
  };
  for (const f of fulls) {
    const ws = comparedWords(f);
    wordsOf.set(f, ws);
    for (const w of new Set(ws)) pushTo(byWord, w, f);
    for (const k of restKeys(ws)) pushTo(byRest, k, f);
    pushTo(byLetters, letters(f), f);
    work.count += ws.length;
  }
  const order = new Map(fulls.map((f, i) => [f, i]));
  for (const a of fulls) {
    const ws = wordsOf.get(a)!;
    let rarest: string[] = [];
    for (const w of ws) {
      const list = byWord.get(w)!;
      if (!rarest.length || list.length < rarest.length) rarest = list;
    }
    const near = new Set([...rarest, ...restKeys(ws).flatMap((k) => byRest.get(k)!), ...byLetters.get(letters(a))!]);
    work.count += near.size;
    const supers = [...near].sort((x, y) => order.get(x)! - order.get(y)!)
      .filter((b) => b !== a && (subName(a, b) || sameName(a, b) || sameLetters(a, b)));
    const roots = new Set(supers.map(find));
    if (roots.size === 1) union(a, supers[0]!);
  }
  const byRoot = new Map<string, EntityMention[]>();
  const singles: EntityMention[] = [];
  for (const m of ms) {
    if (nameWords(m.name).length >= 2) {
      const r = find(m.name);
      pushTo(byRoot, r, m);
    } else singles.push(m);
  }
  const roots = [...byRoot.keys()].sort(cmp);
  // word → the roots whose names hold it (in root order); root → source → its full-name mentions there;
  // root → the sources it is named in (grows as single names join it)
  const holdersOf = new Map<string, string[]>();
  // the same by spelling key: a single name written another way ("Zelensky" for "Volodymyr Zelenskyy")
  const holdersBySpelling = new Map<string, string[]>();
  const fullsIn = new Map<string, Map<string, EntityMention[]>>();
  const sourcesOf = new Map<string, Set<string>>();
  // key (a word "w:…" or a spelling key "s:…") → source → the roots it holds that are named there, in root order:
  // a single name looks up only the holders of its own source, not every holder of the word across the run
  const holdersHere = new Map<string, Map<string, string[]>>();
  const keysOf = new Map<string, string[]>();
  const rank = new Map(roots.map((r, i) => [r, i]));
  const nameHere = (r: string, source: string) => {
    for (const k of keysOf.get(r)!) {
      const bySource = holdersHere.get(k) ?? holdersHere.set(k, new Map()).get(k)!;
      const list = bySource.get(source) ?? bySource.set(source, []).get(source)!;
      if (list.includes(r)) continue;
      let i = list.length;
      while (i > 0 && rank.get(list[i - 1]!)! > rank.get(r)!) i--;
      list.splice(i, 0, r);
    }
  };
  for (const r of roots) {
    const list = byRoot.get(r)!;
    const words = new Set(list.flatMap((m) => nameWords(m.name).map(foldName)));
    const spellings = new Set(list.flatMap((m) => nameWords(m.name).filter((x) => x.length >= 5).map(spellingKey)));
    for (const w of words) pushTo(holdersOf, w, r);
    for (const w of spellings) pushTo(holdersBySpelling, w, r);
    keysOf.set(r, [...[...words].map((w) => `w:${w}`), ...[...spellings].map((k) => `s:${k}`)]);
    const bySource = new Map<string, EntityMention[]>();
    for (const m of list) pushTo(bySource, m.mention.source, m);
    fullsIn.set(r, bySource);
    sourcesOf.set(r, new Set(bySource.keys()));
    for (const source of bySource.keys()) nameHere(r, source);
    work.count += list.length;
  }
  const own = new Map<string, EntityMention[]>();
  for (const m of singles) {
    const w = foldName(m.name);
    const byWord = holdersOf.get(w);
    const key = byWord ? `w:${w}` : w.length >= 5 && holdersBySpelling.has(spellingKey(w)) ? `s:${spellingKey(w)}` : null;
    const holders = byWord ?? (key ? holdersBySpelling.get(spellingKey(w))! : []);
    const here = key ? holdersHere.get(key)?.get(m.mention.source) ?? [] : [];
    work.count += here.length + 1;
    const pick = here.length === 1 ? here[0] : here.length === 0 && holders.length === 1 ? holders[0] : here.length > 1 ? nearest(fullsIn, here, m, work) : undefined;
    if (pick) {
      byRoot.get(pick)!.push(m);
      if (!sourcesOf.get(pick)!.has(m.mention.source)) {
        sourcesOf.get(pick)!.add(m.mention.source);
        nameHere(pick, m.mention.source);
      }
    } else if (here.length > 1) continue; // two people of that name in the article, neither clearly meant: say nothing
    else pushTo(own, w, m);
  }
  const out: Group[] = roots.map((r) => ({ key: foldName(r), ms: byRoot.get(r)!, canonical: null }));
  for (const [w, list] of [...own.entries()].sort((a, b) => cmp(a[0], b[0]))) out.push({ key: w, ms: list, canonical: null });
  return out;
}

/** The fullest form: the lexicon's name when the texts use it, else the form with most words, then the most used. */
function chooseName(g: Group, place = false): string {
  const counts = new Map<string, number>();
  for (const m of g.ms) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const forms = [...counts.keys()];
  if (g.canonical && forms.some((f) => foldName(f) === foldName(g.canonical!))) return g.canonical;
  const properCase = (f: string) => (f === f.toUpperCase() && !ACRONYM_RE.test(f) ? 0 : f === f.toLowerCase() ? 0 : 1);
  // a place's proper name before a description of it ("Vostochny Cosmodrome", not "Vostochny space launch facility")
  const described = (f: string) => (place && nameWords(f).slice(1).some((w) => /^\p{Ll}/u.test(w) && !SMALL.has(w)) ? 1 : 0);
  forms.sort((a, b) => described(a) - described(b) || nameWords(b).length - nameWords(a).length || properCase(b) - properCase(a) || counts.get(b)! - counts.get(a)! || b.length - a.length || cmp(a, b));
  return forms[0]!;
}

/** Titles without case-only variants ("Chinese president" / "Chinese President"): the capitalised one is kept. */
function titlesOf(ms: readonly EntityMention[]): string[] {
  const byKey = new Map<string, string>();
  for (const t of uniqSorted(ms.flatMap((m) => m.titles))) {
    const k = t.toLowerCase();
    const had = byKey.get(k);
    if (!had || (had < t ? had : t) === t) byKey.set(k, had && had < t ? had : t);
  }
  return uniqSorted(byKey.values());
}

const KIND_ORDER: PlaceKind[] = ['country', 'city', 'region', 'venue', 'body-of-water', 'other'];

function toEntity(g: Group, taken: Set<string>, place: boolean): Entity {
  const name = chooseName(g, place);
  const seen = new Set([foldName(name)]);
  const aliases: string[] = [];
  for (const f of uniqSorted(g.ms.map((m) => m.name))) {
    const k = foldName(f);
    if (seen.has(k)) continue;
    seen.add(k);
    aliases.push(f);
  }
  const mentions = [...new Map(g.ms.map((m) => [`${m.mention.source}|${m.mention.start}|${m.mention.end}`, m.mention])).values()].sort(byPosition);
  const e: Entity = {
    id: uniqueId(slug(name), taken),
    name,
    aliases,
    titles: titlesOf(g.ms),
    sources: uniqSorted(g.ms.map((m) => m.mention.source)),
    mentions,
  };
  if (place) {
    const votes = new Map<PlaceKind, number>();
    for (const m of g.ms) if (m.kind) votes.set(m.kind, (votes.get(m.kind) ?? 0) + 1);
    const kinds = [...votes.entries()].sort((a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]));
    e.kind = kinds[0]?.[0] ?? 'other';
  }
  return e;
}

const byMentions = (a: Entity, b: Entity) => b.mentions.length - a.mentions.length || cmp(a.id, b.id);

/** Work done by `linkEntities` (candidates looked at, index entries made), for tests: it grows with the input, not its square. */
export interface LinkWork {
  count: number;
}

/** What linking reads of an extraction: its entity mentions, and its event mentions and source when there are any. */
export type LinkInput = Pick<Extraction, 'entities'> & Partial<Pick<Extraction, 'events' | 'doc'>>;

export function linkEntities(extractions: readonly LinkInput[], work: LinkWork = { count: 0 }): LinkedEntities {
  const all = extractions.flatMap((x) => x.entities);
  const taken = new Set<string>();
  const people = groupPeople(all.filter((m) => m.type === 'person'), work).map((g) => toEntity(g, taken, false)).sort(byMentions);
  // the words of people's names: a venue named after a person ("Trump Tower") is not linked by that word
  const personWords = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => nameWords(foldName(n)))));
  const personOf = new Map<string, string>();
  for (const p of people) for (const m of p.mentions) personOf.set(mentionKey(m), p.id);
  const places = groupNamed(all.filter((m) => m.type === 'place'), work, personWords, meetingVenues(extractions, personOf)).map((g) => toEntity(g, taken, true)).sort(byMentions);
  const organizations = groupNamed(all.filter((m) => m.type === 'organization'), work).map((g) => toEntity(g, taken, false)).sort(byMentions);
  return { people, places, organizations };
}
