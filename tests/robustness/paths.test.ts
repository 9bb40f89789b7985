// Paths: missing paths, unreadable files, symlink loops, hidden and editor files, other kinds, pipes: reported,
// not fatal while other input remains; a folder with nothing readable is an input error (exit 3).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSources, portablePath } from '../../src/load/index.js';
import { BIN, cli } from '../helpers.js';
import { ARTICLE, tempDir, type JsonDoc } from './tmp.js';

const noStdin = async () => Buffer.alloc(0);
const { put, at, dir } = tempDir();

describe('paths', () => {
  it('a missing path next to a readable one is an input error (exit 3) naming it, nothing on stdout', async () => {
    const r = await cli(['extract', put('one/a.txt', ARTICLE), at('nowhere'), '--json']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`summit-facts: no such file or folder: ${at('nowhere')} (--skip-missing reads the others)\n`);
  });

  it('with --skip-missing the missing path is a warning and is listed in "skipped" with a portable path', async () => {
    const r = await cli(['extract', put('two/a.txt', ARTICLE), at('nowhere'), '--json', '--skip-missing']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: skipped ${at('nowhere')}: no such file or folder`);
    const doc = JSON.parse(r.stdout) as JsonDoc & { skipped: Array<{ path: string; reason: string }> };
    expect(doc.skipped).toEqual([{ path: portablePath(at('nowhere')), reason: 'no such file or folder' }]);
    expect(doc.sources.map((s) => s.path)).toEqual([portablePath(at('two/a.txt'))]);
  });

  it('binary and empty files are listed in "skipped" with their reason', async () => {
    put('kinds/ok.txt', ARTICLE);
    put('kinds/empty.txt', '');
    writeFileSync(at('kinds/blob.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]));
    const r = await cli(['extract', at('kinds'), '--json', '--reference-date', '2023-10-18']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as JsonDoc & { skipped: Array<{ path: string; reason: string }> };
    expect(doc.skipped.map((s) => s.path).sort()).toEqual([portablePath(at('kinds/blob.txt')), portablePath(at('kinds/empty.txt'))]);
    expect(doc.skipped.find((s) => s.path.endsWith('empty.txt'))?.reason).toBe('empty file');
    for (const s of doc.skipped) expect(r.stderr).toContain(`skipped ${at('kinds', s.path.split('/').pop()!)}: ${s.reason}`);
  });

  it('source paths are relative to the current folder with / separators, whatever was typed', () => {
    expect(portablePath('/work/a/b/c.txt', '/work/a')).toBe('b/c.txt');
    expect(portablePath('b/../b/c.txt', '/work/a')).toBe('b/c.txt');
    expect(portablePath('/work/x/c.txt', '/work/a')).toBe('../x/c.txt');
    expect(portablePath('-', '/work/a')).toBe('-');
  });

  it('symlink loops, broken symlinks and a folder reached twice are reported once each, files still read', async () => {
    put('loops/a.txt', ARTICLE);
    mkdirSync(at('loops/sub'));
    put('loops/sub/b.txt', ARTICLE);
    symlinkSync(at('loops'), at('loops/sub/up')); // leads back to an ancestor
    symlinkSync(at('loops/self'), at('loops/self')); // points at itself
    symlinkSync(at('loops/gone.txt'), at('loops/dangling.txt'));
    symlinkSync(at('loops/a.txt'), at('loops/alias.txt')); // same file, second name
    const { sources, warnings } = await loadSources([at('loops')], {}, noStdin);
    expect(sources.map((s) => s.id)).toEqual(['a', 'sub/b']);
    expect(warnings).toEqual([
      `skipped ${at('loops/dangling.txt')}: broken symlink`,
      `skipped ${at('loops/self')}: symlink loop`,
      `skipped ${at('loops/sub/up')}: symlink loop (leads back to ${at('loops')})`,
      `skipped ${at('loops/alias.txt')}: same file as ${at('loops/a.txt')}`,
    ]);
  });

  it('hidden files, editor and backup files, and files of other kinds are reported in one line each', async () => {
    put('mixed/story.md', ARTICLE);
    for (const f of ['.DS_Store', '.git/config', '.story.md.swp', 'story.md~', '#story.md#', 'story.bak', 'logo.png', 'site.css', 'README']) {
      put(`mixed/${f}`, 'x');
    }
    const { sources, warnings } = await loadSources([at('mixed')], {}, noStdin);
    expect(sources.map((s) => s.id)).toEqual(['story']);
    expect(warnings).toEqual([
      `skipped 3 hidden files: ${at('mixed/.DS_Store')}, ${at('mixed/.git')}, ${at('mixed/.story.md.swp')}`,
      `skipped 3 editor or backup files: ${at('mixed/#story.md#')}, ${at('mixed/story.bak')}, ${at('mixed/story.md~')}`,
      expect.stringMatching(/^skipped 3 files of other kinds \(\.css, \.png, no extension; articles are \.txt .*\): .*README, .*logo\.png, .*site\.css$/),
    ]);
  });

  it('a named file is read whatever its name; a pipe inside a folder is skipped, not waited on', async () => {
    put('named/.hidden-note', ARTICLE);
    const fifo = at('named/pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const { sources, warnings } = await loadSources([at('named/.hidden-note'), at('named')], {}, noStdin);
    expect(sources.map((s) => s.id)).toEqual(['.hidden-note']);
    expect(warnings).toContain(`skipped ${fifo}: not a regular file`);
  });

  it('a folder with nothing readable is an input error: exit 3, reasons on one line, nothing on stdout', async () => {
    put('junk/empty.txt', '');
    put('junk/blank.md', ' \n\n\t\n');
    put('junk/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    put('junk/binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
    const r = await cli(['extract', at('junk'), '--json']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no articles to read');
    expect(r.stderr).toContain('binary.txt: binary file (contains NUL bytes)');
    expect(r.stderr).toContain('blank.md: no text (only whitespace)');
  });

  it('an unreadable file is skipped with "permission denied" while the rest is read', () => {
    const ok = put('locked/ok.txt', ARTICLE);
    const locked = put('locked/secret.txt', ARTICLE);
    chmodSync(locked, 0o000);
    chmodSync(dir, 0o755);
    // root reads anything: run the real CLI as an unprivileged user then
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, 'extract', at('locked'), '--json', '--reference-date', '2023-10-18'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...asNobody });
    expect(r.stderr).toBe(`summit-facts: warning: skipped ${locked}: permission denied\n`);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as JsonDoc).sources.map((s) => s.path)).toEqual([portablePath(ok)]);
  });
});
