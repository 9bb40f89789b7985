import { describe, expect, it } from 'vitest';
import type { Source } from '../../core/types.js';
import { buildReport, extractSource } from '../../pipeline.js';
import { withItemIds } from '../../report-ids.js';
import { explainId, explainJson, nearestIds } from './explain.js';

const src = (id: string, text: string, published: string): Source => ({ id, path: `${id}.txt`, text, title: null, published, publishedFrom: 'header', warnings: [] });

describe('explain', () => {
  const xs = [
    src('a', 'Kenyan President William Ruto met Nigerian President Bola Tinubu in Nairobi on Wednesday. Commerce across both economies climbed to $15 billion last year.', '2023-10-18'),
    src('b', 'William Ruto and Bola Tinubu met in Nairobi today. Commerce linking Kenya with Nigeria rose to $15 billion last year, officials noted.', '2023-10-26'),
  ].map(extractSource);
  const report = buildReport(xs);
  it('prints each source sentence, offsets, rule, steps and reference date of a fact', () => {
    const fact = report.facts.find((f) => f.values.some((v) => v.unit === 'date'));
    expect(fact).toBeDefined();
    const text = explainId(fact!.id, report, xs)!;
    for (const v of fact!.values) for (const m of v.mentions) expect(text).toContain(`${m.source} [${m.start}–${m.end}] "${m.text}"`);
    expect(text).toMatch(/sentence \d+ \(/);
    expect(text).toMatch(/rule: /);
    expect(text).toMatch(/reference date: 2023-10-(18|26)/);
  });
  it('explains an entity by its mentions', () => {
    const e = report.people[0]!;
    const text = explainId(e.id, report, xs)!;
    expect(text.split('\n').filter((l) => l.includes('rule:')).length).toBeGreaterThanOrEqual(e.mentions.length);
  });
  it('unknown ids give null', () => expect(explainId('no-such-id', report, xs)).toBeNull());
  it('--json gives the item and, with the articles, each mention\'s sentence and rules', () => {
    const r = withItemIds(report);
    const e = r.people[0]!;
    const j = explainJson(e.id, r, xs)!;
    expect(j).toMatchObject({ id: e.id, kind: 'person' });
    expect(j.evidence).toHaveLength(e.mentions.length);
    for (const ev of j.evidence) {
      expect(ev.sentence?.text).toContain(ev.text);
      expect(ev.rules?.length).toBeGreaterThan(0);
    }
  });
  it('dates and quotes get ids that explain answers to; fields a stage adds are printed as they are', () => {
    const r = withItemIds(report);
    const d = r.dates[0]!;
    expect(d.id).toMatch(/^date-/);
    expect(explainId(d.id!, r, xs)).toMatch(/^date date-/);
    const extra = { ...r, facts: r.facts.map((f, i) => (i === 0 ? { ...f, ruleOfThumb: 'latest wins' } : f)) };
    expect(explainId(r.facts[0]!.id, extra, [])).toContain('  ruleOfThumb: latest wins');
  });
  it('nearest ids: containing ones first, then by edit distance, nothing far away', () => {
    const ids = ['william-ruto', 'bola-tinubu', 'nairobi', 'count-15-billion'];
    expect(nearestIds('ruto', ids)[0]).toBe('william-ruto');
    expect(nearestIds('nairobbi', ids)).toEqual(['nairobi']);
    expect(nearestIds('zzzzzzzzzzzzzz', ids)).toEqual([]);
  });
});
