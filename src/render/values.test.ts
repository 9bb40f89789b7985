// How values read in the human formats: scale words for large numbers, fractions as a text says them, ordinals,
// approximations; source lists cut to a few ids with the rest counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fewIds, formatNumber, formatValue } from './values.js';

describe('formatValue', () => {
  it.each([
    [[4.2e9, 'EUR', 'about'], 'about 4.2 billion EUR'],
    [[12_500, 'count', 'exact'], '12,500'],
    [[0.25, 'fraction', 'nearly'], 'nearly 1/4'],
    [[0.6667, 'fraction', 'exact'], '2/3'],
    [[0.137, 'fraction', 'exact'], '0.137'],
    [[22, 'ordinal', 'exact'], '22nd'],
    [[13, 'ordinal', 'exact'], '13th'],
    [[7.5, 'percent', 'up-to'], 'up to 7.5%'],
    [[45, 'minutes', 'more-than'], 'more than 45 minutes'],
    [['2019-06-30', 'date', undefined], '2019-06-30'],
  ] as const)('%j → %s', ([value, unit, approx], expected) => {
    expect(formatValue(value, unit, approx)).toBe(expected);
  });

  it('large numbers keep their magnitude in words (property, fixed seed)', () => {
    const seed = 2207;
    console.log(`formatNumber property: fast-check seed ${seed}`);
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom([1e6, 'million'], [1e9, 'billion'], [1e12, 'trillion']), (n, [scale, word]) => {
      expect(formatNumber(n * (scale as number))).toBe(`${n} ${word}`);
    }), { seed, numRuns: 100 });
  });
});

describe('fewIds', () => {
  it('lists at most `max` ids and counts the rest', () => {
    const ids = Array.from({ length: 17 }, (_, i) => `s${i}`);
    expect(fewIds(ids, 3, 'sources')).toBe('s0, s1, s2 + 14 more sources');
    expect(fewIds(ids.slice(0, 3), 3)).toBe('s0, s1, s2');
  });
});
