// Regexes safe from catastrophic backtracking: the whole pipeline (load's text rules, segmentation, every
// extractor as it lands) runs to the end over adversarial text. No test here times anything: the per-test timeout
// only stops a hang. The inputs are long (about 120,000 characters): catastrophic backtracking on them runs for
// minutes or never ends, which the timeout turns into a failure. Speed targets live in `npm run bench`.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/pipeline.js';
import { textSource } from '../../src/load/sources.js';
import { readHtml } from '../../src/load/html.js';

/** Shapes that make nested or overlapping quantifiers backtrack: long runs of what a rule half-matches. */
const ADVERSARIAL: Array<[string, string]> = [
  ['capitalised words', 'Xi Jinping Vladimir Putin Al '.repeat(4800)],
  ['one long word', 'A'.repeat(120000)],
  ['spaces', ' '.repeat(120000) + 'x'],
  ['newlines', '\n'.repeat(120000) + 'x'],
  ['digit groups', '1,'.repeat(60000)],
  ['number words', 'one hundred and twenty '.repeat(5200)],
  ['money without end', '$1.5 billion and '.repeat(7200)],
  ['open brackets', '('.repeat(120000)],
  ['unclosed quotes', '“He said '.repeat(12000)],
  ['unclosed straight quotes', '"a, '.repeat(28000)],
  ['dots', 'Mr. '.repeat(30000)],
  ['hyphens', 'well-'.repeat(24000)],
  ['dates without end', 'Oct. 18, 2023, '.repeat(8000)],
  ['see references', '(See “'.repeat(20000)],
  ['month words', 'May March June '.repeat(8000)],
  ['titles', 'President Prime Minister '.repeat(4800)],
  ['percent signs', '5% '.repeat(40000)],
  ['many short lines', 'a\n'.repeat(60000)],
  ['blank lines and text', 'word\n\n\n'.repeat(28000)],
];

/** A guard against a hang, not a speed target: generous for a loaded machine shared by many jobs. */
const TIMEOUT = { timeout: 120_000 };

describe('adversarial text runs to the end', () => {
  it.each(ADVERSARIAL)('%s', TIMEOUT, (_name, text) => {
    const source = textSource('adv', 'adv.txt', text, [], { referenceDate: '2023-10-18' });
    expect(source.text.length).toBeGreaterThan(0);
    const report = run([source]);
    expect(report.sources).toEqual([expect.objectContaining({ id: 'adv', chars: source.text.length })]);
  });

  it.each([
    ['unclosed tags', '<div><p>'.repeat(20000)],
    ['unclosed comment', '<html><body><!--' + 'x'.repeat(120000)],
    ['attribute soup', '<html><body><p a="'.repeat(12000)],
  ])('HTML: %s', TIMEOUT, (_name, html) => {
    const page = readHtml(html);
    expect(page.text).not.toMatch(/<\w|-->/); // no markup read as text
  });
});
