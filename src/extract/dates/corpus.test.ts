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
