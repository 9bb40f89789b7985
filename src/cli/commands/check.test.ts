import { describe, expect, it } from 'vitest';
import { diffReports } from './check.js';

const summit = (who: string[], why: string) => ({
  participants: who,
  places: ['lima'],
  evidence: { participants: who.map((id) => ({ id, support: 2, why })), places: [{ id: 'lima', why: 'venue city' }] },
});

describe('diffReports', () => {
  it('is empty for equal reports', () => {
    const r = { summit: summit(['ana-ruiz'], 'met'), facts: [], people: [] };
    expect(diffReports(r, structuredClone(r))).toEqual([]);
  });

  it('names summit participants and the changed part of the evidence by id, never as [object Object]', () => {
    const lines = diffReports({ summit: summit(['ana-ruiz', 'li-wen'], 'met') }, { summit: summit(['ana-ruiz', 'tomas-berg'], 'met') });
    const text = lines.join('\n');
    expect(text).not.toContain('[object Object]');
    expect(text).toMatch(/participants: - ana-ruiz, li-wen\n\s+\+ ana-ruiz, tomas-berg/);
    expect(text).toMatch(/evidence\.participants: - ana-ruiz, li-wen\n\s+\+ ana-ruiz, tomas-berg/);
    expect(text).not.toContain('evidence.places'); // unchanged part not listed
  });
});
