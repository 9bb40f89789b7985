import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random.js';
import { hasLowerWord } from './text.js';

// what hasLowerWord must equal: membership in the words this regex reads
const lowerWords = (text: string) => new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []);

describe('hasLowerWord', () => {
  it('finds a word written in lower case, not one only capitalised or inside a longer word', () => {
    const text = 'Delegates crossed the Plaza Mayor to the old plaza; Marketplace talks; the mayor-elect spoke.';
    expect(hasLowerWord(text, 'plaza')).toBe(true);
    expect(hasLowerWord(text, 'mayor')).toBe(true); // before a hyphen
    expect(hasLowerWord(text, 'delegates')).toBe(false); // capitalised only
    expect(hasLowerWord(text, 'market')).toBe(false); // inside "Marketplace"
    expect(hasLowerWord(text, 'place')).toBe(false); // the end of a capitalised word
    expect(hasLowerWord(text, 'elect')).toBe(true); // after a hyphen
    expect(hasLowerWord(text, 'mayor-elect')).toBe(false); // not letters only
    expect(hasLowerWord('', 'the')).toBe(false);
  });

  it('reads letters outside ASCII as letters on either side', () => {
    expect(hasLowerWord('São Paulo e a cúpula', 'o')).toBe(false); // "ã" is a letter: no word "o" in "São"
    expect(hasLowerWord('un café à Genève', 'caf')).toBe(false);
    expect(hasLowerWord('un café à Genève', 'café')).toBe(true);
    expect(hasLowerWord('𝐀rt and art', 'rt')).toBe(false); // an astral letter before
    expect(hasLowerWord('7th and 8th', 'th')).toBe(false); // a digit before
  });

  it('equals membership in the regex-read words on random texts (seeded)', () => {
    const seed = 20261203;
    console.log(`hasLowerWord property test seed ${seed}`);
    const r = mulberry32(seed);
    const pieces = ['a', 'b', 'ab', 'ba', 'A', 'B', 'é', 'É', '1', ' ', '-', "'", '.', '𝐀', 'ß'];
    const pick = () => pieces[Math.floor(r() * pieces.length)]!;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = Math.floor(r() * 12); k > 0; k--) text += pick();
      const words = lowerWords(text);
      for (const w of ['a', 'b', 'ab', 'ba', 'é', 'aé', 'ß', 'aa']) expect(hasLowerWord(text, w), JSON.stringify({ text, w })).toBe(words.has(w));
    }
  });
});
