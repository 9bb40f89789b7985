// What every renderer is given besides the report, and the sections a report is made of.
import type { Colors } from './colors.js';
import type { Mention } from '../core/types.js';

/** The parts of a report, in reading order. `conflicts` is the facts in conflict; `facts` is every fact. */
export const SECTIONS = [
  'summit', 'conflicts', 'facts', 'people', 'places', 'organizations', 'figures', 'dates', 'quotes', 'sources', 'skipped',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface RenderOptions {
  /** colour functions; the CLI passes chalk's or `plainColors`. Only the table uses them. */
  colors: Colors;
  /** terminal width in columns: no line of the table is wider (other formats ignore it) */
  width: number;
  /** sections to print, in this order; null/undefined: the format's default (table: the top-down view) */
  sections?: readonly Section[] | null;
  /** how the user ran the tool ("summit-facts extract seeds/"), for the "run … to see the rest" hint */
  command?: string;
  /** the tool's version (package.json), carried by json (`tool`) and the ndjson summary */
  toolVersion?: string;
  /** wall time of the run in milliseconds, carried by the ndjson summary when given */
  elapsedMs?: number;
  /** the sentence a mention sits in, when the caller still has the texts (markdown quotes each side of a conflict) */
  sentenceOf?: (m: Mention) => string | null;
}

