// The progress bar: on stderr, only on a terminal, never with --quiet, and only once a run has lasted about a
// second (fake timers: no test waits).
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_DELAY_MS, startProgress } from '../../src/cli/progress.js';
import type { Io } from '../../src/cli/io.js';

function io(tty: boolean, env: NodeJS.ProcessEnv = {}) {
  const written: string[] = [];
  const stderr = Object.assign(new PassThrough(), { isTTY: tty, columns: 80 });
  stderr.on('data', (c) => written.push(String(c)));
  const none = new PassThrough();
  return { io: { stdout: none, stderr, stdin: none, env } as unknown as Io, written };
}

afterEach(() => vi.useRealTimers());

describe('progress', () => {
  it('on a terminal, a run longer than the delay shows the stage and counts; stop clears it', async () => {
    vi.useFakeTimers();
    const t = io(true);
    const p = await startProgress(t.io, false);
    p.update('reading', 3, 10);
    vi.advanceTimersByTime(PROGRESS_DELAY_MS + 200);
    p.update('reading', 7, 10);
    vi.advanceTimersByTime(500);
    await Promise.resolve();
    expect(t.written.join('')).toMatch(/reading .*7\/10/);
    p.stop();
  });

  it('a run shorter than the delay prints nothing', async () => {
    vi.useFakeTimers();
    const t = io(true);
    const p = await startProgress(t.io, false);
    p.update('reading', 1, 1);
    p.stop();
    vi.advanceTimersByTime(PROGRESS_DELAY_MS * 3);
    expect(t.written.join('')).toBe('');
  });

  it.each([
    ['not a terminal', false, false, {}],
    ['--quiet', true, true, {}],
    ['CI', true, false, { CI: 'true' }],
  ])('%s: nothing at all', async (_name, tty, quiet, env) => {
    vi.useFakeTimers();
    const t = io(tty, env);
    const p = await startProgress(t.io, quiet);
    p.update('reading', 1, 2);
    vi.advanceTimersByTime(PROGRESS_DELAY_MS * 3);
    p.stop();
    expect(t.written.join('')).toBe('');
  });
});
