import { describe, expect, it } from 'vitest';
import type { Source } from '../../core/types.js';
import { segment } from '../../segment/index.js';
import { extractDates } from '../dates/index.js';
import { extractFigures } from './index.js';

const aboutOf = (text: string, figure: string) => {
  const src: Source = { id: 't', path: 't.txt', text, title: null, published: null, publishedFrom: null, warnings: [] };
  const doc = segment(src);
  return extractFigures(doc, extractDates(doc)).find((f) => f.mention.text === figure)?.about;
};

describe('what a duration measures', () => {
  it('is never the person who spent it, nor the place it was spent in', () => {
    expect(aboutOf('Xi Jinping spent three days in Moscow.', 'three days')).toBeNull();
    expect(aboutOf('President Joe Biden spent more than four hours in a meeting with Xi.', 'more than four hours')).toBe('length of the meeting');
    expect(aboutOf('Putin spent two hours at the Kremlin before the talks with Kim.', 'two hours')).toBe('length of the talks');
  });
});
