// The shape of a date rule.
import type { DateRaw } from '../../resolve/date-raw.js';

/** `at`: a run of digits ("17", "2023", the "22" of "FY22"): a match begins at its first digit. */
export const DIGITS = '<digits>';
/** `at`: a word that begins with a month's first three letters ("Oct", "September", the "mar" of "mar3"). */
export const MONTH = '<month>';

export interface DateRule {
  name: string;
  re: RegExp;
  /**
   * Where a match of `re` can begin: DIGITS, MONTH, or a word (written in lower case, any case in the text; not one
   * that begins like a month). The scan finds these places once per text and tries `re` only there (scan.ts),
   * instead of a pass of `re` over the whole text. A rule must list every way its matches begin, or it misses
   * them: corpus.test.ts compares the scan with whole-text passes of every rule.
   */
  at: readonly string[];
  /** the raw capture, or null when the match is not a date after all */
  parse: (m: RegExpExecArray, text: string) => DateRaw | null;
}

export const rx = (src: string, flags = 'gi'): RegExp => new RegExp(src, flags);
