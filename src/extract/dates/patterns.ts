// Regex building blocks for date rules (sources only; rules.ts compiles them once).
import { DAY_WORD_RE, MONTH_RE, WEEKDAY_RE } from '../lexicon/calendar.js';

/** A day number "17", "17th", "1st", not followed by another digit or a clock time ("13:30"); "September 13:" is a day. */
export const D = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)`;
/** A spelled-out day: "eleventh", "twenty second". */
export const DW = `(${DAY_WORD_RE})`;
/** A day as a number or a word. */
export const DD = String.raw`(?:(\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)|${DW})`;
/** A four-digit year 1600–2199. */
export const Y = String.raw`((?:1[6-9]|20|21)\d\d)(?!\d)`;
/** Between a day and its year: ", " / " " / " of " / " in ". */
export const YSEP = String.raw`(?:\s*,\s*|\s+(?:of\s+|in\s+)?)`;
export const MON = `(${MONTH_RE})`;
export const FULL_MONTHS = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** The same names, captured by no group (for a lookahead). */
export const MONTH_NAMES = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const WD = `(${WEEKDAY_RE})`;
/** Range joiners inside one expression. */
export const TO = String.raw`\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b)\s*`;
/** Prepositions that make a bare month name a date ("in March", "since September"). */
export const MONTH_PREP =
  String.raw`(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Tt]hroughout|[Ii]n early|[Ii]n late|[Ii]n mid)[\s-])`;
/** Words that make a weekday part of a name ("Black Friday", "Super Tuesday"). */
export const WEEKDAY_NAME_BEFORE =
  String.raw`(?<!\b(?:Black|Good|Super|Ash|Cyber|Bloody|Holy|Easter|Palm|Maundy|Shrove|Giving|Blue|Small Business)\s)`;
/** Number words used with "ago" and "from now". */
export const COUNT_WORD =
  String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a\s+few|a\s+couple\s+of|several|(?<![\d,.])\d{1,3}(?:,\d{3})*)`;
/** Qualifiers that make an offset approximate ("more than a decade ago"). */
export const APPROX_WORD =
  String.raw`(?:more\s+than|over|nearly|almost|about|around|roughly|some|less\s+than|at\s+least|well\s+over|just\s+over|just\s+under|under|just|only|barely|exactly)`;
export const UNIT_WORD = String.raw`(day|week|month|year|decade|centur(?:y|ie))s?`;

// Where matches begin (a rule's `at`, see rule.ts): the words the patterns above start with.
/** The first words of a spelled-out day (DW): "twenty second", "eleventh". */
export const DW_AT = [
  'twenty', 'thirty', 'twentieth', 'thirtieth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
] as const;
/** The first words of COUNT_WORD ("a few", "a couple of" begin with "a"). */
export const COUNT_AT = [
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'fifty', 'several',
] as const;
/** The first words of APPROX_WORD. */
export const APPROX_AT = [
  'more', 'over', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'less', 'at', 'well', 'just', 'under', 'only', 'barely', 'exactly',
] as const;
