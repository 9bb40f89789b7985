import { describe, expect, it } from 'vitest';
import type { Source } from '../../core/types.js';
import { segment } from '../../segment/index.js';
import { EXAMPLES, NEGATIVES } from './corpus.js';
import { extractDates } from './index.js';
import { RULES } from './rules.js';
import { matchRules } from './scan.js';

const src = (text: string, published: string | null): Source => ({
  id: 't', path: 't.txt', text, title: null, published, publishedFrom: published ? 'option' : null, warnings: [],
});
const run = (text: string, ref: string | null) => extractDates(segment(src(text, ref)));

describe('date corpus', () => {
  it.each(EXAMPLES.map((e) => [e.text, e.ref, e] as const))('%s (ref %s)', (text, ref, e) => {
    const got = run(text, ref);
    expect(got.map((d) => [d.mention.text, d.value])).toEqual(e.expect);
    for (const d of got) expect(text.slice(d.mention.start, d.mention.end)).toBe(d.mention.text);
  });
  it.each(NEGATIVES.map((t) => [t]))('no date in: %s', (text) => {
    expect(run(text, '2023-10-17').map((d) => d.mention.text)).toEqual([]);
  });
  it('has an example for every rule', () => {
    const used = new Set(EXAMPLES.flatMap((e) => run(e.text, e.ref).flatMap((d) => d.rule.split(/\+|weekday-paired-/))));
    expect(RULES.map((r) => r.name).filter((n) => !used.has(n))).toEqual([]);
  });
  it("every rule's `at` lists where its matches begin: the scan finds what a pass of each rule over the text finds", () => {
    // the corpus, each example with spacing and case changed, and the examples run together, so that an `at` that
    // misses a way a rule's match begins fails here
    const texts = [...EXAMPLES.map((e) => e.text), ...NEGATIVES].flatMap((t) => [t, t.toUpperCase(), t.toLowerCase(), t.replace(/ /g, '  '), t.replace(/ /g, '\n')]);
    texts.push(texts.join(' '), texts.join(''));
    // and each example with every anchor word in it swapped for every other one ("next week" → "last week" …), so that
    // a word missing from one rule's `at` but written in its pattern fails even when no example uses it
    const words = [...new Set(RULES.flatMap((r) => r.at))].filter((w) => /^[a-z]+$/.test(w));
    const wordRe = new RegExp(`\\b(?:${words.join('|')})\\b`, 'gi');
    for (const e of EXAMPLES) texts.push([...e.text.matchAll(wordRe)].flatMap((m) => words.map((w) => e.text.slice(0, m.index) + w + e.text.slice(m.index + m[0].length))).join(' \n '));
    const show = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m.join('|')}`);
    const missed: string[] = [];
    for (const t of texts) {
      const found = matchRules(t);
      RULES.forEach((rule, i) => {
        rule.re.lastIndex = 0;
        const all = show([...t.matchAll(rule.re)]);
        if (all.join('\n') !== show(found[i]!).join('\n')) missed.push(`${rule.name}: ${t.slice(0, 200)}`);
      });
    }
    expect(missed).toEqual([]);
    expect(RULES.filter((r) => !r.re.global || r.re.sticky).map((r) => r.name)).toEqual([]);
  });
  it('keeps the time of day apart from the value', () => {
    const [d] = run('October 18, 2023, 4:30 pm – talks began.', null);
    expect([d!.value, d!.time]).toEqual(['2023-10-18', '16:30']);
  });
  it('marks captions and cross-references by context', () => {
    const text = 'Body text here. (See “OTHER STORY” 15 Aug 2023.)\n\nana ruiz and tomas berg, 14 march 2019 (2)\n';
    expect(run(text, null).map((d) => [d.mention.text, d.context])).toEqual([['15 Aug 2023', 'cross-reference'], ['14 march 2019', 'caption']]);
  });
  it('never reads the wall clock: relative dates stay null without a reference', () => {
    expect(run('Last year and this month, today and on Friday.', null).map((d) => d.value)).toEqual([null, null, null, null]);
  });
});
