import { describe, expect, it } from 'vitest';
import { WORD_RE, tokenize, wordSpans } from './tokens.js';
import { mulberry32 as rng } from '../../core/random.js';

describe('word scan', () => {
  it('finds what WORD_RE finds, in any script (astral letters, combining marks, joiners, lone surrogates)', () => {
    const pieces = ['a', 'Q', '7', '_', 'é', 'e\u0301', '\u0301', 'Ж', 'ع', '中', '٣', 'Ⅻ', '𝐀', '𝟕', '😀', '.', "'", '’', '&', '-', ' ', ',', '\n', '\u00a0', '\ud800', '\udc00', 'U.S.', 'Jean-Pierre'];
    const seed = 1203;
    console.log(`word scan property test seed ${seed}`);
    const r = rng(seed);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + Math.floor(r() * 30) }, () => pieces[Math.floor(r() * pieces.length)]!).join('');
      const expected = [...text.matchAll(WORD_RE)].map((m): [number, number] => [m.index, m.index + m[0].length]);
      expect(wordSpans(text), JSON.stringify(text)).toEqual(expected);
    }
  });
  it('tokenizes a sentence into words with offsets, possessives and case', () => {
    const text = 'Ms. Ana Ruiz’s team met NATO envoys in Jean-Pierre Square.';
    expect(tokenize(text, 0, text.length).map((t) => [t.text, text.slice(t.start, t.end), t.poss, t.cap, t.upper])).toEqual([
      ['Ms.', 'Ms.', false, true, false], ['Ana', 'Ana', false, true, false], ['Ruiz', 'Ruiz', true, true, false], ['team', 'team', false, false, false],
      ['met', 'met', false, false, false], ['NATO', 'NATO', false, true, true], ['envoys', 'envoys', false, false, false], ['in', 'in', false, false, false],
      ['Jean-Pierre', 'Jean-Pierre', false, true, false], ['Square', 'Square', false, true, false],
    ]);
  });
});
