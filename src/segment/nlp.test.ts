import { describe, expect, it } from 'vitest';
import { personEvidence, tagSnippets } from './nlp.js';

describe('tagSnippets', () => {
  it('tags several snippets in one call, offsets relative to each snippet', () => {
    const snippets = ['praised by Yevgeny Prigozhin and', 'the Great Wall of', 'Mr. Smith said'];
    const out = tagSnippets(snippets);
    expect(out).toHaveLength(3);
    out.forEach((terms, i) => {
      for (const t of terms) expect(snippets[i]!.slice(t.start, t.end)).toBe(t.text);
    });
    expect(personEvidence(out[0]!, 10, 27).firstName).toBe(true);
    expect(personEvidence(out[1]!, 4, 14).person).toBe(false);
    expect(tagSnippets([])).toEqual([]);
  });
});
