import { describe, expect, it } from 'vitest';
import type { Source } from '../../core/types.js';
import { segment } from '../../segment/index.js';
import { EXAMPLES } from './corpus.js';
import { ENTITY_RULES } from './candidates.js';
import { extractEntities } from './index.js';

const source = (text: string): Source => ({ id: 't', path: 't.txt', text, title: null, published: null, publishedFrom: null, warnings: [] });

describe('entity corpus', () => {
  for (const ex of EXAMPLES) {
    it(ex.text.slice(0, 80), () => {
      // weak mentions (lone unknown words) are no entities until another source confirms them (reconcile/weak.ts)
      const ms = extractEntities(segment(source(ex.text))).filter((m) => !m.weak || ex.weak?.includes(m.name));
      for (const m of ms) expect(ex.text.slice(m.mention.start, m.mention.end)).toBe(m.mention.text);
      const shown = ms.map((m) => `${m.type}:${m.name}:${m.kind ?? ''}:${m.rule}:${m.canonical ?? ''}:${m.titles.join('|')}`);
      for (const e of ex.expect) {
        const hit = ms.find((m) => m.type === e.type && m.name === e.name && (!e.kind || m.kind === e.kind) && (!e.rule || m.rule === e.rule)
          && (!e.title || m.titles.includes(e.title)) && (!e.canonical || m.canonical === e.canonical));
        expect(hit, `${e.type} ${e.name} ${e.rule ?? ''} in ${JSON.stringify(shown)}`).toBeTruthy();
      }
      for (const a of ex.absent ?? []) expect(ms.map((m) => m.name), a).not.toContain(a);
      if (!ex.expect.length) expect(shown).toEqual([]);
    });
  }
});

describe('entity rules', () => {
  it('every rule is exercised by an example of the corpus', () => {
    const seen = new Set(EXAMPLES.flatMap((ex) => extractEntities(segment(source(ex.text))).map((m) => m.rule)));
    expect(ENTITY_RULES.filter((r) => !seen.has(r)).join(', ')).toBe('');
  });
});
