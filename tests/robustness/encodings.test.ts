// Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, Windows-1252 / Latin-1 detected, invalid bytes
// replaced with a warning, CRLF and CR line endings, NUL bytes → binary, skipped with a warning.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/load/index.js';
import { decode } from '../../src/load/decode.js';
import { cli } from '../helpers.js';
import { tempDir, type JsonDoc } from './tmp.js';

const TEXT = 'Président Lula met Olaf Scholz in São Paulo – “a fine day”, he said.\nTrade rose 5%.';
const noStdin = async () => Buffer.alloc(0);
const { put, dir } = tempDir();

async function load(file: string) {
  const { sources, warnings } = await loadSources([file], {}, noStdin);
  return { source: sources[0]!, warnings };
}

describe('encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), []],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), []],
    ['UTF-16 LE with BOM', iconv.encode(TEXT, 'utf-16le', { addBOM: true }), []],
    ['UTF-16 BE with BOM', iconv.encode(TEXT, 'utf-16be', { addBOM: true }), []],
    ['Windows-1252', iconv.encode(TEXT, 'windows-1252'), ['not UTF-8: decoded as windows-1252']],
  ])('%s decodes to the same text', async (name, bytes, warnings) => {
    const { source } = await load(put(`${name.replace(/\W+/g, '-')}.txt`, bytes));
    expect(source.text).toBe(TEXT);
    expect(source.warnings).toEqual(warnings);
  });

  it('Latin-1 (ISO-8859-1) text is read as Windows-1252, its superset', async () => {
    const latin1 = 'Réunion à Genève: les ministres ont signé l’accord.'.replace('’', "'");
    const { source } = await load(put('latin1.txt', iconv.encode(latin1, 'latin1')));
    expect(source.text).toBe(latin1);
    expect(source.warnings).toEqual(['not UTF-8: decoded as windows-1252']);
  });

  it('a few invalid bytes in UTF-8 are replaced, with a warning on that source only', async () => {
    const bytes = Buffer.concat([Buffer.from('São Paulo summit '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' ended — ok.')]);
    const r = await cli(['extract', put('bad-utf8/a.txt', bytes), put('bad-utf8/b.txt', 'Clean text.'), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as JsonDoc;
    expect(doc.sources.find((s) => s.id === 'a')!.warnings).toEqual(['invalid UTF-8 replaced (2 sequences)']);
    expect(doc.sources.find((s) => s.id === 'b')!.warnings).toEqual([]);
    expect(r.stderr).toContain('warning: a: invalid UTF-8 replaced');
  });

  it('a genuine U+FFFD in valid UTF-8 is not reported as damage', () => {
    const d = decode(Buffer.from('a \uFFFD b'));
    expect(d).toMatchObject({ ok: true, text: 'a \uFFFD b', warnings: [] });
  });

  it('CRLF and lone CR line endings become LF; offsets are into that text', async () => {
    const { source } = await load(put('endings.txt', 'Title\r\n\r\nFirst line.\rSecond line.\r\n'));
    expect(source.text).toBe('Title\n\nFirst line.\nSecond line.\n');
    expect(source.title).toBe('Title');
  });

  it('a file with NUL bytes is binary: skipped with a warning, other files still read', async () => {
    const bin = put('bin/junk.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x41, 0x42]));
    put('bin/good.txt', 'Leaders met in Johannesburg.');
    const r = await cli(['extract', `${dir}/bin`, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: skipped ${bin}: binary file (contains NUL bytes)`);
    expect((JSON.parse(r.stdout) as JsonDoc).sources.map((s) => s.id)).toEqual(['good']);
  });

  it('control-character junk without NULs is binary too; UTF-16 with a BOM is not', () => {
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256).map((b) => (b === 0 ? 1 : b)));
    expect(decode(junk)).toMatchObject({ ok: false, reason: 'binary file (control characters)' });
    expect(decode(iconv.encode('plain words', 'utf-16le', { addBOM: true }))).toMatchObject({ ok: true, text: 'plain words' });
  });

  it('a NUL character inside UTF-16 text is binary as well', () => {
    expect(decode(iconv.encode('a\0b', 'utf-16be', { addBOM: true }))).toMatchObject({ ok: false });
  });

  it('a Cyrillic Windows-1251 file is detected as such, not forced into Windows-1252', () => {
    const ru = 'Президент России Владимир Путин встретился с председателем КНР Си Цзиньпином в Пекине в среду.';
    const d = decode(iconv.encode(ru, 'windows-1251'));
    expect(d).toMatchObject({ ok: true, text: ru, encoding: 'windows-1251' });
  });
});

describe('damaged UTF-8 or another encoding?', () => {
  it('a short UTF-8 text with more bad bytes than good accents is still UTF-8, repaired', () => {
    const bytes = Buffer.concat([Buffer.from('São Paulo '), Buffer.from([0xff, 0xfe]), Buffer.from(' ended.')]);
    expect(decode(bytes)).toMatchObject({ ok: true, encoding: 'utf-8', text: 'São Paulo \uFFFD\uFFFD ended.', warnings: ['invalid UTF-8 replaced (2 sequences)'] });
  });

  it('a Windows-1252 text with one accidental UTF-8 pair among many accents is Windows-1252', () => {
    const text = 'Été à Genève, réunion élargie. '.repeat(5) + 'É”';
    const d = decode(iconv.encode(text, 'windows-1252'));
    expect(d).toMatchObject({ ok: true, encoding: 'windows-1252', text });
  });
});
