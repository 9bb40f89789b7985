// Output: --out is written atomically (temp file, then rename); a closed stdout (`| head`) ends the run quietly
// with exit 0 and no stack trace; a failing stdout is one clear line and exit 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BIN, cli } from '../helpers.js';
import { ARTICLE, tempDir } from './tmp.js';

const { put, at } = tempDir();

/** A folder whose JSON output is well past a pipe's 64 KB buffer. */
function bigFolder(): string {
  mkdirSync(at('big'), { recursive: true });
  for (let i = 0; i < 400; i++) writeFileSync(at('big', `${'long-article-name-'.repeat(6)}${String(i).padStart(4, '0')}.txt`), `Note ${i}.\n\n${ARTICLE}`);
  return at('big');
}

/** Runs the real bin, reads the first chunk of stdout, then closes the pipe (as `| head -c 100` does). */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string; first: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (c) => (stderr += String(c)));
    child.stdout.once('data', (c) => {
      first = String(c).slice(0, 100);
      child.stdout.destroy();
    });
    child.on('close', (code, signal) => resolve({ code, signal, stderr, first }));
  });
}

describe('a closed stdout', () => {
  const dir = bigFolder();

  it.each([['--json'], ['--format', 'table']])('extract %s | head -c 100: exit 0, no stack trace, nothing on stderr', async (...fmt) => {
    const r = await runAndCloseEarly(['extract', dir, ...fmt, '--quiet']);
    expect(r.first.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
  });

  it('the bin starts the CLI again with its V8 flag: a SIGTERM sent to it stops the run and is its end', async () => {
    // the run takes seconds; were the signal not passed on, the bin would wait for it and exit 0
    const r = await new Promise<{ code: number | null; signal: string | null }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'extract', dir, '--json', '--quiet', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.resume();
      setTimeout(() => child.kill('SIGTERM'), 50);
      child.on('close', (code, signal) => resolve({ code, signal }));
    });
    expect([r.code, r.signal]).toEqual([null, 'SIGTERM']);
  });

  it('--help into a reader already gone: exit 0, no stack trace', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, '--help'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      child.stdout.destroy(); // closed before the help is written
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += String(c)));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a stdout that fails for another reason (disk full) is one clear line and exit 1, no stack trace', async () => {
    const stdout = new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error('no space'), { code: 'ENOSPC' })) });
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c) => (err += String(c)));
    const stdin = new PassThrough();
    stdin.end();
    const code = await main(['node', 'summit-facts', 'extract', put('one.txt', ARTICLE), '--json', '--reference-date', '2023-10-18'], { stdout, stderr, stdin, env: {} });
    expect(code).toBe(1);
    expect(err).toBe('summit-facts: cannot write to stdout: ENOSPC\n');
  });
});

describe('--out FILE', () => {
  const tmpLeft = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));
  /** Each test writes the article it reads: no test depends on another having run first. */
  const article = () => put('a.txt', ARTICLE);

  it('writes the whole document and leaves no temp file', async () => {
    mkdirSync(at('out1'));
    const r = await cli(['extract', article(), '--json', '--out', at('out1', 'report.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(at('out1', 'report.json'), 'utf8')).sources).toHaveLength(1);
    expect(tmpLeft(at('out1'))).toEqual([]);
  });

  it('replaces the file by rename, never by writing into it (a hard link to the old file keeps the old bytes)', async () => {
    mkdirSync(at('out2'));
    writeFileSync(at('out2', 'report.json'), 'OLD');
    linkSync(at('out2', 'report.json'), at('out2', 'old-link.json'));
    const r = await cli(['extract', article(), '--json', '--out', at('out2', 'report.json')]);
    expect(r.code).toBe(0);
    expect(readFileSync(at('out2', 'old-link.json'), 'utf8')).toBe('OLD');
    expect(readFileSync(at('out2', 'report.json'), 'utf8')).toMatch(/^\{\n {2}"\$schema": ".*",\n {2}"version": 1/);
  });

  it('a failed run leaves the old file whole', async () => {
    mkdirSync(at('out3'));
    writeFileSync(at('out3', 'report.json'), '{"old": true}\n');
    const r = await cli(['extract', at('nothing-here'), '--json', '--out', at('out3', 'report.json')]);
    expect(r.code).toBe(3);
    expect(readFileSync(at('out3', 'report.json'), 'utf8')).toBe('{"old": true}\n');
    expect(tmpLeft(at('out3'))).toEqual([]);
  });

  it('a run killed at any moment leaves either the old file or the new one, whole', async () => {
    const dir = at('big');
    mkdirSync(at('out4'));
    const target = at('out4', 'report.json');
    writeFileSync(target, '{"old": true}\n');
    for (const delay of [20, 150, 400]) {
      const child = spawn(process.execPath, [BIN, 'extract', dir, '--json', '--out', target, '--quiet'], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));
      const text = readFileSync(target, 'utf8');
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it.each([
    ['a missing folder', () => at('no-such-folder', 'r.json'), /cannot write --out .*r\.json: no such folder/],
    ['a folder', () => (mkdirSync(at('out5'), { recursive: true }), at('out5')), /cannot write --out .*out5: is a folder/],
  ])('to %s is a usage error (exit 2), one line, nothing written', async (_name, target, message) => {
    const r = await cli(['extract', article(), '--json', '--reference-date', '2023-10-18', '--out', target()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(at('no-such-folder'))).toBe(false);
  });

  it('an unwritable target is a usage error before any work: a missing input is not even looked at', async () => {
    const r = await cli(['extract', at('no-such-input'), '--json', '--out', at('no-such-folder', 'r.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write --out/);
    expect(r.stderr).not.toMatch(/no-such-input/);
  });

  it('-o - writes stdout, and no file named "-"', async () => {
    mkdirSync(at('dash'), { recursive: true });
    const r = spawnSync(process.execPath, [BIN, 'extract', article(), '--json', '-o', '-', '--quiet'], { cwd: at('dash'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sources).toHaveLength(1);
    expect(readdirSync(at('dash'))).toEqual([]);
  });

  it('into a symlink: writes through it to the file it names and keeps the link', async () => {
    mkdirSync(at('link'), { recursive: true });
    writeFileSync(at('link', 'real.json'), 'OLD');
    symlinkSync('real.json', at('link', 'report.json'));
    const r = await cli(['extract', article(), '--json', '--out', at('link', 'report.json')]);
    expect(r.code).toBe(0);
    expect(lstatSync(at('link', 'report.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(at('link', 'report.json'))).toBe('real.json');
    expect(JSON.parse(readFileSync(at('link', 'real.json'), 'utf8')).sources).toHaveLength(1);
    expect(tmpLeft(at('link'))).toEqual([]);
  });

  it('into a FIFO: written through to its reader, the FIFO stays a FIFO', async () => {
    mkdirSync(at('fifo'), { recursive: true });
    const fifo = at('fifo', 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let got = '';
    reader.stdout.on('data', (c) => (got += String(c)));
    const closed = new Promise((res) => reader.on('close', res));
    const r = await cli(['extract', article(), '--json', '--out', fifo]);
    await closed;
    expect(r.code).toBe(0);
    expect(JSON.parse(got).sources).toHaveLength(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
