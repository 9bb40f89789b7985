import { describe, expect, it } from 'vitest';
import { personKey, sameName, spellingKey } from './entity-names.js';

describe('personKey: spellings of one transliterated name share a key', () => {
  it.each([
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Volodymyr Zelenskiy', 'Volodymyr Zelensky'],
    ['Muammar Gaddafi', 'Muammar Qaddafi'],
    ['Muammar Gadhafi', 'Muammar Qaddafi'],
    ['Kim Jong Un', 'Kim Jong-un'],
    ['Kim Jung-un', 'Kim Jong Un'],
    ['Sergei Shoigu', 'Sergey Shoigu'],
    ['Alexei Navalny', 'Aleksei Navalny'],
    ['Mike Pompeo', 'Michael Pompeo'],
    ['Bill Burns', 'William Burns'],
  ])('%s ~ %s', (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Kim Jong Un', 'Kim Jong Il'],
    ['Li Qiang', 'Li Keqiang'],
    ['Ali Khamenei', 'Ruhollah Khomeini'],
    ['Ali Khamenei', 'Ali Khomeini'],
    ['Wang Yi', 'Wang Wentao'],
    ['Michael Pompeo', 'Mitchell Pompeo'],
  ])('%s ≁ %s', (a, b) => {
    expect(personKey(a)).not.toBe(personKey(b));
    expect(sameName(a, b)).toBe(false);
  });

  it('has no key for a single word, which alone cannot tell two people apart', () => {
    expect(personKey('Kim')).toBeNull();
    expect(personKey('Zelensky')).toBeNull();
  });

  it('folds only the alternations of romanisation, not other letters', () => {
    expect(spellingKey('Zelenskyy')).toBe(spellingKey('Zelenskiy'));
    expect(spellingKey('Putin')).not.toBe(spellingKey('Patin'));
  });
});
