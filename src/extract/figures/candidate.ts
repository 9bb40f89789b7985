// What a rule returns before meaning is attached: a span, a resolved value and unit, and the rule's name.
import type { FigureKind, Sentence } from '../../core/types.js';
import type { NumberToken } from './numbers.js';

export interface Candidate {
  kind: FigureKind;
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: string;
  rule: string;
  steps: string[];
  /** what the figure counts or describes when the rule itself sees it ("countries", "bilateral meeting") */
  about?: string | null;
  anaphoric?: boolean;
  /** rank when two candidates overlap: higher wins, then the longer span */
  priority: number;
}

/** What every rule reads: the source text, one sentence, and the numbers found in it. */
export interface RuleInput {
  text: string;
  sentence: Sentence;
  numbers: NumberToken[];
}

export type Rule = (input: RuleInput) => Candidate[];

export interface Word {
  w: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;

/** Words and punctuation marks of text[from, to), with absolute offsets. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const s = text.slice(from, to);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(s); m; m = WORD_RE.exec(s)) {
    let w = m[0];
    // a trailing full stop belongs to the sentence, not the word ("countries.")
    if (w.length > 1 && w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w)) w = w.slice(0, -1);
    out.push({ w, start: from + m.index, end: from + m.index + w.length });
    if (w.length < m[0].length) out.push({ w: '.', start: from + m.index + w.length, end: from + m.index + m[0].length });
  }
  return out;
}

/** A 4-digit whole number that reads as a year (1000–2199) rather than a quantity. */
export function isYearLike(n: NumberToken): boolean {
  return !n.words && n.scale === 1 && /^\d{4}$/.test(n.raw.trim()) && n.base >= 1000 && n.base < 2200;
}

export function stepOf(n: NumberToken): string {
  const s = `"${n.raw.trim()}" → ${n.base}`;
  return n.scale !== 1 ? `${s} × ${n.scale} (${n.scaleText})` : s;
}
