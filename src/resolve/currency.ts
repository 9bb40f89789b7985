// Currency forms → ISO 4217 codes. Pure: "$" → USD, "US$" → USD, "HK$" → HKD, "€" → EUR, "RMB" → CNY,
// "US dollars" → USD, "Canadian dollars" → CAD, "yuan" → CNY, "rubles" → RUB, "cents" → USD (÷100).
import { COUNTRIES } from '../extract/lexicon/generated/COUNTRIES.js';
import { CURRENCIES } from '../extract/lexicon/generated/CURRENCIES.js';
import { CURRENCY_FORMS } from '../extract/lexicon/generated/CURRENCY_FORMS.js';
import {
  CODE_ALIASES, CODES_THAT_ARE_WORDS, DOLLAR_PREFIXES, QUALIFIER_CODES, SUBUNITS, SYMBOL_DEFAULTS, WORD_DEFAULTS, WORD_VARIANTS,
} from '../extract/lexicon/currencies.js';

const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(o, k);

const WORD_CODES = new Set<string>(CODES_THAT_ARE_WORDS);
const ISO = new Set<string>(CURRENCIES.map((c) => c.code).filter((c) => !WORD_CODES.has(c)));

/** Currency signs that name exactly one currency in the generated forms ("₹", "₽", "€", "R$" …). */
const UNIQUE_SYMBOLS: ReadonlyMap<string, string> = (() => {
  const by = new Map<string, Set<string>>();
  for (const f of CURRENCY_FORMS) for (const s of f.symbols) (by.get(s) ?? by.set(s, new Set()).get(s)!).add(f.code);
  const out = new Map<string, string>();
  for (const [s, codes] of by) if (codes.size === 1 && /[\p{Sc}]/u.test(s)) out.set(s, [...codes][0]!);
  return out;
})();

/** "chinese yuan" → CNY, "hong kong dollar" → HKD: full currency names from the generated forms. */
const NAMES: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const f of CURRENCY_FORMS) for (const n of f.names) out.set(n.toLowerCase(), f.code);
  return out;
})();

/** Country names and demonyms → ISO 3166 alpha-2 ("Canadian" → CA, "Hong Kong" → HK). */
const COUNTRY_OF: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const c of COUNTRIES) {
    out.set(c.name.toLowerCase(), c.code);
    if (c.demonym) for (const d of c.demonym.split(/,\s*/)) out.set(d.toLowerCase(), c.code);
  }
  for (const [k, v] of Object.entries(QUALIFIER_CODES)) out.set(k, v);
  return out;
})();

const CURRENCIES_OF: ReadonlyMap<string, readonly string[]> = new Map(COUNTRIES.map((c) => [c.code, c.currencies]));

/** All symbols the resolver knows, for building the money regex (longest first). */
export function currencySymbols(): string[] {
  return [...new Set([...UNIQUE_SYMBOLS.keys(), ...Object.keys(SYMBOL_DEFAULTS)])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** All currency words the resolver knows (singular and plural), for the money regex. */
export function currencyWords(): string[] {
  const ws = new Set<string>();
  for (const w of Object.keys(WORD_DEFAULTS)) {
    ws.add(w);
    if (!/(?:yuan|yen|rand|won|renminbi|rmb|sterling|baht|dong|birr|taka|som|kip|tenge|manat)$/.test(w)) ws.add(`${w}s`);
  }
  for (const w of Object.keys(WORD_VARIANTS)) ws.add(w);
  return [...ws].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

export interface CurrencyResolution {
  code: string;
  /** 0.01 for "cents", "pence"; 1 otherwise */
  factor: number;
  /** the qualifier before a currency word was understood ("Canadian", "US", "dutch") */
  qualified?: boolean;
  step: string;
}

/** A currency sign, optionally with letters before "$": "$", "US$", "C$", "€", "₹". */
export function resolveSymbol(sign: string): CurrencyResolution | null {
  const s = sign.replace(/\s+/g, '');
  const m = /^([A-Za-z.]+)\$$/.exec(s);
  if (m) {
    const p = m[1]!.toLowerCase();
    if (has(DOLLAR_PREFIXES, p)) return { code: DOLLAR_PREFIXES[p], factor: 1, step: `"${sign}" → ${DOLLAR_PREFIXES[p]}` };
    return null;
  }
  const u = UNIQUE_SYMBOLS.get(s);
  if (u) return { code: u, factor: 1, step: `"${s}" → ${u}` };
  if (has(SYMBOL_DEFAULTS, s)) {
    const code = SYMBOL_DEFAULTS[s];
    return { code, factor: 1, step: `"${s}" alone → ${code} (usual reading)` };
  }
  return null;
}

/** A three-letter code written in text: "USD", "CNY", "RMB". */
export function resolveCode(code: string): CurrencyResolution | null {
  const c = code.toUpperCase();
  if (has(CODE_ALIASES, c)) return { code: CODE_ALIASES[c], factor: 1, step: `"${code}" → ${CODE_ALIASES[c]}` };
  return ISO.has(c) && code === c ? { code: c, factor: 1, step: `ISO code ${c}` } : null;
}

function singular(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (has(WORD_VARIANTS, w)) return WORD_VARIANTS[w];
  if (has(WORD_DEFAULTS, w)) return w;
  if (w.endsWith('s') && has(WORD_DEFAULTS, w.slice(0, -1))) return w.slice(0, -1);
  return w;
}

/**
 * A currency word with an optional qualifier before it: ("US", "dollars") → USD, ("Canadian", "dollar") → CAD,
 * (null, "yuan") → CNY, ("Swiss", "francs") → CHF, (null, "cents") → USD × 0.01.
 */
export function resolveWord(qualifier: string | null, word: string): CurrencyResolution | null {
  const lw = word.toLowerCase();
  if (has(SUBUNITS, lw)) return { code: SUBUNITS[lw], factor: 0.01, step: `"${word}" = 1/100 ${SUBUNITS[lw]}` };
  const base = singular(word);
  if (qualifier) {
    const q = qualifier.toLowerCase().replace(/\s+/g, ' ');
    const full = NAMES.get(`${q} ${base}`) ?? (has(WORD_DEFAULTS, `${q} ${base}`) ? WORD_DEFAULTS[`${q} ${base}` as keyof typeof WORD_DEFAULTS] : undefined);
    if (full) return { code: full, factor: 1, step: `"${qualifier} ${word}" → ${full}`, qualified: true };
    const country = COUNTRY_OF.get(q);
    if (country) {
      const codes = CURRENCIES_OF.get(country) ?? [];
      const named = codes.find((c) => CURRENCY_FORMS.some((f) => f.code === c && f.names.some((n) => n.toLowerCase().endsWith(base))));
      if (named) return { code: named, factor: 1, step: `"${qualifier} ${word}": ${base} of ${country} → ${named}`, qualified: true };
      // a former currency of that country ("Finnish markka", "Dutch guilders")
      if (has(WORD_DEFAULTS, base)) return { code: WORD_DEFAULTS[base], factor: 1, step: `"${qualifier} ${word}" → ${WORD_DEFAULTS[base]}`, qualified: true };
    }
  }
  if (has(WORD_DEFAULTS, base)) {
    const code = WORD_DEFAULTS[base];
    return { code, factor: 1, step: `"${word}" → ${code}` };
  }
  return null;
}
