// The registry of output formats and report sections. The CLI derives --format and --section choices from it.
import type { Report } from '../core/types.js';
import type { RenderOptions } from './options.js';
import type { Format } from './names.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import { renderTable } from './table.js';

export type Renderer = (report: Report, o: RenderOptions) => string;

const REGISTRY = {
  table: renderTable,
  json: renderJson,
  ndjson: renderNdjson,
  csv: renderCsv,
  markdown: renderMarkdown,
} as const satisfies Record<Format, Renderer>;

/** Every format takes the same options (each reads the ones it needs). */
export const FORMATS: { readonly [K in keyof typeof REGISTRY]: Renderer } = REGISTRY;

export { FORMAT_NAMES, type Format } from './names.js';

export { SECTIONS, type Section, type RenderOptions } from './options.js';
export { renderNdjsonLines } from './ndjson.js';
export { CSV_DEFAULT_SECTION } from './csv.js';
export { plainColors, type Colors } from './colors.js';
