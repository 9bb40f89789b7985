// The view options of the CLI (format, sections, colour, width) → the renderer's options, checked before the run.
import { UsageError } from '../core/errors.js';
import type { Report } from '../core/types.js';
import type { Renderer } from '../render/index.js';
import { plainColors, type Colors } from '../render/colors.js';
import { CSV_DEFAULT_SECTION } from '../render/csv.js';
import type { Format } from '../render/names.js';
import { SECTIONS, type RenderOptions, type Section } from '../render/options.js';
import { VERSION } from '../version.js';
import { writeOut, type Io, type OutTarget } from './io.js';

export interface ViewOptions {
  /** auto | always | never; commander sets false for --no-color */
  color?: string | boolean;
  section?: string[];
}

/** --section names checked against the registry (before any work); null: the format's default view. */
export function checkSections(names: string[] | undefined, format: Format): Section[] | null {
  if (!names?.length) return null;
  const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (bad.length) throw new UsageError(`unknown section${bad.length > 1 ? 's' : ''} ${bad.map((b) => `"${b}"`).join(', ')} (sections: ${SECTIONS.join(', ')})`);
  const sections = [...new Set(names)] as Section[];
  if (format === 'csv' && sections.length > 1) throw new UsageError(`--format csv prints one section (default ${CSV_DEFAULT_SECTION}), got ${sections.join(', ')}`);
  return sections;
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

/** The terminal's width: stdout's columns on a TTY, else COLUMNS, else 80. */
export function terminalWidth(io: Io): number {
  const cols = (io.stdout as { columns?: number }).columns;
  if (io.stdout.isTTY && cols && cols > 0) return cols;
  const env = Number.parseInt(io.env.COLUMNS ?? '', 10);
  return env > 0 ? env : 80;
}

/** How the user ran the command, for the table's "run … --section NAME" hint. */
export function commandLine(paths: string[]): string {
  const q = (p: string) => (/^[\w./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);
  return `summit-facts extract ${paths.map(q).join(' ')}`;
}

export interface View {
  format: Format;
  sections: Section[] | null;
  color: boolean;
  width: number;
  command: string;
}

export async function renderOptions(v: View, colors: () => Promise<Colors>, elapsedMs?: number): Promise<RenderOptions> {
  return {
    colors: v.color && v.format === 'table' ? await colors() : plainColors,
    width: v.width,
    sections: v.sections,
    command: v.command,
    toolVersion: VERSION,
    ...(elapsedMs !== undefined ? { elapsedMs } : {}),
  };
}

/** Renders and writes; NDJSON to stdout streams one record per line as it is rendered. */
export async function writeView(v: View, report: Report, o: RenderOptions, target: OutTarget, io: Io, writeTo: (t: OutTarget, text: string) => Promise<void>): Promise<void> {
  if (v.format === 'ndjson' && target.kind === 'stdout') {
    let batch: string[] = [];
    const { renderNdjsonLines } = await import('../render/ndjson.js');
    for (const line of renderNdjsonLines(report, o)) {
      batch.push(line);
      if (batch.length >= 256) {
        await writeOut(io.stdout, batch.join('\n') + '\n');
        batch = [];
      }
    }
    if (batch.length) await writeOut(io.stdout, batch.join('\n') + '\n');
    return;
  }
  if (v.format === 'json' && target.kind === 'stdout') {
    // the whole document is made into text before anything is written (an error leaves stdout empty, never half a
    // document), record by record: no second copy of every record, and no one string of the whole, which is written
    // about a megabyte at a time
    const batches: string[] = [];
    let batch = '';
    for (const piece of (await import('../render/json.js')).renderJsonChunks(report, o)) {
      batch += piece;
      if (batch.length >= 1 << 20) {
        batches.push(batch);
        batch = '';
      }
    }
    batches.push(batch);
    for (const b of batches) await writeOut(io.stdout, b);
    return;
  }
  await writeTo(target, (await RENDERERS[v.format]())(report, o));
}

/**
 * Each format's renderer, loaded when it is asked for: the table's text layout (string-width builds an
 * Intl.Segmenter, tens of milliseconds) is no part of a JSON run. The same renderers as render/index.ts FORMATS.
 */
const RENDERERS: Record<Format, () => Promise<Renderer>> = {
  table: async () => (await import('../render/table.js')).renderTable,
  json: async () => (await import('../render/json.js')).renderJson,
  ndjson: async () => (await import('../render/ndjson.js')).renderNdjson,
  csv: async () => (await import('../render/csv.js')).renderCsv,
  markdown: async () => (await import('../render/markdown.js')).renderMarkdown,
};
