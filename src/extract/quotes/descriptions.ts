// Whether a description ("the Prime Minister", "the Chinese president", "the Kremlin leader", "the foreign minister")
// fits a person, given the titles the article gives that person ("Prime Minister", "China's President").
//
// A description is a head title and qualifiers. The head must be among the person's titles (with "leader" standing
// for any head of state or government, "premier" for a prime minister; "the president" is not a vice president).
// A nationality qualifier must name the person's country in any form (demonym, name, "Kremlin" for Russia); a
// portfolio qualifier ("foreign", "finance") must be among the titles. Other words ("visiting", "host") are ignored.
import { COUNTRIES } from '../lexicon/generated/COUNTRIES.js';
import { hasWholeWord } from '../../core/text.js';
import { PORTFOLIO_WORDS } from '../lexicon/titles.js';

/** Head words of a description → what fits them in a title (regex sources, matched on lower-case title text). */
const HEAD_FITS = [
  ['prime minister', ['prime minister', 'premier']],
  ['premier', ['premier', 'prime minister']],
  ['president', ['(?<!vice[ -])(?<!deputy )president']],
  ['leader', ['(?<!vice[ -])(?<!deputy )president', 'prime minister', 'premier', 'chancellor', 'chairman', 'leader', 'king', 'queen', 'emir', 'sultan', 'supreme leader', 'head of state']],
  ['minister', ['(?<!prime )minister']],
  ['chancellor', ['chancellor']],
  ['spokesman', ['spokes(?:man|woman|person)']],
  ['spokeswoman', ['spokes(?:man|woman|person)']],
  ['spokesperson', ['spokes(?:man|woman|person)']],
  ['chairman', ['chairman', 'chairwoman', 'chairperson', 'chair']],
  ['ambassador', ['ambassador']],
  ['official', ['official']],
  ['secretary', ['secretary']],
  ['king', ['king']],
  ['queen', ['queen']],
  ['emir', ['emir']],
] as const;

const HEAD_RES: ReadonlyArray<readonly [string, RegExp]> = HEAD_FITS.map(([head, fits]) => [head, new RegExp(`\\b(?:${fits.join('|')})\\b`)] as const);

/** Seats of government that stand for their country in descriptions ("the Kremlin leader"). World knowledge. */
const SEATS = [
  ['kremlin', 'RU'], ['white house', 'US'], ['elysee', 'FR'], ['élysée', 'FR'], ['downing street', 'GB'],
  ['zhongnanhai', 'CN'], ['blue house', 'KR'], ['quirinale', 'IT'], ['planalto', 'BR'],
] as const;

/** Other written forms of a few countries' names (abbreviations the generated lexicon lacks). */
const EXTRA_FORMS = { US: ['u.s.', 'us', 'america', 'u.s.a.'], GB: ['uk', 'u.k.', 'britain'], AE: ['uae', 'u.a.e.'] } as const;

interface Nation {
  code: string;
  forms: string[];
}

function nationTable(): ReadonlyMap<string, Nation> {
  const table = new Map<string, Nation>();
  for (const c of COUNTRIES) {
    const extra: readonly string[] = (EXTRA_FORMS as Record<string, readonly string[]>)[c.code] ?? [];
    const demonyms = c.demonym.split(/,\s*/).filter(Boolean);
    const forms = [c.name, ...c.alt, ...demonyms, ...extra].map((f) => f.toLowerCase());
    const nation = { code: c.code, forms };
    for (const f of forms) if (!table.has(f)) table.set(f, nation);
  }
  for (const [seat, code] of SEATS) {
    const n = [...table.values()].find((x) => x.code === code);
    if (n) table.set(seat, n);
  }
  return table;
}
const NATIONS = nationTable();
const PORTFOLIO = new Set<string>(PORTFOLIO_WORDS);
const IGNORED = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'country', "country's", 'nation', "nation's"]);

export interface Description {
  head: RegExp | null;
  nations: Nation[];
  portfolio: string[];
}

/** "the Chinese president" → head president, nation China. */
export function parseDescription(description: string): Description {
  const full = description.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
  // "the president of the russian federation": the complement qualifies like a nationality before the head
  const of = / of (?:the )?(.+)$/.exec(full);
  const text = of ? full.slice(0, of.index) : full;
  let rest = text;
  let head: RegExp | null = null;
  for (const [h, re] of HEAD_RES) {
    if (rest === h || rest.endsWith(` ${h}`)) {
      head = re;
      rest = rest.slice(0, rest.length - h.length).trim();
      break;
    }
  }
  const words = rest.split(' ').filter((w) => w && !IGNORED.has(w)).map((w) => w.replace(/'s$/, ''));
  const complement = of ? NATIONS.get(of[1]!) : undefined;
  const nations: Nation[] = [];
  const portfolio: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? NATIONS.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (pair) {
      nations.push(pair);
      i++;
      continue;
    }
    const n = NATIONS.get(words[i]!);
    if (n) nations.push(n);
    else if (PORTFOLIO.has(words[i]!)) portfolio.push(words[i]!);
  }
  if (complement) nations.push(complement);
  else if (of) portfolio.push(...of[1]!.split(' ').filter((w) => PORTFOLIO.has(w)));
  return { head, nations, portfolio };
}

/** Whether a person whose titles (and apposition words) read `titleText` fits the description. */
export function fitsDescription(d: Description, titleText: string): boolean {
  const t = titleText.toLowerCase().replace(/[’]/g, "'");
  if (!d.head || !d.head.test(t)) return false;
  if (!d.nations.every((n) => n.forms.some((f) => hasWholeWord(t, f)) || SEATS.some(([s, c]) => c === n.code && hasWholeWord(t, s)))) return false;
  return d.portfolio.every((w) => hasWholeWord(t, w));
}
