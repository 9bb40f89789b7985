// Size: a huge file or line is capped (documented per-source cap, cut at a paragraph break, with a warning), and
// only the head of the file is read; a folder of 20,000 articles loads whole, in name order.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SOURCE_BYTES, loadSources } from '../../src/load/index.js';
import { cutAtBoundary } from '../../src/load/limits.js';
import { cli } from '../helpers.js';
import { ARTICLE, tempDir, type JsonDoc } from './tmp.js';

const noStdin = async () => Buffer.alloc(0);
const { put, at } = tempDir();
/** Bytes this process has read so far (Linux: /proc/self/io, every read call of every thread); null elsewhere. */
const bytesRead = (): number | null => {
  if (!existsSync('/proc/self/io')) return null;
  const m = /^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
  return m ? Number(m[1]) : null;
};
const PARAGRAPH = 'The delegations met again on Thursday and agreed on a statement about trade and finance. '.repeat(6).trim() + '\n\n';

describe('size', () => {
  it('the default cap is 5 MB: of a 40 MB file only the head is read, cut at a paragraph break, with a warning', async () => {
    const big = put('big/dump.txt', PARAGRAPH.repeat(Math.ceil((40 * 1024 * 1024) / PARAGRAPH.length)));
    const before = bytesRead();
    const { sources } = await loadSources([big], {}, noStdin);
    const after = bytesRead();
    const s = sources[0]!;
    expect(DEFAULT_MAX_SOURCE_BYTES).toBe(5 * 1024 * 1024);
    expect(s.text.length).toBeLessThanOrEqual(DEFAULT_MAX_SOURCE_BYTES);
    expect(s.text.length).toBeGreaterThan(DEFAULT_MAX_SOURCE_BYTES / 2);
    expect(s.text.endsWith('trade and finance.')).toBe(true);
    expect(s.warnings).toEqual([
      `truncated: kept the first ${s.text.length} characters of a 40 MB file (size cap 5 MB per source), cut at a paragraph break`,
    ]);
    // the cap and a margin for whatever else the process reads meanwhile; reading the whole file would be 40 MB
    if (before !== null && after !== null) expect(after - before).toBeLessThan(2 * DEFAULT_MAX_SOURCE_BYTES);
  }, 60_000);

  it('--max-source-bytes sets the cap; the warning shows on stderr and in sources[].warnings', async () => {
    const f = put('capped.txt', PARAGRAPH.repeat(2000));
    const r = await cli(['extract', f, '--json', '--max-source-bytes', '16K']);
    expect(r.code).toBe(0);
    const s = (JSON.parse(r.stdout) as JsonDoc).sources[0]!;
    expect(s.chars).toBeLessThanOrEqual(16 * 1024);
    expect(s.warnings[0]).toMatch(/^truncated: kept the first \d+ characters of a 1(\.\d)? MB file \(size cap 16 KB per source\)/);
    expect(r.stderr).toContain('warning: capped: truncated: kept the first');
  });

  it.each(['0', '12x', '-5', '100'])('--max-source-bytes %s is a usage error (exit 2)', async (v) => {
    const r = await cli(['extract', at('capped.txt'), '--max-source-bytes', v]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-source-bytes must be a size/);
  });

  it('one huge line without any break is cut at a space, or exactly at the cap; never inside a character', () => {
    expect(cutAtBoundary('word '.repeat(100), 52)).toBe('word '.repeat(10).trim());
    expect(cutAtBoundary('x'.repeat(100), 10)).toBe('x'.repeat(10));
    expect(cutAtBoundary('😀'.repeat(10), 5)).toBe('😀😀');
  });

  it('a huge UTF-8 file cut mid-character gives no "invalid UTF-8" warning', async () => {
    const f = put('accents.txt', 'é'.repeat(5000)); // 10,000 bytes, cap at an odd byte
    const { sources } = await loadSources([f], {}, noStdin, { maxSourceBytes: 1025 });
    expect(sources[0]!.text).toBe('é'.repeat(512));
    expect(sources[0]!.warnings).toHaveLength(1);
    expect(sources[0]!.warnings[0]).toMatch(/^truncated: .*, cut at a character$/);
  });

  it('stdin is capped too, and drained so the writer is never blocked', async () => {
    const r = await cli(['extract', '-', '--json', '--max-source-bytes', '4K'], ARTICLE + PARAGRAPH.repeat(3000));
    expect(r.code).toBe(0);
    const s = (JSON.parse(r.stdout) as JsonDoc).sources[0]!;
    expect(s.chars).toBeLessThanOrEqual(4096);
    expect(s.warnings[0]).toMatch(/^truncated: kept the first \d+ characters of a 1\.\d MB file/);
  });

  it('a folder of 20,000 articles loads whole: every one read, complete, in name order', async () => {
    const n = 20000;
    put('many/seed.txt', ARTICLE);
    for (let i = 0; i < n - 1; i++) writeFileSync(at('many', `a${String(i).padStart(5, '0')}.txt`), `Article ${i}.\n\n${ARTICLE}`);
    const progress: number[] = [];
    const { sources, warnings, skipped } = await loadSources([at('many')], {}, noStdin, { maxSourceBytes: DEFAULT_MAX_SOURCE_BYTES, onFile: (done, total) => total === n && progress.push(done) });
    expect(warnings).toEqual([]);
    expect(skipped).toEqual([]);
    expect(sources).toHaveLength(n);
    expect(progress).toHaveLength(n);
    expect(progress.at(-1)).toBe(n);
    const body = ARTICLE.trimEnd();
    for (let i = 0; i < n - 1; i++) {
      const id = `a${String(i).padStart(5, '0')}`;
      expect(sources[i]!.id).toBe(id);
      expect(sources[i]!.text.trimEnd()).toBe(`Article ${i}.\n\n${body}`);
    }
    expect(sources.at(-1)!).toMatchObject({ id: 'seed' });
    expect(sources.at(-1)!.text.trimEnd()).toBe(body);
  }, 60_000);
});
