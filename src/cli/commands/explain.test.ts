import { describe, expect, it } from 'vitest';
import type { Source } from '../../core/types.js';
import { buildReport, extractSource } from '../../pipeline.js';
import { explainId } from './explain.js';

const src = (id: string, text: string, published: string): Source => ({ id, path: `${id}.txt`, text, title: null, published, publishedFrom: 'header', warnings: [] });

describe('explain', () => {
  const xs = [
    src('a', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Wednesday. Trade between the two countries reached $190 billion last year.', '2023-10-18'),
    src('b', 'Xi Jinping and Vladimir Putin met in Beijing today. Trade between China and Russia hit $190 billion last year, a record.', '2023-10-26'),
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
});
