import { describe, expect, it } from 'vitest';
import { unitWordsIn } from './unit-words.js';

describe('unit words with no number', () => {
  it.each([
    ['It was a multimillion-euro contract.', 'euro', 'EUR'],
    ['yen : 0.0068 dollars ; sterling firmer', 'yen', 'JPY'],
    ['A short ton is lighter than a metric ton.', 'metric ton', 't'],
    ['Doses are given in micrograms per kilogram.', 'micrograms', 'µg'],
  ])('%s → %s', (text, word, unit) => {
    expect(unitWordsIn(text, []).map((u) => [u.text, u.unit])).toContainEqual([word, unit]);
  });

  it('skips words inside a figure and words that are ordinary nouns or verbs alone', () => {
    const text = 'She won 40 euros and a barrel of apples, the real prize.';
    const at = text.indexOf('40 euros');
    expect(unitWordsIn(text, [{ start: at, end: at + 8 }])).toEqual([]);
  });
});
