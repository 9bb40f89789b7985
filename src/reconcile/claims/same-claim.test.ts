import { describe, expect, it } from 'vitest';
import type { EventMention, FigureMention, Source } from '../../core/types.js';
import { extractDates } from '../../extract/dates/index.js';
import { extractFigures } from '../../extract/figures/index.js';
import { extractEntities } from '../../extract/entities/index.js';
import { extractEvents } from '../../extract/events/index.js';
import { segment } from '../../segment/index.js';
import { claimOf, type Claim } from './claim.js';
import { groupClaims, SAME_RULES, sameClaim, VALUE_RULES, valuesAgree } from './same-claim.js';
import { PAIRS, PUBLISHED } from './same-claim.corpus.js';

function figureIn(text: string, id: string, which?: string): { f: FigureMention; events: EventMention[] } {
  const src: Source = { id, path: `${id}.txt`, text, title: null, published: PUBLISHED, publishedFrom: 'header', warnings: [] };
  const doc = segment(src);
  const dates = extractDates(doc);
  const figs = extractFigures(doc, dates).filter((f) => !f.anaphoric);
  const f = which ? figs.find((x) => x.mention.text.includes(which)) : figs[0];
  if (!f) throw new Error(`no figure${which ? ` "${which}"` : ''} in: ${text}`);
  const events = extractEvents(doc, extractEntities(doc), dates).filter((e) => e.sentence === f.sentence);
  return { f, events };
}

function claimIn(text: string, id: string, which?: string): Claim {
  const { f, events } = figureIn(text, id, which);
  const c = claimOf(f, events);
  if (!c) throw new Error(`no claim for "${f.mention.text}" (about ${JSON.stringify(f.about)}) in: ${text}`);
  return c;
}

describe('claim-pair corpus', () => {
  it('has at least 80 pairs, with negatives', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(80);
    expect(PAIRS.filter((p) => !p.same).length).toBeGreaterThanOrEqual(30);
    expect(PAIRS.filter((p) => p.status === 'conflict').length).toBeGreaterThanOrEqual(10);
  });

  for (const p of PAIRS) {
    it(`${p.a} | ${p.b}`, () => {
      const a = claimIn(p.a, 'a', p.fa);
      const b = claimIn(p.b, p.sameSource ? 'a' : 'b', p.fb);
      const d = sameClaim(a, b);
      expect({ same: d.result, rule: d.rule }).toEqual({ same: p.same, rule: p.rule });
      // the same table read by key: grouping puts them together exactly when the pairwise reading does
      expect(groupClaims([a, b]).length).toBe(p.same ? 1 : 2);
      expect(groupClaims([b, a]).length).toBe(p.same ? 1 : 2);
      if (p.same && p.status) {
        const v = valuesAgree(a, b);
        expect({ status: v.result, rule: v.rule }).toEqual({ status: p.status, rule: p.valueRule });
      }
    });
  }

  it('exercises every rule of both tables', () => {
    const used = new Set(PAIRS.flatMap((p) => [p.rule, p.valueRule ?? '']));
    for (const r of [...SAME_RULES, ...VALUE_RULES]) expect(used, `rule ${r.name} has no example`).toContain(r.name);
  });
});
