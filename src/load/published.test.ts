import { describe, expect, it } from 'vitest';
import { datelineMonthDay, findPublished, findTitle } from './published.js';

describe('findPublished', () => {
  it.each([
    [' date 2023-10-18 Title line\n\nBody.', '2023-10-18', 'header'],
    ['Title\n\nby | Oct 17, 2023\n\nBody.', '2023-10-17', 'byline'],
    ['Title\n\nPublished Aug 24, 2023\n\nShare', '2023-08-24', 'byline'],
    ['March 14, 2022, 6:10 am – The Chilean minister met …', '2022-03-14', 'text'],
    ['Nothing dated here at all.', null, null],
    ['Title\n\nOn March 3, 2022, Russian troops crossed the border.', null, null],
    ['Title\n\nby | Feb 30, 2023\n\n', null, null],
    ['Title\n\nBy Ana Ruiz, March 14, 2022 6:05 pm\n\nBody.', '2022-03-14', 'byline'],
    ['Title\nBy Ann Lee | Sep 9, 2023\nBody.', '2023-09-09', 'byline'],
    ['Title\nBy Ann Lee and Bo Park, Reuters, September 10, 2023\nBody.', '2023-09-10', 'byline'],
    ['Title\nUpdated: Sep 10, 2023, 09:16 AM IST\nBody.', '2023-09-10', 'byline'],
    ['Title\nPublished On: Saturday, 9 September 2023\nBody.', '2023-09-09', 'byline'],
    // a posting and a later update time: the latest printed time dates the text as it stands
    ['Title\nUpdated: Sep 12, 2023\nPublished On: Sep 10, 2023\nBody.', '2023-09-12', 'byline'],
    ['Title\nPosted at 11:40 PM, Mar 2, 2021\nand last updated 2021-03-03 01:10:44-05\n\nBody.', '2021-03-03', 'byline'],
    ['Title\n\nPublished: April 9, 2021 18:22:07\n\nBody.', '2021-04-09', 'byline'],
    ['Title\nPosted at 6:15 AM, Jan 28, 2020\nBody.', '2020-01-28', 'byline'],
    ['Title\nPublished : 12 Jul 2022, 07:45\nBody.', '2022-07-12', 'byline'],
    ['Title\nLast updated 19 May 2021 | 09:30 IST\nBody.', '2021-05-19', 'byline'],
    ['Title\nFirst published on Thursday, 5 August 2021\nModified: 6 August 2021\nBody.', '2021-08-06', 'byline'],
    ['Title\nWritten by Lantern Audio All Rights Reserved on March 14, 2022\n(LIMA) — The minister said …', '2022-03-14', 'byline'],
    ['Friday, 4 March 2022\n\nOlder story title\n\nThe minister met her counterpart.', null, null],
    // a bare timestamp line
    ['Title\n\n22 Jan 2021 16:40\n\nThe minister said …', '2021-01-22', 'text'],
    // never: a site clock above an older story, a dated caption line, an embedded post, a body sentence with "posted"
    ['News | 08:05 GMT 19 July 2022\n\nOlder story title\n\nThe minister met her counterpart.', null, null],
    ['Title\n\nThe minister arrives in Nairobi, Kenya, March 3, 2022.\n\nBody.', null, null],
    ['Title\n\nGreat talks today! pic.twitter.com/abc\n— Ann Lee (@annlee) June 3, 2019\nJune 3, 2019 — Ann Lee (@annlee)\n\nBody.', null, null],
    ['Title\n\nHe posted on March 3, 2022 that the talks had collapsed, and the ministry later published an account of the meeting that many disputed.', null, null],
    ['NEW DELHI, 9th September, 2023 (WAM) -- The declaration adopted today …', '2023-09-09', 'text'],
    ['WASHINGTON, Nov 15, 2023 (Reuters) - President Joe Biden …', '2023-11-15', 'text'],
    ['Home > China News\nXi Meets Macron\n\n2023-04-07 23:55\n\nOn the afternoon of April 7, 2023, …', '2023-04-07', 'byline'],
    ['Title\n\nThe 2023-04-07 report said so.', null, null],
    // a body sentence is no byline or dateline
    ['Title\n\nBy March 3, 2022, Russian troops had crossed the border.', null, null],
    ['Title\n\nBy Tuesday, August 22, 2023, the leaders had arrived.', null, null],
    ['Title\n\nThe leaders met in Delhi, September 9, 2023. They talked.', null, null],
    ['Title\n\nBy the end of the talks on September 9, 2023 nothing was agreed.', null, null],
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

describe('datelineMonthDay', () => {
  it.each([
    ['Kohima, October 2: Regional premier Asha Rao and …', [10, 2]],
    ['VOSTOCHNY COSMODROME /Amur Region/, September 13. /TASS/. Russian President …', [9, 13]],
    ['WASHINGTON, Nov 15 (Reuters) - President Joe Biden …', [11, 15]],
    ['Rio de Janeiro, 9 March -- The talks …', [3, 9]],
    ['Seoul/Tokyo, Apr 3 (Yonhap).- Foreign ministers of both …', [4, 3]],
  ])('%j', (text, [month, day]) => {
    const d = datelineMonthDay(text);
    expect([d?.month, d?.day]).toEqual([month, day]);
    expect(text.slice(d!.start, d!.end)).toMatch(/^[A-Z]/);
  });
  it.each([
    'The leaders met on Tuesday, September 12. They talked.',
    'Modi said, September 9 would be remembered.',
    'Title\n\nIn a statement, Sep 9 was named.',
  ])('no dateline: %j', (text) => {
    expect(datelineMonthDay(text)).toBeNull();
  });
});

describe('findTitle', () => {
  it('reads a headline from the header line or the first line', () => {
    expect(findTitle(' date 2023-10-18 Xi and Putin Meet\n\nBody.')).toBe('Xi and Putin Meet');
    expect(findTitle('Putin Visits China\nBody text.')).toBe('Putin Visits China');
  });
  it('does not take a paragraph or a wire lead as the title', () => {
    expect(findTitle(' date 2021-03-09 (Bloomberg) -- The Peruvian minister missed a trade fair.')).toBeNull();
    expect(findTitle('The summit will begin in Johannesburg on Tuesday, and leaders from 67 countries will attend it.')).toBeNull();
  });
});
