// Money: a currency sign or code before the number ("$190 billion", "US$200bn", "USD 200", "€5m", "₹500 crore"),
// or a currency word after it ("200 billion dollars", "100 billion yuan", "10,000 Swiss francs", "50 cents"),
// with ranges ("$2bn-3bn", "between $10 and $12 billion"). A bare "$" with nothing else is USD and says so.
import { currencySymbols, currencyWords, resolveCode, resolveSymbol, resolveWord } from '../../../resolve/currency.js';
import type { CurrencyResolution } from '../../../resolve/currency.js';
import { scaled } from '../../../resolve/numbers.js';
import type { Candidate, Rule, RuleInput } from '../candidate.js';
import { stepOf } from '../candidate.js';
import type { NumberToken } from '../numbers.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SYMS = currencySymbols().map(esc).join('|');
const WORDS = [...currencyWords(), 'cents?', 'pence', 'penny', 'pennies', 'kopecks?', 'kopeks?', 'paise'].map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Sign before the number: "$", "US$", "U.S. $", "C $", "HK$", "R$", "€"; or a code "USD", "RMB"; or "Rs". */
const BEFORE_RE = new RegExp(`(?:(?<![\\p{L}])((?:U\\.S\\.?|[A-Za-z]{1,3})\\s?\\$)|(${SYMS})|(?<![\\p{L}])([A-Z]{3})|(?<![\\p{L}])(Rs\\.?))\\s?$`, 'u');
/** Currency word after the number, with an optional country qualifier: "US dollars", "Hong Kong dollars". */
const AFTER_RE = new RegExp(`^(?:\\s+|-)(?:((?:U\\.S\\.|[\\p{L}]+)(?:\\s[\\p{L}]+)?)\\s+)?(${WORDS})(?![\\p{L}])`, 'iu');
const AFTER_BARE_RE = new RegExp(`^(?:\\s+|-)(${WORDS})(?![\\p{L}])`, 'iu');
const SYMBOL_AFTER_RE = new RegExp(`^\\s?(${SYMS})`, 'u');
const RANGE_RE = /^\s?(?:-|–|—|to)\s?(?:[A-Z]{0,2}\$|[€£¥₹₽])?\s?$/u;
const BETWEEN_RE = /\bbetween\s+$/i;
/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "thirteen dollars forty five", "one dollar and five" */
const CENTS_GAP_RE = /^(?:\s+and)?\s+$/;
const CENTS_AFTER_RE = /^\s+cents?(?![\p{L}])/u;

interface Money {
  cur: CurrencyResolution;
  start: number;
  end: number;
  rule: string;
}

function before(input: RuleInput, n: NumberToken): Money | null {
  const { text, sentence } = input;
  const from = Math.max(sentence.start, n.start - 8);
  const m = BEFORE_RE.exec(text.slice(from, n.start));
  if (!m) return null;
  const start = from + m.index;
  if (m[1]) {
    const prefix = m[1].replace(/\s?\$$/, '');
    // one-letter prefixes only as written by convention ("C$", "A$"); "a $300 million contract" is a plain "$"
    const ok = prefix.length > 1 || (/^[A-Z]$/.test(prefix) && !/\s/.test(m[1])) || prefix === 'c';
    const cur = ok ? resolveSymbol(m[1]) : null;
    if (cur) return { cur, start, end: n.end, rule: 'money.sign-before' };
    // letters glued to "$" that name no dollar we know ("Q$5"): some other dollar, never read as USD
    if (ok && /^[A-Z]{1,3}$/.test(prefix)) return null;
    const usd = resolveSymbol('$');
    return usd && { cur: usd, start: from + m.index + m[0].indexOf('$'), end: n.end, rule: 'money.sign-before' };
  }
  if (m[2]) { const cur = resolveSymbol(m[2]); return cur && { cur, start, end: n.end, rule: 'money.sign-before' }; }
  if (m[3]) { const cur = resolveCode(m[3]); return cur && { cur, start, end: n.end, rule: 'money.code-before' }; }
  if (m[4]) return { cur: { code: 'INR', factor: 1, step: '"Rs" → INR' }, start, end: n.end, rule: 'money.code-before' };
  return null;
}

function after(input: RuleInput, n: NumberToken): Money | null {
  const rest = input.text.slice(n.end, Math.min(input.sentence.end, n.end + 40));
  const q = AFTER_RE.exec(rest);
  if (q && q[1]) {
    const cur = resolveWord(q[1], q[2]!);
    if (cur?.qualified) return { cur, start: n.start, end: n.end + q[0].length, rule: 'money.word-after' };
  }
  const b = AFTER_BARE_RE.exec(rest);
  if (b) {
    const word = b[1]!.toLowerCase();
    // "25 pounds" is a weight unless it is sterling or a large sum ("361 million pounds")
    if (/^pounds?$/.test(word) && n.scale === 1) return null;
    const cur = resolveWord(null, b[1]!);
    if (cur) return { cur, start: n.start, end: n.end + b[0].length, rule: 'money.word-after' };
  }
  const s = SYMBOL_AFTER_RE.exec(rest);
  if (s && /[^\x00-\x7f]/.test(s[1]!)) {
    const cur = resolveSymbol(s[1]!);
    if (cur) return { cur, start: n.start, end: n.end + s[0].length, rule: 'money.sign-after' };
  }
  return null;
}

export const moneyRule: Rule = (input) => {
  const out: Candidate[] = [];
  const nums = input.numbers;
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    let m = before(input, n) ?? after(input, n);
    const next0 = nums[i + 1];
    if (!m && next0 && next0.start > n.end) {
      // "between 10 and 12 billion yuan", "10-12 billion dollars": the currency comes after the second number
      const gap = input.text.slice(n.end, next0.start);
      const isBetween = BETWEEN_RE.test(input.text.slice(Math.max(input.sentence.start, n.start - 9), n.start));
      const tail = (RANGE_RE.test(gap) || (isBetween && /^\s+and\s+$/.test(gap))) && n.scale === 1 ? after(input, next0) : null;
      if (tail) m = { ...tail, start: n.start, end: n.end };
    }
    if (!m) continue;
    if (n.scaleLetter && !m.rule.startsWith('money.sign') && !m.rule.startsWith('money.code')) continue;
    // a range: "$2bn-3bn", "$2-3 billion", "between $10 and $12 billion"
    const next = nums[i + 1];
    let hi: NumberToken | null = null;
    let end = m.end;
    if (next && next.start > n.end) {
      const gap = input.text.slice(n.end, next.start);
      const isBetween = BETWEEN_RE.test(input.text.slice(Math.max(input.sentence.start, m.start - 9), m.start));
      if (RANGE_RE.test(gap) || (isBetween && /^\s+and\s+(?:[A-Z]{0,2}\$|[€£¥₹₽])?\s?$/u.test(gap))) {
        hi = next;
        const tail = after(input, next);
        end = Math.max(next.end, tail && tail.cur.code === m.cur.code ? tail.end : next.end);
        i++;
      }
    }
    const scale = n.scale !== 1 ? n.scale : hi?.scale ?? 1;
    let value = scaled(n.base * m.cur.factor, scale);
    const steps = [stepOf(n), m.cur.step];
    // "one dollar and five", "C$ 100 and fifty" (a sign only with "and"): hundredths of the unit just named
    const centsOk = m.rule === 'money.word-after' || (m.rule === 'money.sign-before' && /^\s+and\s+$/.test(input.text.slice(end, nums[i + 1]?.start ?? end)));
    const cents = !hi && centsOk && m.cur.factor === 1 && scale === 1 ? nums[i + 1] : undefined;
    if (cents && cents.start >= end && CENTS_GAP_RE.test(input.text.slice(end, cents.start)) && cents.scale === 1 && cents.base < 100 && Number.isInteger(cents.base)) {
      const c = CENTS_AFTER_RE.exec(input.text.slice(cents.end));
      if (c || /^\s*(?:[.,;!?]|$|and\b)/.test(input.text.slice(cents.end, input.sentence.end))) {
        value = scaled(n.base + cents.base / 100, 1);
        end = cents.end + (c ? c[0].length : 0);
        steps.push(`and ${cents.base} hundredths`);
        i++;
      }
    }
    if (n.scale === 1 && scale !== 1) steps.push(`scale of the range's upper end applies: × ${scale}`);
    const c: Candidate = { kind: 'money', start: m.start, end, value, unit: m.cur.code, rule: m.rule, steps, priority: 5 };
    if (hi) {
      c.valueMax = scaled(hi.base * m.cur.factor, hi.scale);
      c.rule = 'money.range';
      steps.push(`range up to ${c.valueMax}`);
    }
    out.push(c);
  }
  return out;
};
