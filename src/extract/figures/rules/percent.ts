// Percentages: "30%", "30 percent", "30 per cent", "4.5 percentage points", "20-30%", "between 5 and 7 percent",
// "minus five percent",
// and the inverted "per cent of 210".
import type { Candidate, Rule } from '../candidate.js';
import { stepOf } from '../candidate.js';

const SIGN_RE = /^\s?(?:%|％|(?:percent(?:age)?s?|per\s?cent|pct\.?)(?![\p{L}])(?:\s+points?)?|percentage\s+points?)/iu;
const OF_BEFORE_RE = /(?:^|[^\p{L}])((?:percent(?:age)?s?|per\s?cent)\s+of\s+)$/iu;
const RANGE_RE = /^\s?(?:-|–|to)\s?$/;
const NEG_RE = /(?:minus|negative)\s+$|-\s?$/i;

export const percentRule: Rule = ({ text, sentence, numbers }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    if (n.scaleLetter) continue;
    let start = n.start;
    let end = -1;
    let rule = 'percent.sign';
    let hi: typeof n | null = null;
    const sign = SIGN_RE.exec(text.slice(n.end, Math.min(sentence.end, n.end + 24)));
    if (sign) {
      end = n.end + sign[0].length;
      if (/[a-z]/i.test(sign[0])) rule = /point/i.test(sign[0]) ? 'percent.points' : 'percent.word';
    } else {
      const next = numbers[i + 1];
      const s2 = next && SIGN_RE.exec(text.slice(next.end, Math.min(sentence.end, next.end + 24)));
      const between = next && /^\s+and\s+$/.test(text.slice(n.end, next.start)) && /\bbetween\s+$/i.test(text.slice(Math.max(sentence.start, n.start - 9), n.start));
      if (next && s2 && (RANGE_RE.test(text.slice(n.end, next.start)) || between)) {
        hi = next;
        end = next.end + s2[0].length;
        rule = 'percent.range';
        i++;
      } else {
        const of = OF_BEFORE_RE.exec(text.slice(Math.max(sentence.start, n.start - 24), n.start));
        if (!of) continue;
        start = n.start - of[1]!.length;
        end = n.end;
        rule = 'percent.of';
      }
    }
    let value = n.base * n.scale;
    const steps = [stepOf(n)];
    const from = Math.max(sentence.start, start - 10);
    const pre = text.slice(from, start);
    const neg = NEG_RE.exec(pre);
    if (neg && (neg.index === 0 ? from === sentence.start || !/[\p{L}\p{N}]/u.test(text[from - 1] ?? '') : !/[\p{L}\p{N}]/u.test(pre[neg.index - 1]!))) {
      value = -value;
      start = from + neg.index;
      steps.push('negative');
    }
    const c: Candidate = { kind: 'percent', start, end, value, unit: 'percent', rule, steps, priority: 5 };
    if (hi) c.valueMax = hi.base * hi.scale;
    out.push(c);
  }
  return out;
};
