// The view options of the CLI (format, sections, colour, width) → the renderer's options.
import type { Report } from '../core/types.js';
import { FORMATS, type Format } from '../render/index.js';
import { plainColors, type Colors } from '../render/colors.js';
import type { Io } from './io.js';

export interface ViewOptions {
  /** auto | always | never; commander sets false for --no-color */
  color?: string | boolean;
  section?: string[];
}

/** Colour on or off: --color always/never wins, then --no-color, NO_COLOR and FORCE_COLOR, then a TTY on stdout. */
export function useColor(opts: ViewOptions, io: Io, toFile: boolean): boolean {
  const c = opts.color === false ? 'never' : opts.color === true || opts.color === undefined ? 'auto' : opts.color;
  if (c === 'always') return true;
  if (c === 'never') return false;
  if (io.env.NO_COLOR) return false; // any non-empty value (no-color.org)
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return !toFile && Boolean(io.stdout.isTTY);
}

export async function renderFor(format: Format, report: Report, opts: ViewOptions, io: Io, toFile: boolean, colors: () => Promise<Colors>): Promise<string> {
  const c = format === 'table' && useColor(opts, io, toFile) ? await colors() : plainColors;
  return FORMATS[format](report, c);
}
