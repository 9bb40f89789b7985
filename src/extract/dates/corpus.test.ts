import { describe, expect, it } from 'vitest';
import type { Source } from '../../core/types.js';
import { segment } from '../../segment/index.js';
import { EXAMPLES, NEGATIVES } from './corpus.js';
import { extractDates } from './index.js';
import { RULES } from './rules.js';

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
  it("every rule's quick search (`needs`) finds something wherever the rule matches", () => {
    // the corpus, and each example with spacing and case changed, so that a `needs` too strict for them fails
    const texts = [...EXAMPLES.map((e) => e.text), ...NEGATIVES].flatMap((t) => [t, t.toUpperCase(), t.toLowerCase(), t.replace(/ /g, '  '), t.replace(/ /g, '\n')]);
    const missed: string[] = [];
    for (const rule of RULES) {
      if (!rule.needs) continue;
      for (const t of texts) {
        rule.re.lastIndex = 0;
        if (rule.re.test(t) && !rule.needs.test(t)) missed.push(`${rule.name}: ${t}`);
      }
    }
    expect(missed).toEqual([]);
    expect(RULES.filter((r) => r.needs?.global || r.needs?.sticky).map((r) => r.name)).toEqual([]);
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
