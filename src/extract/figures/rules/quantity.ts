// Quantities with a unit of measure: "1.6 km", "500,000 barrels", "16,000 metric tons", "38 bcm",
// "0.9 trillion cubic feet", "six-mile", "45-acre", "1,200 MW". "25 pounds" is a weight unless it is money.
import { QUANTITY_UNITS } from '../../lexicon/units.js';
import { scaled } from '../../../resolve/numbers.js';
import type { Candidate, Rule } from '../candidate.js';
import { stepOf } from '../candidate.js';

const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(o, k);
const ALT = Object.keys(QUANTITY_UNITS).sort((a, b) => b.length - a.length).map((k) => k.replace(/[/]/g, '\\/').replace(/ /g, '\\s+')).join('|');
const UNIT_RE = new RegExp(`^(?:\\s?[-‐‑]\\s?|\\s?)[\\(\\[{<]?(${ALT})[\\)\\]}>]?(?![\\p{L}\\p{N}])`, 'iu');

export const quantityRule: Rule = ({ text, sentence, numbers }) => {
  const out: Candidate[] = [];
  for (const n of numbers) {
    if (n.scaleLetter) {
      // "1.8m", "7.62mm" with no currency: metres and millimetres, not millions
      if (n.scaleText !== 'm' && n.scaleText !== 'mm') continue;
      if (/^[$€£¥₹₽]|\b[A-Z]{3}\s?$/.test(text.slice(Math.max(sentence.start, n.start - 4), n.start).trim().slice(-4))) continue;
      const unit = n.scaleText === 'm' ? 'm' : 'mm';
      out.push({
        kind: 'quantity', start: n.start, end: n.end, value: n.base, unit, rule: 'quantity.unit',
        steps: [`"${n.raw}" → ${n.base} ${unit}`], priority: 4,
      });
      continue;
    }
    const m = UNIT_RE.exec(text.slice(n.end, Math.min(sentence.end, n.end + 32)));
    if (!m) continue;
    const word = m[1]!.replace(/\s+/g, ' ');
    const key = word.toLowerCase();
    if (!has(QUANTITY_UNITS, key)) continue;
    if (/^(?:mw|gw)$/.test(key) && word !== word.toUpperCase()) continue; // "mw" is not a megawatt
    // "MB" is a megabyte, "mb" a megabit (the usual reading of the letter case)
    const unit = key === 'mb' && word !== 'MB' ? 'Mb' : QUANTITY_UNITS[key];
    out.push({
      kind: 'quantity', start: n.start, end: n.end + m[0].length, value: scaled(n.base, n.scale), unit,
      rule: /^\s?[-‐‑]/.test(m[0]) ? 'quantity.hyphen' : 'quantity.unit', steps: [stepOf(n), `"${word}" → ${unit}`], priority: 4,
    });
  }
  return out;
};
