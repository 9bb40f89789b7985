// The shape of a date rule.
import type { DateRaw } from '../../resolve/date-raw.js';

export interface DateRule {
  name: string;
  re: RegExp;
  /** the raw capture, or null when the match is not a date after all */
  parse: (m: RegExpExecArray, text: string) => DateRaw | null;
}

export const rx = (src: string, flags = 'gi'): RegExp => new RegExp(src, flags);
