// Regexes safe from catastrophic backtracking: the whole pipeline (load's text rules, segmentation, every
// extractor as it lands) runs over adversarial text in time linear in its size.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/pipeline.js';
import { textSource } from '../../src/load/sources.js';
import { readHtml } from '../../src/load/html.js';

/** Shapes that make nested or overlapping quantifiers backtrack: long runs of what a rule half-matches. */
const ADVERSARIAL: Array<[string, string]> = [
  ['capitalised words', 'Xi Jinping Vladimir Putin Al '.repeat(1200)],
  ['one long word', 'A'.repeat(30000)],
  ['spaces', ' '.repeat(30000) + 'x'],
  ['newlines', '\n'.repeat(30000) + 'x'],
  ['digit groups', '1,'.repeat(15000)],
  ['number words', 'one hundred and twenty '.repeat(1300)],
  ['money without end', '$1.5 billion and '.repeat(1800)],
  ['open brackets', '('.repeat(30000)],
  ['unclosed quotes', '“He said '.repeat(3000)],
  ['unclosed straight quotes', '"a, '.repeat(7000)],
  ['dots', 'Mr. '.repeat(7500)],
  ['hyphens', 'well-'.repeat(6000)],
  ['dates without end', 'Oct. 18, 2023, '.repeat(2000)],
  ['see references', '(See “'.repeat(5000)],
  ['month words', 'May March June '.repeat(2000)],
  ['titles', 'President Prime Minister '.repeat(1200)],
  ['percent signs', '5% '.repeat(10000)],
  ['many short lines', 'a\n'.repeat(15000)],
  ['blank lines and text', 'word\n\n\n'.repeat(7000)],
];

/**
 * Very generous: linear rules take milliseconds to a few seconds on a loaded machine shared by many jobs;
 * catastrophic backtracking takes minutes. The bound only has to tell the two apart.
 */
const BOUND_MS = 25_000;
const TIMEOUT = { timeout: 60_000 };

describe('adversarial text runs in bounded time', () => {
  it.each(ADVERSARIAL)('%s', TIMEOUT, (_name, text) => {
    const t0 = performance.now();
    const source = textSource('adv', 'adv.txt', text, [], { referenceDate: '2023-10-18' });
    const report = run([source]);
    expect(report.sources).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
  });

  it.each([
    ['unclosed tags', '<div><p>'.repeat(5000)],
    ['unclosed comment', '<html><body><!--' + 'x'.repeat(30000)],
    ['attribute soup', '<html><body><p a="'.repeat(3000)],
  ])('HTML: %s', TIMEOUT, (_name, html) => {
    const t0 = performance.now();
    readHtml(html);
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
  });
});
