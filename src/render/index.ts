// The registry of output formats. The CLI derives --format choices from it.
import type { Report } from '../core/types.js';
import type { Colors } from './colors.js';
import { renderJson } from './json.js';
import { renderTable } from './table.js';

export const FORMATS = {
  table: (r: Report, c: Colors) => renderTable(r, c),
  json: (r: Report) => renderJson(r),
} as const satisfies Record<string, (r: Report, c: Colors) => string>;

export type Format = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];
