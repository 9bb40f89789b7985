// Qualifiers right before a figure → `approx`, and the span grows to include them ("more than three hours").
import type { Approx } from '../../core/types.js';
import { APPROX_WORDS } from '../lexicon/approximation.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ENTRIES = APPROX_WORDS.flatMap(([a, ws]) => ws.map((w) => [w, a] as const)).sort((x, y) => y[0].length - x[0].length);
const BY_WORD: ReadonlyMap<string, Approx> = new Map(ENTRIES.map(([w, a]) => [w, a]));
const APPROX_RE = new RegExp(`(?<![\\p{L}])(${ENTRIES.map(([w]) => esc(w).replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');

export interface ApproxHit {
  approx: Approx;
  start: number;
  word: string;
}

/** The qualifier that ends right before `start` (within the sentence), if any. */
export function approxBefore(text: string, sentenceStart: number, start: number): ApproxHit | null {
  const from = Math.max(sentenceStart, start - 30);
  const m = APPROX_RE.exec(text.slice(from, start));
  if (!m) return null;
  const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const approx = BY_WORD.get(word);
  // "the top 10 economies" ranks, it does not qualify
  if (/^top$/.test(word) && /\b(?:the|a|its|their)\s+$/i.test(text.slice(Math.max(sentenceStart, from + m.index - 8), from + m.index))) return null;
  return approx ? { approx, start: from + m.index, word } : null;
}
