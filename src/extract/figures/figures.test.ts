import { describe, expect, it } from 'vitest';
import type { DateMention, FigureMention, Source } from '../../core/types.js';
import { segment } from '../../segment/index.js';
import { EXAMPLES, KIND_NEGATIVES, NEGATIVES } from './corpus.js';
import { extractFigures } from './index.js';
import { findNumbers } from './numbers.js';
import { countRule } from './rules/count.js';

const RULE_NAMES = [
  'money.sign-before', 'money.code-before', 'money.word-after', 'money.sign-after', 'money.range',
  'percent.sign', 'percent.word', 'percent.points', 'percent.range', 'percent.of',
  'count.noun', 'count.compound', 'count.times', 'ordinal.digits', 'ordinal.word',
  'fraction.word', 'fraction.one-in', 'fraction.slash', 'duration.unit', 'duration.hyphen', 'duration.article',
  'duration.range', 'duration.compound',
  'quantity.unit', 'quantity.hyphen',
];

function source(text: string, published: string | null = null): Source {
  return { id: 't', path: 't.txt', text, title: null, published, publishedFrom: published ? 'header' : null, warnings: [] };
}

function figures(text: string, published: string | null = null, dates: DateMention[] = []): FigureMention[] {
  return extractFigures(segment(source(text, published)), dates);
}

describe('figure corpus', () => {
  for (const ex of EXAMPLES) {
    it(ex.text, () => {
      const got = figures(ex.text, ex.published ?? null);
      for (const f of got) expect(ex.text.slice(f.mention.start, f.mention.end)).toBe(f.mention.text);
      expect(got.map((f) => f.mention.text)).toEqual(ex.figures.map((f) => f.text));
      ex.figures.forEach((e, i) => {
        const f = got[i]!;
        expect([f.kind, f.unit, f.rule]).toEqual([e.kind, e.unit, e.rule]);
        expect(f.value).toBeCloseTo(e.value, 4);
        if (e.valueMax !== undefined) expect(f.valueMax).toBeCloseTo(e.valueMax, 4);
        if (e.approx) expect(f.approx).toBe(e.approx);
        if (e.about) expect(f.about ?? '').toContain(e.about);
        if (e.period !== undefined) expect(f.period).toBe(e.period);
        if (e.modality) expect(f.modality).toBe(e.modality);
        expect(Boolean(f.anaphoric)).toBe(Boolean(e.anaphoric));
        expect(f.bound).toBe(e.bound);
        expect(f.steps.length).toBeGreaterThan(0);
      });
    });
  }

  it('has an example for every rule', () => {
    const used = new Set(EXAMPLES.flatMap((e) => e.figures.map((f) => f.rule)));
    expect(RULE_NAMES.filter((r) => !used.has(r))).toEqual([]);
  });
});

describe('re-counts', () => {
  // the anaphoric rule exists to claim these spans; the figures it finds are dropped, so test the rule itself
  it('the count rule marks "the two leaders" as a re-count, and no figure comes out of it', () => {
    const text = 'The two presidents shook hands.';
    const doc = segment(source(text));
    const s = doc.sentences[0]!;
    const cands = countRule({ text, sentence: s, numbers: findNumbers(s.text, s.start) });
    expect(cands.map((c) => [c.rule, c.anaphoric])).toEqual([['count.anaphoric', true]]);
    expect(figures(text)).toEqual([]);
  });
  it('groups of countries named as the parties are re-counted too ("trade between the two blocs"); a new count is not', () => {
    expect(figures('Trade between the two blocs rose last year.')).toEqual([]);
    expect(figures('Ministers of the three regions met in Suva.')).toEqual([]);
    expect(figures('Some 14 regions applied for funds.').map((f) => f.value)).toEqual([14]);
  });
});

describe('figure negatives', () => {
  for (const text of NEGATIVES) it(`nothing in: ${text}`, () => expect(figures(text).map((f) => f.mention.text)).toEqual([]));
  for (const { text, kind } of KIND_NEGATIVES) {
    it(`no ${kind} in: ${text}`, () => expect(figures(text).filter((f) => f.kind === kind).map((f) => f.mention.text)).toEqual([]));
  }
});

describe('figures and dates', () => {
  const text = 'Over the previous year, trade across the two neighbours climbed to $190 billion.';
  const at = text.indexOf('the previous year');
  const date: DateMention = {
    value: '2022', granularity: 'year', relative: true, reference: '2023', steps: [], sentence: 0, context: null, rule: 'test',
    mention: { source: 't', start: at, end: at + 'the previous year'.length, text: 'the previous year' },
  };

  it('takes the period from a date mention when the source has no publication date', () => {
    const f = figures(text, null, [date]).find((x) => x.kind === 'money')!;
    expect([f.value, f.unit, f.about, f.period]).toEqual([190e9, 'USD', 'trade', '2022']);
  });

  it('has no period without a date or a publication date', () => {
    expect(figures(text).find((x) => x.kind === 'money')!.period).toBeNull();
  });

  it('skips numbers inside date spans', () => {
    const t = 'The forum opened on 18 October with 130 countries.';
    const s = t.indexOf('18 October');
    const d: DateMention = { ...date, value: '2023-10-18', granularity: 'day', mention: { source: 't', start: s, end: s + 10, text: '18 October' } };
    expect(figures(t, null, [d]).map((f) => f.mention.text)).toEqual(['130']);
  });
});
