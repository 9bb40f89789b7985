import { describe, expect, it } from 'vitest';
import type { Source } from '../core/types.js';
import { buildReport, extractSource } from '../pipeline.js';
import { confirmWeak } from './weak.js';

const src = (id: string, text: string): Source => ({ id, path: `${id}.txt`, text, title: null, published: '2025-03-12', publishedFrom: 'header', warnings: [] });

describe('weak person mentions: lone words another source names as a person', () => {
  const a = extractSource(src('a', 'Prime Minister Talia Moana met Premier Ewan Stroud in Apia on Monday.'));
  const b = extractSource(src('b', 'Stroud held talks with Moana on Monday. Harbourview hosted the dinner.'));
  it('are kept as weak in the source that cannot type them', () => {
    expect(b.entities.filter((e) => e.weak).map((e) => e.name)).toEqual(expect.arrayContaining(['Moana']));
  });
  it('become people when another source ends a full name with them, and their event parties stay', () => {
    const [, b2] = confirmWeak([a, b]);
    const moana = b2!.entities.find((e) => e.name === 'Moana')!;
    expect([moana.type, moana.rule, moana.weak]).toEqual(['person', 'known-elsewhere', undefined]);
    expect(b2!.events.find((e) => e.trigger.text === 'talks')!.parties.map((p) => p.name)).toContain('Moana');
  });
  it('are dropped otherwise, with every event party standing on them', () => {
    const [b2] = confirmWeak([b]);
    expect(b2!.entities.some((e) => e.weak || e.name === 'Harbourview' || e.name === 'Moana')).toBe(false);
    expect(b2!.events.flatMap((e) => e.parties.map((p) => p.name))).not.toContain('Moana');
  });
  it('link to the one person across the run, and make the meeting of two named leaders', () => {
    const r = buildReport([a, b]);
    expect(r.people.find((p) => p.name === 'Talia Moana')!.sources).toEqual(['a', 'b']);
    expect(r.people.some((p) => p.name === 'Harbourview')).toBe(false);
    expect(r.facts.find((f) => /Talia Moana/.test(f.claim) && /Ewan Stroud/.test(f.claim))?.values.flatMap((v) => v.sources)).toEqual(['a', 'b']);
  });
  it('a family name written first confirms the word too ("Kim" of "Kim Min-seo")', () => {
    const k1 = extractSource(src('k1', 'President Kim Min-seo met Premier Ewan Stroud in Apia.'));
    const k2 = extractSource(src('k2', 'Stroud later held talks with Kim in Apia.'));
    const [, k2b] = confirmWeak([k1, k2]);
    expect(k2b!.entities.find((e) => e.name === 'Kim')?.rule).toBe('known-elsewhere');
  });
  it('a word two people end with stays unconfirmed', () => {
    const c = extractSource(src('c', 'President Ana Moana and Minister Lui Moana spoke.'));
    const [b2] = confirmWeak([b, c]);
    expect(b2!.entities.some((e) => e.name === 'Moana')).toBe(false);
  });
});
