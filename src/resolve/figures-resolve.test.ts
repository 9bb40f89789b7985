import { describe, expect, it } from 'vitest';
import { resolveCode, resolveSymbol, resolveWord } from './currency.js';
import { parseDigits, parseFraction, parseNumberWords, parseOrdinal, scaled, scaleValue } from './numbers.js';
import { resolvePeriodPhrase } from './period.js';

describe('numbers', () => {
  it.each([
    ['1,234.5', 1234.5], ['190', 190], ['.25', 0.25], ['1 234 567', 1234567], ['12,34', 12.34], ['2,5', 2.5], ['1,2345', null], ['abc', null],
  ])('digits %s', (raw, v) => expect(parseDigits(raw)).toBe(v));
  it.each([
    ['twenty-three', 23], ['Twenty-three', 23], ['one hundred and thirty', 130], ['two thousand and two hundred', 2200],
    ['ninety', 90], ['three lakh crore', 3e12], ['a hundred', 100], ['five million', 5e6], ['twenty and four', 24],
    ['five six', null], ['thirty forty', null],
  ])('words %s', (raw, v) => expect(parseNumberWords(raw)).toBe(v));
  it.each([['42nd', 42], ['third', 3], ['twenty-first', 21], ['75th', 75], ['1st', 1], ['thirds', null]])('ordinal %s', (raw, v) => expect(parseOrdinal(raw)).toBe(v));
  it('fractions and scales', () => {
    expect(parseFraction('a', 'third')).toBe(0.3333);
    expect(parseFraction('two', 'thirds')).toBe(0.6667);
    expect(parseFraction(null, 'half')).toBe(0.5);
    expect(scaleValue('bn')).toBe(1e9);
    expect(scaleValue('Trillion')).toBe(1e12);
    expect(scaled(2.38, 1e9)).toBe(2380000000);
    expect(scaled(16.4, 1e6)).toBe(16400000);
  });
});

describe('currencies', () => {
  it.each([['$', 'USD'], ['US$', 'USD'], ['HK$', 'HKD'], ['C$', 'CAD'], ['R$', 'BRL'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['₽', 'RUB']])(
    'symbol %s', (s, code) => expect(resolveSymbol(s)?.code).toBe(code));
  it('a bare $ says it assumed USD', () => expect(resolveSymbol('$')?.step).toMatch(/usual/));
  it.each([['USD', 'USD'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['ALL', null], ['THE', null], ['usd', null]])(
    'code %s', (c, code) => expect(resolveCode(c)?.code ?? null).toBe(code));
  it.each([
    [null, 'dollars', 'USD'], ['US', 'dollars', 'USD'], ['Canadian', 'dollars', 'CAD'], ['Hong Kong', 'dollars', 'HKD'],
    [null, 'yuan', 'CNY'], [null, 'roubles', 'RUB'], [null, 'reais', 'BRL'], ['Swiss', 'francs', 'CHF'],
    ['Chinese', 'yuan', 'CNY'], ['Dutch', 'guilders', 'NLG'], ['South African', 'rand', 'ZAR'],
  ])('word %s %s', (q, w, code) => expect(resolveWord(q, w)?.code).toBe(code));
  it('subunits are hundredths', () => expect(resolveWord(null, 'cents')).toMatchObject({ code: 'USD', factor: 0.01 }));
});

describe('period phrases', () => {
  it.each([
    ['last year', '2023-10-26', '2022'], ['the previous year', '2023-10-26', '2022'], ['this year', '2023-08-23', '2023'],
    ['the full year', '2023-10-17', '2023'], ['by the end of this year', '2023-10-18', '2023'], ['next year', '2023-01-01', '2024'],
    ['the first three quarters of 2023', null, '2023-01/2023-09'], ['the first half of 2022', null, '2022-01/2022-06'],
    ['the first seven months of 2021', null, '2021-01/2021-07'], ['the last 2 months of 2019', null, '2019-11/2019-12'],
    ['the first months of 2020', null, '2020'],
    ['in 2019', null, '2019'], ['last year', null, null],
  ])('%s @ %s', (p, pub, v) => expect(resolvePeriodPhrase(p, pub)).toBe(v));
});
