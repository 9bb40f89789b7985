// Cardinal, ordinal and fraction words, and scale words: data only.

export const UNITS = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
} as const;

export const TENS = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
} as const;

/** Ordinal words → their number ("first" → 1); compounds ("twenty-first") are built from TENS + these. */
export const ORDINAL_WORDS = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
} as const;

/** Denominator words of fractions ("a third", "two-fifths"); "half" is 2, "quarter" 4. */
export const DENOMINATORS = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
} as const;

/** Multipliers written as words or abbreviations after a number ("190 billion", "$190bn", "2.5tn"). */
export const SCALES = {
  hundred: 1e2,
  thousand: 1e3, k: 1e3,
  lakh: 1e5, lakhs: 1e5, lac: 1e5,
  million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, m: 1e6, mm: 1e6,
  crore: 1e7, crores: 1e7,
  billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, b: 1e9, g: 1e9,
  trillion: 1e12, trillions: 1e12, tn: 1e12, tln: 1e12, trn: 1e12, t: 1e12,
} as const;

/** Scale words that are safe after a number without a currency ("2 million people"); the one-letter forms are not. */
export const WORD_SCALES = ['hundred', 'thousand', 'lakh', 'lakhs', 'million', 'millions', 'mn', 'mln', 'crore', 'crores',
  'billion', 'billions', 'bn', 'bln', 'trillion', 'trillions', 'tn', 'tln', 'trn'] as const;

export type UnitWord = keyof typeof UNITS;
export type TensWord = keyof typeof TENS;

export const CARDINAL_WORD_RE_SOURCE =
  '(?:' + [...Object.keys(TENS), ...Object.keys(UNITS)].sort((a, b) => b.length - a.length).join('|') + ')';
