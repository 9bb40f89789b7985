// Checks of the run options, shared by the CLI and the library API: one rule each, one message each.
import { UsageError } from './core/errors.js';
import { DEFAULT_MAX_SOURCE_BYTES } from './load/limits.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day YYYY-MM-DD that exists ('2023-02-30' does not), or null when not given. */
export function checkReferenceDate(value: string | null | undefined, name = '--reference-date'): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !isCalendarDay(value)) {
    throw new UsageError(`${name} must be a calendar date YYYY-MM-DD, got "${String(value)}"`);
  }
  return value;
}

export function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const t = Date.parse(value + 'T00:00:00Z');
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

const SIZE_RE = /^(\d{1,12})\s*([kKmM]i?[bB]?|[bB])?$/;

/** Per-source size cap: a number of bytes, or a string with a K or M suffix ("500K", "5M"); at least 1K. */
export function checkMaxSourceBytes(value: string | number | undefined, name = '--max-source-bytes'): number {
  if (value === undefined) return DEFAULT_MAX_SOURCE_BYTES;
  const m = typeof value === 'number' ? null : SIZE_RE.exec(String(value).trim());
  const n = typeof value === 'number' ? value : m ? +m[1]! * (/^[kK]/.test(m[2] ?? '') ? 1024 : /^[mM]/.test(m[2] ?? '') ? 1024 * 1024 : 1) : NaN;
  if (!(Number.isInteger(n) && n >= 1024)) throw new UsageError(`${name} must be a size of at least 1K (bytes, or with K or M), got "${value}"`);
  return n;
}
