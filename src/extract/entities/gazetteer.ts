// One lookup table over the world-knowledge lexicons: countries, cities, regions, organizations.
// Built once at module load from `as const` data; read-only afterwards.
import type { EntityType, PlaceKind } from '../../core/types.js';
import { CITIES } from '../lexicon/generated/CITIES.js';
import { COUNTRIES } from '../lexicon/generated/COUNTRIES.js';
import { SUBDIVISIONS } from '../lexicon/generated/SUBDIVISIONS.js';
import { TOWNS } from '../lexicon/generated/TOWNS.js';
import { WORLD_REGIONS } from '../lexicon/generated/WORLD_REGIONS.js';
import { AIRLINES } from '../lexicon/generated/AIRLINES.js';
import { FAMILY_NAMES_FIRST, LEADER_SHORT_FORMS, WELL_KNOWN_LEADERS } from '../lexicon/people.js';
import { PERSON_NAMES } from '../lexicon/generated/PERSON_NAMES.js';
import { COMPANIES, GOVERNMENT_BODIES, INTERNATIONAL_ORGS, MEDIA, MOVEMENTS } from '../lexicon/organizations.js';
import { NON_ENTITIES, PLACE_ALIASES, REGIONS, ROUTES, VENUES, WATERS } from '../lexicon/places.js';
import { CITY_STOPWORDS, EXTRA_DEMONYMS, SUBDIVISION_COUNTRIES, SUBDIVISION_STOPWORDS } from '../lexicon/demonyms.js';
import { fold } from '../../core/text.js';

export interface GazEntry {
  type: Exclude<EntityType, 'person'>;
  kind?: PlaceKind;
  /** the canonical name every alias links to */
  canonical: string;
  /** the form as the lexicon spells it */
  form: string;
  /** a city that is not a capital (such names are often also first names: Vladimir, Florence) */
  minorCity?: boolean;
}

/** Printable ASCII but the backquote, in words with single spaces between them. */
const PLAIN_KEY_RE = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;

/** The last key computed: callers often ask for the same words twice in a row (isDemonym, then lookup). */
let lastOf = '';
let lastKey = '';

/** Lookup key: apostrophes unified, lower case, single spaces. */
export function key(s: string): string {
  if (s === lastOf) return lastKey;
  // ASCII words, single spaces: the steps below change nothing else
  const k = PLAIN_KEY_RE.test(s) ? s.toLowerCase() : s.normalize('NFC').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
  lastOf = s;
  lastKey = k;
  return k;
}

function build(): { table: Map<string, GazEntry>; demonyms: Set<string>; nonEntities: Set<string>; maxLen: number; prefixSet: Set<string> } {
  const table = new Map<string, GazEntry>();
  const prefixSet = new Set<string>();
  const prefixes = (form: string) => {
    const ws = key(form).split(' ');
    for (let i = 1; i < ws.length; i++) prefixSet.add(ws.slice(0, i).join(' '));
  };
  const put = (form: string, e: Omit<GazEntry, 'form'>, override = false) => {
    const k = key(form);
    if (!k || (table.has(k) && !override)) return;
    table.set(k, { ...e, form });
    prefixes(form);
  };
  // the most specific lists first; later lists do not override
  for (const o of [...INTERNATIONAL_ORGS, ...GOVERNMENT_BODIES, ...MEDIA, ...MOVEMENTS, ...COMPANIES]) {
    for (const f of [o.name, ...o.aliases]) put(f, { type: 'organization', canonical: o.name });
  }
  for (const a of AIRLINES.split('|')) put(a, { type: 'organization', canonical: a });
  for (const p of [...PLACE_ALIASES, ...VENUES, ...WATERS, ...ROUTES, ...REGIONS]) {
    for (const f of [p.name, ...p.aliases]) put(f, { type: 'place', kind: p.kind, canonical: p.name });
  }
  // a country the lexicon's own entries name otherwise ("DR Congo" is "Democratic Republic of the Congo"): all its
  // forms link to that entry's name
  const aliasOf = new Map<string, string>();
  for (const p of PLACE_ALIASES) for (const f of [p.name, ...p.aliases]) aliasOf.set(key(f), p.name);
  for (const c of COUNTRIES) {
    // territories that are not independent states are regions (Taiwan, Hong Kong, Puerto Rico)
    const kind: PlaceKind = c.independent ? 'country' : 'region';
    const canonical = aliasOf.get(key(c.name)) ?? aliasOf.get(key(c.official)) ?? c.name;
    for (const f of [c.name, c.official, ...c.alt]) put(f, { type: 'place', kind, canonical });
    if (c.capital) put(c.capital, { type: 'place', kind: 'city', canonical: c.capital });
    for (const f of [c.name, c.official, ...c.alt]) prefixes(f);
  }
  const stop = new Set<string>(CITY_STOPWORDS);
  for (const c of CITIES) if (!stop.has(c.name)) put(c.name, { type: 'place', kind: 'city', canonical: c.name, ...(c.capital ? {} : { minorCity: true }) });
  // states and provinces come last: a country or city of the same name wins (Georgia, New York, Washington)
  const subCountries = new Set<string>(SUBDIVISION_COUNTRIES);
  const subStop = new Set<string>(SUBDIVISION_STOPWORDS);
  for (const d of SUBDIVISIONS) {
    if (subCountries.has(d.country) && !stop.has(d.name) && !subStop.has(d.name)) put(d.name, { type: 'place', kind: 'region', canonical: d.name });
  }
  for (const r of WORLD_REGIONS.split('|')) if (!stop.has(r) && !subStop.has(r)) put(r, { type: 'place', kind: 'region', canonical: r });
  const demonyms = new Set<string>();
  for (const c of COUNTRIES) for (const d of (c.demonym ?? '').split(/,\s*/)) if (d) demonyms.add(key(d));
  for (const d of EXTRA_DEMONYMS) demonyms.add(key(d));
  for (const d of [...demonyms]) {
    demonyms.add(d.endsWith('s') ? d : `${d}s`);
    if (d.endsWith('ese') || d.endsWith('ss')) demonyms.add(d);
  }
  // a nationality word is never a place name on its own ("Saudi Crown Prince" is no mention of Saudi Arabia)
  // (the short name of an ocean or sea stays: "the Pacific", "the Baltic")
  for (const [k, e] of [...table]) if (demonyms.has(k) && key(e.canonical) !== k && e.kind !== 'body-of-water') table.delete(k);
  const nonEntities = new Set<string>(NON_ENTITIES.map(key));
  let maxLen = 1;
  for (const k of table.keys()) maxLen = Math.max(maxLen, k.split(' ').length);
  return { table, demonyms, nonEntities, maxLen, prefixSet };
}

const GAZ = build();

export const MAX_GAZ_TOKENS = GAZ.maxLen;

/** The lexicon entry for a surface form, honouring case: an exact spelling, an all-caps line ("CHINA"),
 *  or a capitalised acronym ("Cctv" for CCTV) of four letters or more. */
export function lookup(surface: string, allCaps = false): GazEntry | null {
  const e = GAZ.table.get(key(surface));
  if (!e) return null;
  const s = surface.replace(/[’‘`]/g, "'");
  const f = e.form.replace(/[’‘`]/g, "'");
  if (s === f) return e;
  if (/^the /.test(s) && s.slice(4) === f.slice(4)) return e; // "the Hague"
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (allCaps && letters === letters.toUpperCase() && (letters.length >= 4 || f === f.toUpperCase())) return e;
  if (f === f.toUpperCase() && f.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(s)) return e; // Cctv, Nato
  return null;
}

/** "Chinese", "Russians", "South African", "Middle Eastern": nationality words, never entities on their own. */
export function isDemonym(surface: string): boolean {
  return GAZ.demonyms.has(key(surface));
}

/** Collective notions and peoples ("the West", "Global South", "Palestinians"). */
export function isNonEntity(surface: string): boolean {
  return GAZ.nonEntities.has(key(surface));
}

/** True when some multi-word lexicon name starts with these words ("People's" → "People's Republic of China"). */
export function isNamePrefix(surface: string): boolean {
  return GAZ.prefixSet.has(key(surface));
}

const TOWN_SET: ReadonlySet<string> = new Set(TOWNS.split('|').filter((t) => !(CITY_STOPWORDS as readonly string[]).includes(t)));

/** A town of 10,000 people or more, by its exact spelling ("Woodside"): a place only where the text says so. */
export function isTown(surface: string): boolean {
  return TOWN_SET.has(surface.replace(/’/g, "'"));
}

/** Name key of a person: accents, case, hyphens and dots do not count ("Kim Jong-un" = "KIM JONG UN"). */
const personKey = (s: string) => fold(s).replace(/[.]/g, '').replace(/[\s-]+/g, ' ').trim();
const LEADERS: ReadonlySet<string> = new Set(WELL_KNOWN_LEADERS.flatMap((e) => [e.name, ...e.variants]).map(personKey));
export const MAX_LEADER_TOKENS = Math.max(...WELL_KNOWN_LEADERS.flatMap((e) => [e.name, ...e.variants]).map((n) => n.split(/\s+/).length));

/**
 * Short forms of well-known leaders: the last word of each name and variant ("Modi", "Erdogan", "Erdoğan"), unless it
 * is a family name written first in its tradition (then LEADER_SHORT_FORMS says which: "Xi"), shorter than three
 * letters, or the short form of two leaders; plus LEADER_SHORT_FORMS. Folded.
 */
const FAMILY_FIRST: ReadonlySet<string> = new Set(FAMILY_NAMES_FIRST);
const LEADER_SHORT: ReadonlySet<string> = (() => {
  const owners = new Map<string, Set<string>>();
  for (const e of WELL_KNOWN_LEADERS) {
    for (const n of [e.name, ...e.variants]) {
      const ws = n.replace(/\.$/, '').split(/\s+/);
      const last = ws.at(-1)!.replace(/^(?:el|al)-/i, '');
      if (ws.length < 2 || FAMILY_FIRST.has(ws[0]!) || last.length < 3 || !/^\p{Lu}\p{Ll}/u.test(last) || /^Jr$/.test(last)) continue;
      (owners.get(fold(last)) ?? owners.set(fold(last), new Set()).get(fold(last))!).add(e.name);
    }
  }
  const out = new Set([...owners].filter(([, who]) => who.size === 1).map(([k]) => k));
  for (const k of Object.keys(LEADER_SHORT_FORMS)) out.add(fold(k));
  return out;
})();

/** A well-known leader's short form alone ("Modi", "Lula", "Xi"), capitalised as a name. */
export function isLeaderShortForm(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && LEADER_SHORT.has(fold(word));
}

/** A well-known leader written in full ("Xi Jinping", "Kim Jong-un", "RECEP TAYYIP ERDOGAN"). */
export function isLeaderName(surface: string): boolean {
  return LEADERS.has(personKey(surface));
}

const FIRST_NAMES: ReadonlySet<string> = new Set(PERSON_NAMES.first.split('|'));
const SURNAMES: ReadonlySet<string> = new Set(PERSON_NAMES.last.split('|'));
const nameKey = fold;

/** A capitalised word that is a first name ("Yevgeny", "Connor"); lower-case words never are. */
export function isFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && FIRST_NAMES.has(nameKey(word));
}

/** A capitalised word that is a surname or a one-word famous name ("Gandhi", "Putin"). */
export function isSurname(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && SURNAMES.has(nameKey(word));
}

/** A family name of a tradition that writes it first ("Wang" in "Wang Wentao", "Choe" in "Choe Son Hui"). */
export function isFamilyNameFirst(word: string): boolean {
  return FAMILY_FIRST.has(word);
}
