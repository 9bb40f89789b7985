// The registry of output formats and report sections. The CLI derives --format and --section choices from it.
import type { Report } from '../core/types.js';
import type { RenderOptions } from './options.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import { renderTable } from './table.js';

export type Renderer = (report: Report, o: RenderOptions) => string;

export const FORMATS = {
  table: renderTable,
  json: renderJson,
  ndjson: renderNdjson,
  csv: renderCsv,
  markdown: renderMarkdown,
} as const satisfies Record<string, Renderer>;

export type Format = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

export { SECTIONS, type Section, type RenderOptions } from './options.js';
export { renderNdjsonLines } from './ndjson.js';
export { CSV_DEFAULT_SECTION } from './csv.js';
export { plainColors, type Colors } from './colors.js';
