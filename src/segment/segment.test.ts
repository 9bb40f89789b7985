import { describe, expect, it } from 'vitest';
import { segment, contextOf } from './index.js';
import { letterRunStart, splitSentences } from './sentences.js';
import { sentenceTense } from './tense.js';
import type { Source } from '../core/types.js';

const src = (text: string): Source => ({ id: 't', path: 't.txt', text, title: null, published: null, publishedFrom: null, warnings: [] });

describe('splitSentences', () => {
  it('splits on full stops but not after abbreviations and initials', () => {
    const text = 'U.S. President Joe Biden met Mr. Xi on Oct. 17. They talked. John F. Kennedy was not there!';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['U.S. President Joe Biden met Mr. Xi on Oct. 17.', 'They talked.', 'John F. Kennedy was not there!']);
  });
  it('splits text a scraper glued: a word, a full stop and a capital with no space', () => {
    const text = 'The envoys met at the palace in Quito.The talks ran late. Reporters saw Tran Van Un.Lee Chang took the photo. Mr.Lee stayed home at Antiwar.com in the U.S.Navy base.';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['The envoys met at the palace in Quito.', 'The talks ran late.', 'Reporters saw Tran Van Un.', 'Lee Chang took the photo.', 'Mr.Lee stayed home at Antiwar.com in the U.S.Navy base.']);
  });
  it('keeps the metadata date line out of the sentence that follows it on the same line', () => {
    const text = ' date 2024-03-07 LIMA — The two premiers met on Tuesday.';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['date 2024-03-07', 'LIMA — The two premiers met on Tuesday.']);
  });
  it('keeps closing quotes with their sentence and marks headings', () => {
    const text = 'A Close Friendship\nHe said “it is good.” Then he left.';
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['A Close Friendship', 'He said “it is good.”', 'Then he left.']);
    expect(s.map((x) => x.heading)).toEqual([true, false, false]);
  });
});

describe('letterRunStart', () => {
  it('finds where /([\\p{L}.]+)$/u would start, in any script (astral letters, marks, lone surrogates)', () => {
    const pieces = ['a', 'Z', '.', '7', ' ', 'é', '\u0301', 'Ж', '中', '𝐀', '😀', '\ud800', '\udc00', '-', '’'];
    const seed = 31;
    console.log(`letter run property test seed ${seed}`);
    let a = seed;
    const r = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296);
    for (let n = 0; n < 500; n++) {
      const s = Array.from({ length: Math.floor(r() * 12) }, () => pieces[Math.floor(r() * pieces.length)]!).join('');
      const m = /([\p{L}.]+)$/u.exec(s);
      expect(letterRunStart(s), JSON.stringify(s)).toBe(m ? m.index : s.length);
    }
  });
});

describe('regions', () => {
  it('marks header lines, cross-references, captions and author bios', () => {
    const text = ' date 2023-10-18 Title\n\nBody text here. (See “OTHER STORY” 15 Aug 2023.)\n\nana reyes and tomas ortiz, 3 march 2019 (2)\n\nAbout Kyle Anzalone\n\nKyle is an editor.';
    const doc = segment(src(text));
    const at = (needle: string) => contextOf(doc, { start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
    expect(at('2023-10-18')).toBe('boilerplate');
    expect(at('Body text')).toBeNull();
    expect(at('OTHER STORY')).toBe('cross-reference');
    expect(at('3 march 2019')).toBe('caption');
    expect(at('Kyle is')).toBe('boilerplate');
  });
  it('marks a paragraph that ends with its photo credit in brackets as a caption', () => {
    const text = 'Reyes waves to reporters outside the palace in Quito. (AP photo)\n\nReyes met Ortiz (the envoy) on Friday.';
    const doc = segment(src(text));
    const at = (needle: string) => contextOf(doc, { start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
    expect(at('waves')).toBe('caption');
    expect(at('met Ortiz')).toBeNull();
  });
  it('does not mark ordinary paragraphs', () => {
    const doc = segment(src('Reyes landed in Peru on Friday for the fair.\n\nOrtiz greeted her.'));
    expect(doc.regions).toEqual([]);
  });
});

describe('sentenceTense', () => {
  it.each([
    ['Reyes landed in Peru on Friday for the fair.', 'past'],
    ['Their planned visit on Monday will deepen the trade pact.', 'future'],
    ['The leaders of dozens of countries will also be taking part on Thursday.', 'future'],
    ['Chile and Norway were among nine states invited Friday.', 'past'],
    ['Kyle Anzalone is co-host of a podcast with Will Porter.', 'present'],
  ])('%s → %s', (s, t) => expect(sentenceTense(s)).toBe(t));
});
