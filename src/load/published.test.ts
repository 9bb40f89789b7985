import { describe, expect, it } from 'vitest';
import { findPublished, findTitle } from './published.js';

describe('findPublished', () => {
  it.each([
    [' date 2023-10-18 Title line\n\nBody.', '2023-10-18', 'header'],
    ['Title\n\nby | Oct 17, 2023\n\nBody.', '2023-10-17', 'byline'],
    ['Title\n\nPublished Aug 24, 2023\n\nShare', '2023-08-24', 'byline'],
    ['October 18, 2023, 4:30 am – Chinese President Xi Jinping met …', '2023-10-18', 'text'],
    ['Nothing dated here at all.', null, null],
    ['Title\n\nOn March 3, 2022, Russian troops crossed the border.', null, null],
    ['Title\n\nPutin attends a session in Moscow, Russia, August 23, 2023.\n\nBody.', '2023-08-23', 'text'],
    ['Title\n\nby | Feb 30, 2023\n\n', null, null],
  ])('%j', (text, iso, from) => {
    const p = findPublished(text);
    expect([p.published, p.publishedFrom]).toEqual([iso, from]);
  });
  it('ignores dates inside cross-references', () => {
    const text = 'He said so. (See “STORY” 15 Aug 2023.)';
    const at = text.indexOf('(See');
    expect(findPublished(text, [{ start: at, end: text.length }]).published).toBeNull();
  });
});

describe('findTitle', () => {
  it('reads a headline from the header line or the first line', () => {
    expect(findTitle(' date 2023-10-18 Xi and Putin Meet\n\nBody.')).toBe('Xi and Putin Meet');
    expect(findTitle('Putin Visits China\nBody text.')).toBe('Putin Visits China');
  });
  it('does not take a paragraph or a wire lead as the title', () => {
    expect(findTitle(' date 2023-08-22 (Bloomberg) -- Chinese President Xi Jinping skipped a forum.')).toBeNull();
    expect(findTitle('The summit will begin in Johannesburg on Tuesday, and leaders from 67 countries will attend it.')).toBeNull();
  });
});
