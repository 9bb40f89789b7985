// Sets over the word lexicons, built once; the entity rules ask these questions of a token.
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { NON_ORG_ACRONYMS, ORG_HEADS, ORG_NOUNS, PLATFORM_NOUNS } from '../lexicon/organizations.js';
import { NAMED_PLACE_WORDS, OTHER_PLACE_HEADS, PLACE_WORDS, VENUE_HEADS, VENUE_LEADS, VENUE_WORDS, WATER_HEADS } from '../lexicon/places.js';
import { PERSON_ROLES, PORTFOLIO_WORDS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { ADJECTIVE_WORDS, EVENT_HEADS, FUNCTION_WORDS, SENTENCE_START_WORDS } from '../lexicon/words.js';

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** Single words that end a title ("minister", "president", "spokesman", "chief"). */
export const TITLE_HEAD_WORDS = lower(TITLE_HEADS.map((t) => t.split(' ').pop()!));
/** Words that may stand inside a title phrase before its head. */
export const TITLE_INNER_WORDS = lower([...TITLE_MODIFIERS, ...TITLE_HEADS.flatMap((t) => t.split(' ').slice(0, -1))]);
export const ROLE_WORDS = lower(PERSON_ROLES);
/** Words of a portfolio after "Minister of" ("Natural Resources", "Foreign Affairs", "State"). */
export const PORTFOLIO = lower(PORTFOLIO_WORDS);
export const ORG_NOUN_WORDS = lower(ORG_NOUNS);
export const SPEECH = lower(SPEECH_VERBS);
export const FUNCTION = lower(FUNCTION_WORDS);
export const START_WORD = lower(SENTENCE_START_WORDS);
export const CALENDAR = new Set<string>([
  ...MONTHS, ...WEEKDAYS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'christmas', 'easter', 'ramadan',
]);
export const EVENT = new Set<string>(EVENT_HEADS);
/** Last words of company names beyond the shared lexicon's organization heads ("Enskilda Securities", "Tata Motors",
 *  "Nokia Oyj", "Barclays Plc"). */
export const COMPANY_HEADS = [
  'Securities', 'Capital', 'Partners', 'Motors', 'Motor', 'Industries', 'Systems', 'Technologies', 'Investments',
  'Pharmaceuticals', 'Petroleum', 'Telecom', 'Telecommunications', 'Plc', 'PLC', 'AG', 'NV', 'GmbH', 'ASA', 'Oyj',
  'SpA', 'Bancorp', 'Insurance', 'Enterprises', 'Electronics', 'Chemicals', 'Airline', 'Shipping', 'Brewery',
] as const;
export const ORG_HEAD = new Set<string>([...ORG_HEADS, ...COMPANY_HEADS]);
/** Lower-case nouns that name an organization's kind right before its name ("the daily Aftenposten", "carmaker
 *  Volvo", "Norwegian metals group Norsk Hydro") or right after it ("the Kommersant newspaper", "the Labour party"). */
export const ORG_KIND_BEFORE = new Set<string>([
  'company', 'firm', 'group', 'conglomerate', 'carmaker', 'automaker', 'airline', 'carrier', 'bank', 'lender', 'insurer',
  'brokerage', 'retailer', 'broadcaster', 'newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'agency', 'club',
  'chipmaker', 'miner', 'refiner', 'producer', 'manufacturer', 'publisher', 'operator', 'giant', 'outlet', 'network',
  'newsletter', 'website', 'watchdog', 'regulator', 'party',
]);
export const ORG_KIND_AFTER = new Set<string>([
  'newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'broadcaster', 'agency', 'group', 'company', 'conglomerate',
  'party', 'club', 'newsletter', 'radio', 'television', 'tv',
]);
/** Market words around a company's name: "shares of X", "a stake in X", "X shares rose". */
export const SHARE_WORDS = new Set<string>(['shares', 'stake', 'stocks', 'stock', 'bonds']);
export const MARKET_MOVES = new Set<string>([
  'rose', 'fell', 'gained', 'lost', 'dropped', 'jumped', 'slid', 'climbed', 'surged', 'tumbled', 'eased', 'firmed',
  'closed', 'ended', 'opened', 'slipped', 'rallied', 'plunged', 'soared', 'were', 'have', 'had', 'are',
]);
export const VENUE_HEAD = new Set<string>(VENUE_HEADS);
export const WATER_HEAD = new Set<string>(WATER_HEADS);
export const OTHER_HEAD = new Set<string>(OTHER_PLACE_HEADS);
export const REGION_LIKE_HEADS = new Set<string>(['Province', 'Region', 'Oblast', 'Krai', 'Prefecture', 'County', 'Territory', 'Territories', 'Peninsula', 'Island', 'Islands', 'Area', 'Coast']);
export const NAMED_PLACE_WORD = new Set<string>(NAMED_PLACE_WORDS);
export const VENUE_LEAD = new Set<string>(VENUE_LEADS);
export const VENUE_WORD = new Set<string>(VENUE_WORDS);
export const PLACE_WORD = new Set<string>(PLACE_WORDS);
export const NON_ORG_ACRONYM = new Set<string>(NON_ORG_ACRONYMS);
export const PLATFORM_NOUN = new Set<string>(PLATFORM_NOUNS);
/** "Communist", "Republican": adjectives that are no name on their own. */
export const ADJECTIVE = new Set<string>(ADJECTIVE_WORDS);
/** Heads of media names that also stand after "The" alone ("The Times", "The Guardian"). */
export const MEDIA_HEAD = new Set<string>(['Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Guardian', 'Independent', 'Economist', 'Observer', 'Hindu', 'Daily']);

export function isTitleWord(w: string): boolean {
  const l = w.toLowerCase();
  return TITLE_HEAD_WORDS.has(l) || TITLE_INNER_WORDS.has(l);
}
