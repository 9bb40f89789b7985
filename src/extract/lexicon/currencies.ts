// Currency symbols, codes and words as news writes them: data only. Names and symbols per ISO code come from
// generated/CURRENCY_FORMS (world-countries); this table adds the news conventions a package cannot know.

/** A symbol shared by several currencies reads as the one news means when nothing else is said. */
export const SYMBOL_DEFAULTS = {
  '$': 'USD', '£': 'GBP', '¥': 'JPY', '￥': 'JPY', '₩': 'KRW', '₨': 'PKR', '﷼': 'SAR', '元': 'CNY', 'Fr': 'CHF',
  // the rupee written in Tamil script, as Sri Lankan prices print it
  'ரூ': 'LKR',
} as const;

/** Letters written before "$" to name a dollar ("US$", "C$", "HK$", "R$" …). */
export const DOLLAR_PREFIXES = {
  us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD',
  s: 'SGD', sg: 'SGD', nz: 'NZD', nt: 'TWD', r: 'BRL', mx: 'MXN',
  // the other dollars written with letters before "$" in their own press
  f: 'FJD', fj: 'FJD', j: 'JMD', ec: 'XCD', t: 'TOP', ws: 'WST', si: 'SBD', bz: 'BZD', tt: 'TTD', n: 'NAD',
  l: 'LRD', g: 'GYD', sr: 'SRD', bds: 'BBD', ci: 'KYD', bd: 'BMD',
} as const;

/** Currency words whose bare form has one usual meaning in English news ("dollars" with no country is USD). */
export const WORD_DEFAULTS = {
  dollar: 'USD', euro: 'EUR', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', ruble: 'RUB', rouble: 'RUB', yen: 'JPY',
  pound: 'GBP', sterling: 'GBP', rupee: 'INR', rand: 'ZAR', real: 'BRL', won: 'KRW', lira: 'TRY', riyal: 'SAR',
  dirham: 'AED', naira: 'NGN', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', dong: 'VND', birr: 'ETB', hryvnia: 'UAH',
  zloty: 'PLN', tenge: 'KZT', manat: 'AZN', shekel: 'ILS', taka: 'BDT', cedi: 'GHS', franc: 'CHF', peso: 'MXN',
  krona: 'SEK', krone: 'NOK', dinar: 'KWD', rial: 'IRR', shilling: 'KES', lari: 'GEL', dram: 'AMD',
  kip: 'LAK', colon: 'CRC', 'colón': 'CRC', kwacha: 'ZMW', afghani: 'AFN', leu: 'RON', forint: 'HUF', koruna: 'CZK',
  // the other currencies of Latin America, by the word their press writes
  sol: 'PEN', boliviano: 'BOB', guarani: 'PYG', 'guaraní': 'PYG', quetzal: 'GTQ', lempira: 'HNL',
  // former currencies still met in archives and history pieces
  markka: 'FIM', guilder: 'NLG', peseta: 'ESP', drachma: 'GRD', escudo: 'PTE', schilling: 'ATS', 'deutsche mark': 'DEM', deutschmark: 'DEM', 'french franc': 'FRF', 'belgian franc': 'BEF', 'italian lira': 'ITL',
  'irish pound': 'IEP',
} as const;

/** Irregular plurals and spelling variants of currency words → the singular key used above. */
export const WORD_VARIANTS = {
  reais: 'real', reals: 'real', lire: 'lira', liras: 'lira', roubles: 'rouble', yuans: 'yuan', euro: 'euro',
  rands: 'rand', zlotys: 'zloty', zlotych: 'zloty', hryvnias: 'hryvnia', hryvnas: 'hryvnia', kronor: 'krona',
  kroner: 'krone', shekels: 'shekel', shekalim: 'shekel', lei: 'leu', 'deutsche marks': 'deutsche mark',
  pesetas: 'peseta', guilders: 'guilder', markkaa: 'markka', drachmas: 'drachma', drachmae: 'drachma',
  soles: 'sol', quetzales: 'quetzal', guaranies: 'guarani', 'guaraníes': 'guaraní',
} as const;

/** Words that qualify a bare currency word as a country's ("US dollars", "Hong Kong dollars"). */
export const QUALIFIER_CODES = {
  us: 'US', 'u.s.': 'US', 'united states': 'US', american: 'US', uk: 'GB', 'u.k.': 'GB', british: 'GB',
} as const;

/** Hundredth parts: "50 cents" is 0.5 of the main unit (USD unless said otherwise). */
export const SUBUNITS = {
  cent: 'USD', cents: 'USD', penny: 'GBP', pence: 'GBP', pennies: 'GBP', kopeck: 'RUB', kopecks: 'RUB', kopek: 'RUB',
  kopeks: 'RUB', paise: 'INR', paisa: 'INR', fen: 'CNY',
} as const;

/** ISO codes that are also English words in capitals ("ALL 5 solutions", "TOP 10"): not read as currencies. */
export const CODES_THAT_ARE_WORDS = ['ALL', 'TOP', 'CUP', 'MOP', 'SOS', 'BOB', 'BAM', 'MAD', 'PEN', 'GEL', 'LAK', 'MNT', 'WST'] as const;

/** Three-letter codes written in text that are not ISO 4217 but mean one currency. */
export const CODE_ALIASES = { RMB: 'CNY', NTD: 'TWD', RUR: 'RUB', YEN: 'JPY' } as const;
