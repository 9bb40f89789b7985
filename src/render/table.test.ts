// The terminal view fits the width it is given, puts the summit record and every conflict note on the first screen,
// shows ids, and stays small however many sources cite a fact.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Report } from '../core/types.js';
import { plainColors, type Colors } from './colors.js';
import { FORMATS, SECTIONS } from './index.js';
import { seedsReport, syntheticReport } from './reports.test-kit.js';

const table = (r: Report, width: number, extra: object = {}) => FORMATS.table(r, { colors: plainColors, width, command: 'summit-facts extract seeds/', ...extra });
const lines = (s: string) => s.replace(/\n$/, '').split('\n');
/** The text of some lines as one run of words, so a wrapped note can be found whole. */
const flat = (ls: string[]) => ls.join(' ').replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// colours that add ANSI codes, to check that widths count what the terminal shows
const esc = (n: number) => (s: string) => `\u001b[${n}m${s}\u001b[0m`;
const ansi: Colors = { bold: esc(1), dim: esc(2), red: esc(31), green: esc(32), yellow: esc(33), cyan: esc(36) };

describe('table: the top-down view of the seeds', () => {
  for (const width of [80, 120]) {
    it(`no line wider than ${width}; summit record and every conflict note in full within the first 50 lines`, async () => {
      const r = await seedsReport();
      const out = lines(table(r, width));
      for (const l of out) expect(stringWidth(l), l).toBeLessThanOrEqual(width);
      const screen = flat(out.slice(0, 50));
      const names = new Map([...r.people, ...r.places].map((e) => [e.id, e.name]));
      expect(r.summit).not.toBeNull();
      for (const p of [...r.summit!.participants, ...r.summit!.places]) expect(screen).toContain(names.get(p) ?? p);
      for (const d of r.summit!.dates) expect(screen).toContain(d);
      const conflicts = r.facts.filter((f) => f.status === 'conflict');
      expect(conflicts.length).toBeGreaterThan(0);
      for (const f of conflicts) {
        expect(screen).toContain(f.id);
        expect(screen).toContain(squash(f.note));
      }
    });
  }

  it('shows the id of every conflict and agreed fact, and counts the rest with the command that shows it', async () => {
    const r = await seedsReport();
    const out = table(r, 100);
    for (const f of r.facts.filter((x) => x.status !== 'single')) expect(out).toContain(f.id);
    expect(out).toContain(`${r.people.length} people`);
    expect(out).toContain('summit-facts extract seeds/ --section');
  });

  it('with ANSI colours the visible width still fits, and colour comes only from the colors object', async () => {
    const r = await seedsReport();
    const coloured = FORMATS.table(r, { colors: ansi, width: 80 });
    expect(coloured).toMatch(/\u001b\[31m/);
    for (const l of lines(coloured)) expect(stringWidth(l)).toBeLessThanOrEqual(80);
    expect(lines(table(r, 80)).join('\n')).not.toMatch(/\u001b/);
  });

  it('every section renders within the width and lists its items by id', async () => {
    const r = await seedsReport();
    for (const width of [60, 80, 120]) {
      const out = table(r, width, { sections: SECTIONS });
      for (const l of lines(out)) expect(stringWidth(l), `${width}: ${l}`).toBeLessThanOrEqual(width);
      // ids are never broken across lines where they fit
      if (width >= 80) for (const e of [...r.people, ...r.places, ...r.organizations, ...r.figures, ...r.sources, ...r.facts]) expect(flat(lines(out))).toContain(e.id);
    }
  });

  it('one section alone prints only that section', async () => {
    const r = await seedsReport();
    const out = table(r, 80, { sections: ['people'] });
    expect(out).toContain(`People (${r.people.length})`);
    expect(out).not.toContain('Conflicts');
    expect(out).not.toContain('Summit');
  });
});

describe('table: any report', () => {
  it("a summit's extra fields: a venue id is shown by name, structured evidence is left to explain and the JSON", () => {
    const r = syntheticReport(3, { claim: 'trade volume', note: 'two values', name: 'Ana Lima', word: 'trade' });
    const extended = { ...r, summit: { ...r.summit!, venue: 'place-a', evidence: { participants: [{ id: 'person-a', why: 'SECRET-WHY' }] } } } as Report;
    const out = table(extended, 80, { sections: ['summit'] });
    expect(out).toMatch(/venue\s+Ana Lima place-a \[place-a\]/);
    expect(out).not.toContain('SECRET-WHY');
    expect(JSON.parse(FORMATS.json(extended, { colors: plainColors, width: 80 })).summit.evidence.participants[0].why).toBe('SECRET-WHY');
    const md = FORMATS.markdown(extended, { colors: plainColors, width: 80 });
    expect(md).toContain('Ana Lima place-a (`place-a`)');
    expect(md).not.toContain('SECRET-WHY');
    const csv = FORMATS.csv(extended, { colors: plainColors, width: 80, sections: ['summit'] });
    expect(csv.split('\r\n')[0]).toMatch(/,venue$/);
    expect(csv).not.toContain('SECRET-WHY');
  });

  it('2,000 sources citing every fact: cells list a few ids, the view stays small', () => {
    const r = syntheticReport(2000, { claim: 'trade volume', note: 'two values', name: 'Ana Lima', word: 'trade' });
    const out = table(r, 80);
    expect(out.length).toBeLessThan(10_000);
    expect(out).toContain('+ 1997 more');
    const all = table(r, 80, { sections: SECTIONS });
    // each of the 2,000 sources is one row; no cell lists them all
    expect(lines(all).length).toBeLessThan(2000 * 3 + 200);
    for (const l of lines(all)) expect(stringWidth(l)).toBeLessThanOrEqual(80);
  });

  it('fits any width and shows every conflict note whole, whatever the text (property, fixed seed)', () => {
    const seed = 1103;
    console.log(`table width property: fast-check seed ${seed}`);
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', 'e\u0301', '\u00ad', '—', '語', '😀', '|', '"', '\t', '\u001b', '\u202e', '-', '\n', 'long'), minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(text, text, text, fc.stringMatching(/^[a-z]{1,40}$/), fc.integer({ min: 20, max: 200 }), (claim, note, name, word, width) => {
        const r = syntheticReport(7, { claim, note, name, word });
        for (const sections of [null, SECTIONS]) {
          const out = table(r, width, { sections });
          for (const l of lines(out)) expect(stringWidth(l)).toBeLessThanOrEqual(width);
          expect(out).not.toMatch(/[\u001b\t]/);
        }
        // what a reader sees: no controls, no spaces, composed accents (the wrapper may compose é)
        const visible = (s: string) => squash(s.replace(/[\u0000-\u001f\u202e]/g, ' ')).replace(/ /g, '').normalize('NFC');
        const shown = visible(lines(table(r, width)).join(''));
        for (const f of r.facts.filter((x) => x.status === 'conflict')) expect(shown).toContain(visible(f.note));
      }),
      { seed, numRuns: 60 },
    );
  });
});
