// Property tests over the real loader and pipeline (they grow stronger as extractors land):
// arbitrary text never throws; every mention's offsets slice back to its text; output is identical under input
// reordering. Run counts are modest so the suite stays fast.
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report, Source } from '../src/core/types.js';
import { decode } from '../src/load/decode.js';
import { readHtml } from '../src/load/html.js';
import { parseJsonlLine } from '../src/load/jsonl.js';
import { textSource } from '../src/load/sources.js';
import { extractSource, run } from '../src/pipeline.js';
import { renderJson } from '../src/render/json.js';
import { FORMATS } from '../src/render/index.js';
import { plainColors } from '../src/render/colors.js';

/** Pieces of news prose that the extractors react to, mixed with arbitrary text below. */
const PIECES = [
  'Xi Jinping', 'Vladimir Putin', 'President Luiz Inácio Lula da Silva', 'Prime Minister Narendra Modi', 'Mr. Ramaphosa',
  'Beijing', 'Johannesburg', 'South Africa', 'the United States', 'the BRICS group', 'the New Development Bank',
  '$190 billion', '3.5%', 'two', 'ninety-minute', '1,200', 'a third', 'more than 40', '$2bn-3bn', 'R$5 trillion',
  'Oct. 18, 2023', 'on Tuesday', 'last year', '2023', 'the 1980s', 'this week', 'August 22-24', 'at 4:30 pm',
  '“We agree,”', 'he said', 'said', '"Trade will grow," Putin said.', '‘quoted’', '«cité»',
  '. ', ', ', '; ', ' -- ', ' – ', '\n', '\n\n', ' (See “STORY” 15 Aug 2023.) ', 'About Jane Doe\n', 'Share\n',
  ' date 2023-10-18 ', 'Picture: AFP/GETTY', '😀', '\u00a0', '\t', 'Ü', 'ß', 'İ', '\u200b', '\u0301',
] as const;

const prose = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 60 })
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(prose, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));

const referenceDate = fc.option(fc.constantFrom('2023-10-18', '2023-01-01', '2024-02-29'), { nil: null });

const sourceOf = (id: string, text: string, ref: string | null): Source => textSource(id, `${id}.txt`, text, [], { referenceDate: ref });

/** Every object in `x` shaped like a Mention: { source, start, end, text }. */
function mentionsIn(x: unknown, out: Array<{ source: string; start: number; end: number; text: string }> = []) {
  if (Array.isArray(x)) for (const y of x) mentionsIn(y, out);
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push(o as never);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'source' || typeof v !== 'string') mentionsIn(v, out);
  }
  return out;
}

function checkMentions(report: unknown, sources: Source[]) {
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  for (const m of mentionsIn(report)) {
    const text = texts.get(m.source);
    expect(text, `mention of unknown source ${m.source}`).toBeDefined();
    expect(0 <= m.start && m.start <= m.end && m.end <= text!.length).toBe(true);
    expect(text!.slice(m.start, m.end)).toBe(m.text);
  }
}

/**
 * One fixed seed for every property, so a run is repeatable: a failure names its seed (and fast-check's path);
 * PROPERTY_SEED=<n> replays or explores another one.
 */
const SEED = Number(process.env.PROPERTY_SEED ?? 20231018);
fc.configureGlobal({ seed: SEED });
beforeAll(() => console.info(`property tests: seed ${SEED} (set PROPERTY_SEED to change)`));
afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail') console.error(`property test "${ctx.task.name}" failed with seed ${SEED}: replay with PROPERTY_SEED=${SEED}`);
});

const RUNS = { numRuns: 40 } as const;

describe('properties of the pipeline', () => {
  it('arbitrary text never throws, and every format renders (JSON parses)', () => {
    fc.assert(
      fc.property(anyText, referenceDate, (text, ref) => {
        const report: Report = run([sourceOf('a', text, ref)]);
        expect(() => JSON.parse(renderJson(report))).not.toThrow();
        for (const render of Object.values(FORMATS)) expect(typeof render(report, { colors: plainColors, width: 80 })).toBe('string');
      }),
      RUNS,
    );
  });

  it('every mention, in each extraction and in the report, slices back to its text', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 3 }), referenceDate, (texts, ref) => {
        const sources = texts.map((t, i) => sourceOf(`s${i}`, t, ref));
        for (const s of sources) {
          const { doc: _doc, ...found } = extractSource(s);
          checkMentions(found, sources);
        }
        checkMentions(run(sources), sources);
      }),
      RUNS,
    );
  });

  it('the output is identical whatever order the sources come in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), prose), { minLength: 2, maxLength: 4, selector: ([id]) => id }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        referenceDate,
        (entries, keys, ref) => {
          const sources = entries.map(([id, text]) => sourceOf(id, text, ref));
          const shuffled = sources.map((s, i) => [keys[i % keys.length]! * 10 + i, s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
          expect(renderJson(run(shuffled))).toBe(renderJson(run(sources)));
          expect(renderJson(run([...sources].reverse()))).toBe(renderJson(run(sources)));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('properties of the loader', () => {
  it('any bytes decode without throwing: text has no CR and no NUL, or a reason to skip', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, truncated) => {
        const d = decode(Buffer.from(bytes), truncated);
        if (d.ok) expect(/[\r\0]/.test(d.text)).toBe(false);
        else expect(d.reason).toMatch(/^binary file/);
      }),
      { numRuns: 200 },
    );
  });

  it('any markup is read as HTML without throwing, and its text has no tags from the markup', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<script>', '</script>', '<nav>', '</nav>', '<!--', '-->', '<a href="x">', '</a>', '<h1>', '</h1>', '&amp;', '&nbsp;', '<meta property="og:title" content="T">');
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, fc.string({ maxLength: 10 })), { maxLength: 40 }), (parts) => {
        const page = readHtml(`<html><body>${parts.join('')}</body></html>`);
        expect(page.text).not.toMatch(/<(?:p|div|br|script|nav|h1)>/);
        expect(page.title ?? '').not.toMatch(/<(?:p|div|br|script|nav|h1)>/);
        expect(page.text.includes('\r')).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('any JSON line parses to an article, a blank, or a reason — never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.record({ text: fc.string(), id: fc.option(fc.string()) }).map((o) => JSON.stringify(o))), (line) => {
        const r = parseJsonlLine({ line: 1, bytes: Buffer.from(line), length: Buffer.byteLength(line) }, 1 << 20);
        if (r && !('skip' in r)) expect(r.text.trim()).not.toBe('');
      }),
      { numRuns: 200 },
    );
  });
});
