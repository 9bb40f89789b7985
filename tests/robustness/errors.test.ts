// After an error nothing reaches stdout: the document is made into text whole before it is written, so a failure in
// any stage leaves stdout empty (never half a JSON document) and says what happened on stderr.
import { describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers.js';
import { ARTICLE, tempDir } from './tmp.js';

vi.mock('../../src/render/json.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/render/json.js')>();
  return {
    ...real,
    renderJson: (r: Parameters<typeof real.renderJson>[0]) => {
      if (r.sources.some((s) => s.id === 'explode')) throw new Error('renderer failed half way');
      return real.renderJson(r);
    },
    // what standard output gets: pieces of the document; this one fails after some of them, more than a write's worth
    renderJsonChunks: function* (r: Parameters<typeof real.renderJson>[0], o?: Parameters<typeof real.renderJson>[1]) {
      let n = 0;
      for (const piece of real.renderJsonChunks(r, o)) {
        const explode = r.sources.some((s) => s.id === 'explode');
        if (explode && ++n > 3) throw new Error('renderer failed half way');
        yield explode ? piece + ' '.repeat(1 << 20) : piece;
      }
    },
  };
});

const { put } = tempDir();

describe('errors never leave half a document on stdout', () => {
  it('a stage that throws: exit 1, empty stdout, the error on stderr', async () => {
    const r = await cli(['extract', put('explode.txt', ARTICLE), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^summit-facts: internal error: Error: renderer failed half way/m);
  });

  it('the same input without the fault prints a whole document', async () => {
    const r = await cli(['extract', put('fine.txt', ARTICLE), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sources).toHaveLength(1);
  });
});

describe('one source whose extraction throws does not sink the run', () => {
  it('keeps the source with nothing extracted and a warning', async () => {
    const { extractDated } = await import('../../src/pipeline.js');
    // a text that is not a string stands in for any rule that fails on an input nobody foresaw
    const broken = { id: 'bad', path: 'bad.txt', text: null, title: null, published: null, publishedFrom: null, warnings: [] };
    const x = extractDated(broken as never, null);
    expect(x.entities).toEqual([]);
    expect(x.doc.source.warnings.at(-1)).toMatch(/^extraction failed, nothing extracted from this source: /);
  });

  it('prints per-source warnings found during the run on stderr', async () => {
    const r = await cli(['extract', put('undated.txt', 'The envoy flew to Lima on Friday to see the minister.'), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/undated: .*no publication date/);
  });
});
