// A unit named with no number: "a multibillion-dollar deal", "the dollar fell", "a metric ton equals …", "per gramme".
// Not a figure (a figure needs a number), but a reader of units should still know the word; the peer benchmark
// (scripts/peer-specs.mjs) counts a unit word it misses as a failure. Words inside a figure's span are skipped.
import { currencyWords, resolveWord } from '../../resolve/currency.js';
import { QUANTITY_UNITS } from '../lexicon/units.js';

export interface UnitWord {
  start: number;
  end: number;
  text: string;
  kind: 'money' | 'quantity';
  unit: string;
}

const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(o, k);
/** Quantity words that stand alone: full words and abbreviations of three letters or more ("mcg", "bcm", "mph"). */
// words that are also ordinary nouns or verbs alone ("a barrel of the gun", "he won", "the real thing") are left out
const ALONE = Object.keys(QUANTITY_UNITS).filter((k) => /^[a-z][a-z ]{2,}$/.test(k) && !/^(?:pounds?|bits?|bytes?|kilos?|barrels?|foot|feet)$/.test(k));
const CURRENCY = currencyWords().filter((w) => /^[a-z][a-z ]+$/.test(w) && !/^(?:won|wons|reals?|colons?|kips?|drams?|dongs?|rands?|pounds?|marks?)$/.test(w));
const esc = (s: string) => s.replace(/ /g, '\\s+');
const WORD_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${CURRENCY.map(esc).join('|')})|(${ALONE.sort((a, b) => b.length - a.length).map(esc).join('|')}))(?![\\p{L}\\p{N}])`, 'giu');

/** Unit words in `text` outside the spans already taken by figures. */
export function unitWordsIn(text: string, taken: ReadonlyArray<{ start: number; end: number }>): UnitWord[] {
  const out: UnitWord[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    if (m[1]) {
      const cur = resolveWord(null, m[1]);
      if (cur && cur.factor === 1) out.push({ start, end, text: m[0], kind: 'money', unit: cur.code });
    } else {
      const key = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      if (has(QUANTITY_UNITS, key)) out.push({ start, end, text: m[0], kind: 'quantity', unit: QUANTITY_UNITS[key] });
    }
  }
  return out;
}
