// JSON Lines input: one article per line with `text` and optional `id`, `title`, `published`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources, portablePath } from '../../src/load/index.js';
import { splitLines } from '../../src/load/jsonl.js';
import { cli } from '../helpers.js';
import { tempDir, type JsonDoc } from './tmp.js';

const noStdin = async () => Buffer.alloc(0);
const { put } = tempDir();
const line = (o: unknown) => JSON.stringify(o);

describe('JSON Lines', () => {
  const file = put(
    'feed/articles.jsonl',
    [
      line({ id: 'wire-1', title: 'Leaders meet', published: '2023-08-22T10:00:00Z', text: 'Leaders met in Johannesburg.\r\nThey talked.' }),
      line({ text: 'Second article, no id.' }),
      '',
      'not json at all',
      line(['an', 'array']),
      line({ title: 'no text field' }),
      line({ text: '   ' }),
      line({ text: 'Bad date.', published: 'last Tuesday' }),
    ].join('\n') + '\n',
  );

  it('reads one article per line: id field, else <file id>#<line>; title and date from the record', async () => {
    const { sources } = await loadSources([path.dirname(file)], {}, noStdin);
    expect(sources.map((s) => s.id)).toEqual(['wire-1', 'articles#2', 'articles#8']);
    expect(sources[0]).toMatchObject({ title: 'Leaders meet', published: '2023-08-22', publishedFrom: 'header', text: 'Leaders met in Johannesburg.\nThey talked.' });
    expect(sources[0]!.path).toBe(`${portablePath(file)}:1`); // relative to the current folder, / separators
    expect(sources[2]!.warnings).toEqual(['"published" is not an ISO date: "last Tuesday"']);
  });

  it('reports the lines it skipped and why, once per file', async () => {
    const r = await cli(['extract', file, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `warning: skipped 4 lines of ${file}: line 4 is not JSON, line 5 is not a JSON object, line 6 has no "text" string, line 7 has an empty "text"`,
    );
    expect((JSON.parse(r.stdout) as JsonDoc).sources).toHaveLength(3);
  });

  it('a JSON Lines file with no readable line is skipped; alone, it is an input error (exit 3)', async () => {
    const bad = put('bad.jsonl', 'nope\n{"x":1}\n');
    const r = await cli(['extract', bad, '--json']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no articles to read .*skipped .*bad\.jsonl: no readable JSON line/);
  });

  it('JSON Lines on stdin are recognised by their content', async () => {
    const r = await cli(['extract', '-', '--json'], `${line({ id: 'a', text: 'One.' })}\n${line({ id: 'b', text: 'Two.' })}\n`);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonDoc).sources.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('a line over the size cap is skipped without being held whole; the next line is read', async () => {
    const huge = put('huge.jsonl', `${line({ text: 'x'.repeat(3000) })}\n${line({ id: 'small', text: 'Small one.' })}\n`);
    const { sources, warnings } = await loadSources([huge], {}, noStdin, { maxSourceBytes: 1024 });
    expect(sources.map((s) => s.id)).toEqual(['small']);
    expect(warnings).toEqual([`skipped 1 line of ${huge}: line 1 is 2.9 KB, over the 1 KB cap`]);
  });

  it('splits lines across chunk borders, with CRLF and a last line without newline', async () => {
    const chunks = [Buffer.from('{"text":"a"}\r'), Buffer.from('\n{"te'), Buffer.from('xt":"b"}')];
    const out: string[] = [];
    for await (const l of splitLines(chunks, 100)) out.push(`${l.line}:${l.bytes?.toString()}`);
    expect(out).toEqual(['1:{"text":"a"}', '2:{"text":"b"}']);
  });

  it('lone surrogates in the text are replaced with a warning (the JSON output stays valid UTF-8)', async () => {
    const f = put('sur.jsonl', '{"id":"s","text":"A \\ud800 B"}\n');
    const { sources } = await loadSources([f], {}, noStdin);
    expect(sources[0]).toMatchObject({ text: 'A \uFFFD B', warnings: ['lone surrogates in "text" replaced'] });
  });
});
