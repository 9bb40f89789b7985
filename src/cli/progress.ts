// A progress bar on stderr for long runs (cli-progress): only on a terminal, never with --quiet, and only once a
// run has lasted about a second, so short runs and pipes print nothing.
import type { Io } from './io.js';

export interface Progress {
  /** the current stage ("reading", "extracting", "reconciling") and its count so far out of `total` */
  update(stage: string, value: number, total: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => {}, stop: () => {} };

/** Shown after this many milliseconds of a run still going. */
export const PROGRESS_DELAY_MS = 1000;

export async function startProgress(io: Io, quiet: boolean | undefined): Promise<Progress> {
  const stderr = io.stderr as NodeJS.WriteStream;
  if (quiet || !stderr.isTTY || io.env.CI) return NONE;
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    { stream: stderr, format: '{stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true, etaBuffer: 20, fps: 10 },
    Presets.shades_classic,
  );
  let started = false;
  let last = { stage: 'reading', value: 0, total: 0 };
  const timer = setTimeout(() => {
    started = true;
    bar.start(last.total, last.value, { stage: last.stage });
  }, PROGRESS_DELAY_MS);
  timer.unref();
  return {
    update(stage, value, total) {
      if (last.total === -1) return;
      last = { stage, value, total };
      if (!started) return;
      bar.setTotal(total);
      bar.update(value, { stage });
    },
    stop() {
      clearTimeout(timer);
      if (started) bar.stop();
      started = false;
      last = { ...last, total: -1 }; // stopped: a late update draws nothing
    },
  };
}
